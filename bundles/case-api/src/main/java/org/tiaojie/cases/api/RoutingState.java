package org.tiaojie.cases.api;

/** Whether a case has a live department to handle it — 分流状态. */
public enum RoutingState {
    /** 已分流: a live department of the case's township accepts its category. */
    ROUTED,
    /** 未分流: no live department takes it; it waits in the township petition office queue. */
    UNROUTED
}
