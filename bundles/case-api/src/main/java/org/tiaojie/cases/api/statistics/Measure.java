package org.tiaojie.cases.api.statistics;

import javax.xml.bind.annotation.XmlEnum;
import javax.xml.bind.annotation.XmlType;

import io.swagger.v3.oas.annotations.media.Schema;

/** What a figure counts — 计量: matters, batches, person-visits, repeat petitions. */
@XmlType(name = "measure")
@XmlEnum
@Schema(description = "What a figure counts. Values — MATTERS: 件, the new matters registered (a repeat petition is "
        + "not a new matter); BATCHES: 批, every submission (a new matter or a repeat petition, a collective one "
        + "counting once); PERSON_VISITS: 人次, the people of every submission (a collective petition of 30 is 30); "
        + "REPEATS: 重复信访, the repeat petitions linked to an earlier matter")
public enum Measure {
    /** 件: new matters registered in the period; a repeat petition is not one. */
    MATTERS("件", "登记的新信访事项；重复信访不计"),
    /** 批: submissions in the period, new or repeat; a collective petition is one. */
    BATCHES("批", "登记的新信访事项与重复信访之和，集体访计一批"),
    /** 人次: the people of every submission in the period. */
    PERSON_VISITS("人次", "每批信访的人数之和，集体访按实际人数计"),
    /** 重复信访: repeat petitions in the period, linked to an earlier matter. */
    REPEATS("件次", "同一信访人就同一事项再次提出，关联到原事项的次数");

    private final String unit;
    private final String definition;

    Measure(String unit, String definition) {
        this.unit = unit;
        this.definition = definition;
    }

    /** 件, 批, 人次 */
    public String unit() {
        return unit;
    }

    /** How it is counted, as printed with the figure. */
    public String definition() {
        return definition;
    }
}
