package org.tiaojie.cases.api.statistics;

import javax.xml.bind.annotation.XmlEnum;
import javax.xml.bind.annotation.XmlType;

import io.swagger.v3.oas.annotations.media.Schema;

/** What figures are broken down by — 分类维度. */
@XmlType(name = "dimension")
@XmlEnum
@Schema(description = "What figures are broken down by. Values — PETITION_FORM: 信访形式 (letter, visit, phone, online); "
        + "SOURCE: 来源; CATEGORY: 事项类别; NATURE: 信访性质; TOWNSHIP: 乡镇; DEPARTMENT: 责任部门 (the case's "
        + "department when the submission was counted)")
public enum Dimension {
    /** 信访形式 */
    PETITION_FORM,
    /** 来源 */
    SOURCE,
    /** 事项类别 */
    CATEGORY,
    /** 信访性质 */
    NATURE,
    /** 乡镇 */
    TOWNSHIP,
    /** 责任部门 */
    DEPARTMENT
}
