package org.tiaojie.cases.api;

import io.swagger.v3.oas.annotations.media.Schema;

/** What an intake led to. */
@Schema(description = "What an intake led to. Values — REGISTERED: 登记为新的信访事项: a new case was registered; "
        + "LINKED_AS_REPEAT: 重信重访: the same petitioner's matter is open or recently closed, so the "
        + "submission was linked to that case as a repeat instead of becoming a new matter")
public enum RegistrationOutcome {
    /** 登记为新的信访事项: a new case was registered. */
    REGISTERED,
    /**
     * 重信重访: the same petitioner's matter is open or recently closed, so the submission was linked to that
     * case as a repeat instead of becoming a new matter.
     */
    LINKED_AS_REPEAT
}
