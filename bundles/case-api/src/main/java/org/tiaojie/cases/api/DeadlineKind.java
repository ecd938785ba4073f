package org.tiaojie.cases.api;

import io.swagger.v3.oas.annotations.media.Schema;

/** Which statutory time limit a deadline is — 时限 (《信访工作条例》 article in brackets). */
@Schema(description = "Which statutory time limit a deadline is — 时限 (《信访工作条例》 article in brackets). Values — "
        + "TRIAGE: 分流与告知: triage and written notice of receipt, 15 days from registration [22, 23]; "
        + "DECLINE_WINDOW: 异议退回: a department may decline a dispatched case within 5 working days "
        + "[23]; HANDLING: 办理: handling, 60 days from acceptance, extendable once by at most 30 "
        + "[32]; REVIEW_REQUEST: 复查申请: the petitioner may ask for review within 30 days of receiving "
        + "the opinion [35]; REVIEW_DECISION: 复查: the review body decides within 30 days [35]; "
        + "RE_REVIEW_REQUEST: 复核申请: re-review may be asked within 30 days of receiving the review "
        + "decision [36]; RE_REVIEW_DECISION: 复核: the re-review body decides within 30 days, hearing "
        + "time not counted [36]")
public enum DeadlineKind {
    /** 分流与告知: triage and written notice of receipt, 15 days from registration [22, 23]. */
    TRIAGE,
    /** 异议退回: a department may decline a dispatched case within 5 working days [23]. */
    DECLINE_WINDOW,
    /** 办理: handling, 60 days from acceptance, extendable once by at most 30 [32]. */
    HANDLING,
    /** 复查申请: the petitioner may ask for review within 30 days of receiving the opinion [35]. */
    REVIEW_REQUEST,
    /** 复查: the review body decides within 30 days [35]. */
    REVIEW_DECISION,
    /** 复核申请: re-review may be asked within 30 days of receiving the review decision [36]. */
    RE_REVIEW_REQUEST,
    /** 复核: the re-review body decides within 30 days, hearing time not counted [36]. */
    RE_REVIEW_DECISION
}
