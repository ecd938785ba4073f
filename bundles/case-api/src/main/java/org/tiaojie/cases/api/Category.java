package org.tiaojie.cases.api;

/**
 * An entry of the configurable case taxonomy — 信访类别.
 *
 * @param code  stable code used in requests, e.g. {@code LAND_ACQUISITION}
 * @param label zh-CN label, e.g. 征地拆迁
 */
public record Category(String code, String label) {
}
