package org.tiaojie.cases.api;

/** Where a case stands in its statutory path — 办理状态. */
public enum CaseStatus {
    /** 已登记: recorded, not yet accepted or triaged. */
    REGISTERED
}
