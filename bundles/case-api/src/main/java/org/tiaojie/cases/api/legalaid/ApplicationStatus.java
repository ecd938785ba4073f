package org.tiaojie.cases.api.legalaid;

import io.swagger.v3.oas.annotations.media.Schema;

/** Where a legal-aid application stands — 申请状态. */
@Schema(description = "Where a legal-aid application stands: OFFERED 已推荐 (a redirected petition offered; waiting for "
        + "the applicant); RECEIVED 已受理 (the 7-day decision runs); MATERIALS_REQUESTED 待补材料 (told once what is "
        + "missing; the 7 days run again from completion); GRANTED 决定援助 (assignment within 3 days); REFUSED 不予援助 "
        + "(written reason; the applicant may object); OBJECTION_PENDING 异议审查中 (the justice bureau decides within 5 "
        + "days); ASSIGNED 已指派; CONCLUDED 已结案")
public enum ApplicationStatus {
    /** 已推荐: a petition redirected to a legal route, offered to the centre; the applicant has not applied yet. */
    OFFERED,
    /** 已受理: the application is complete; the centre decides within 7 days [43]. */
    RECEIVED,
    /** 待补材料: the applicant was told once what is missing [43]. */
    MATERIALS_REQUESTED,
    /** 决定给予法律援助: a lawyer or legal worker is assigned within 3 days [44]. */
    GRANTED,
    /** 决定不予法律援助: in writing, with reasons; the applicant may object [43, 49]. */
    REFUSED,
    /** 异议审查中: the justice bureau decides within 5 days [49]. */
    OBJECTION_PENDING,
    /** 已指派 */
    ASSIGNED,
    /** 已结案: the aided matter's outcome is recorded. */
    CONCLUDED;

    /** No step leads out of it (REFUSED once the objection is decided or none is made is still open to an objection). */
    public boolean isFinal() {
        return this == CONCLUDED;
    }
}
