package org.tiaojie.cases.api.document;

import javax.xml.bind.annotation.XmlEnum;
import javax.xml.bind.annotation.XmlType;

import io.swagger.v3.oas.annotations.media.Schema;

/** A kind of document — 文书种类 — with its official title and whom it is addressed to. */
@XmlType(name = "documentKind")
@XmlEnum
@Schema(description = "A kind of document. Values — REGISTRATION_SLIP: 信访事项登记回执 (case number and query code); "
        + "RECEIPT_NOTICE: 信访事项受理告知书; TRANSFER_NOTICE: 信访事项转送告知书 (where it went, by when that body decides); "
        + "REDIRECTION_NOTICE: 信访事项导入法定途径告知书 (the route, its own time limit, the warning that petitioning does "
        + "not stop it); EXTENSION_NOTICE: 信访事项延期办理告知书; WRITTEN_OPINION: 信访事项处理意见书; "
        + "REVIEW_DECISION: 信访事项复查意见书; RE_REVIEW_DECISION: 信访事项复核意见书; SUPERVISION_NOTICE: 交办函 / 督办函 "
        + "(to the unit); BULLETIN: 一周一通报 (to the leaders)")
public enum DocumentKind {
    /** 信访事项登记回执: handed over at registration; the case number and the query code. */
    REGISTRATION_SLIP("信访事项登记回执", Audience.PETITIONER),
    /** 信访事项受理告知书 [23]: the matter is accepted, by whom and by which procedure, and the handling limit. */
    RECEIPT_NOTICE("信访事项受理告知书", Audience.PETITIONER),
    /** 信访事项转送告知书: the matter went to the competent body, which decides on acceptance within 15 days. */
    TRANSFER_NOTICE("信访事项转送告知书", Audience.PETITIONER),
    /** 导入法定途径告知书 (诉访分离): the legal route, its own time limit, and that petitioning does not stop it. */
    REDIRECTION_NOTICE("信访事项导入法定途径告知书", Audience.PETITIONER),
    /** 延期办理告知书 [32]: the handling limit extended once, by how much and why. */
    EXTENSION_NOTICE("信访事项延期办理告知书", Audience.PETITIONER),
    /** 信访处理意见书 [32]: request, facts and reasons, decision, legal basis, how to ask for review. */
    WRITTEN_OPINION("信访事项处理意见书", Audience.PETITIONER),
    /** 复查意见书 [35]. */
    REVIEW_DECISION("信访事项复查意见书", Audience.PETITIONER),
    /** 复核意见书 [36]: final; the same request on the same facts is not accepted again. */
    RE_REVIEW_DECISION("信访事项复核意见书", Audience.PETITIONER),
    /** 交办函 / 督办函: to the unit; for a complaint about an official it never names the complainant [30, 46]. */
    SUPERVISION_NOTICE("督查督办函", Audience.UNIT),
    /** 一周一通报: a township's or the county's week of supervision, for the leaders. */
    BULLETIN("督查督办一周一通报", Audience.LEADERS);

    /** Whom a document is addressed to. */
    public enum Audience {
        /** 信访人 */
        PETITIONER,
        /** 责任单位 */
        UNIT,
        /** 领导 */
        LEADERS
    }

    private final String title;
    private final Audience audience;

    DocumentKind(String title, Audience audience) {
        this.title = title;
        this.audience = audience;
    }

    /** The official title, as printed. */
    public String title() {
        return title;
    }

    public Audience audience() {
        return audience;
    }

    /** Whether the case core numbers it and keeps it in a case's register (all but the bulletin). */
    public boolean ofACase() {
        return this != BULLETIN;
    }
}
