package org.tiaojie.cases.api.supervision;

import javax.xml.bind.annotation.XmlEnum;
import javax.xml.bind.annotation.XmlType;

import io.swagger.v3.oas.annotations.media.Schema;

/** How a supervisor or a return visit reached someone — 督办/回访方式. */
@XmlType(name = "contactMethod")
@XmlEnum
@Schema(description = "How someone was reached. Values — PHONE: 电话; LETTER: 函件; ON_SITE: 实地 (an on-site visit).")
public enum ContactMethod {
    /** 电话 */
    PHONE,
    /** 函件 */
    LETTER,
    /** 实地: an on-site visit. */
    ON_SITE
}
