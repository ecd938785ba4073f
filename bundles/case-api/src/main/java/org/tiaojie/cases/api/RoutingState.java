package org.tiaojie.cases.api;

import io.swagger.v3.oas.annotations.media.Schema;

/** Whether a case has a live department to handle it — 分流状态. */
@Schema(description = "Whether a case has a live department to handle it — 分流状态. Values — ROUTED: 已分流: a live "
        + "department of the case's township has it; UNROUTED: 未分流: no live department takes it; it waits "
        + "in the township petition office queue; WITHHELD: 不分流: a complaint about an official, kept from "
        + "every department so its materials never reach the person or unit complained about, for the "
        + "discipline body [《信访工作条例》 30]; DEPARTMENT_OFFLINE: 部门离线: the case's department is not live in "
        + "its township right now (computed on read, never stored): the case waits in the petition office "
        + "queue and is the department's again when it is back, unless reassigned meanwhile")
public enum RoutingState {
    /** 已分流: a live department of the case's township has it. */
    ROUTED,
    /** 未分流: no live department takes it; it waits in the township petition office queue. */
    UNROUTED,
    /**
     * 不分流: a complaint about an official. It is kept from every department, so its materials never reach
     * the person or unit complained about, and goes to the discipline body [《信访工作条例》 30].
     */
    WITHHELD,
    /**
     * 部门离线: the case's department is not live in its township right now (feature uninstalled, bundle
     * stopped, or disabled for the township). Computed when the case is read, never stored: the case keeps
     * its department, waits in the petition office queue for reassignment, and is the department's again
     * as soon as it comes back, unless it was reassigned meanwhile.
     */
    DEPARTMENT_OFFLINE
}
