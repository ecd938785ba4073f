package org.tiaojie.cases.api;

/**
 * A township, town or sub-district — 乡镇/街道: the unit a case belongs to (属地管理).
 *
 * @param code administrative division code, e.g. {@code 341122101}
 * @param name zh-CN name, e.g. 青山镇
 */
public record Township(String code, String name) {
}
