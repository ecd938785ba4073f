package org.tiaojie.cases.api.statistics;

import javax.xml.bind.annotation.XmlEnum;
import javax.xml.bind.annotation.XmlType;

import io.swagger.v3.oas.annotations.media.Schema;

/** Which side of a rate a drill-through lists: its denominator (分母) or its numerator (分子). */
@XmlType(name = "ratePart")
@XmlEnum
@Schema(description = "Which side of a rate to list. Values — DENOMINATOR: 分母, every record the rate is taken over; "
        + "NUMERATOR: 分子, those of them it counts")
public enum RatePart {
    /** 分母 */
    DENOMINATOR,
    /** 分子 */
    NUMERATOR
}
