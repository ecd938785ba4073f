package org.tiaojie.cases.api;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A township, town or sub-district — 乡镇/街道: the unit a case belongs to (属地管理).
 *
 * @param code administrative division code, e.g. {@code 341122101}
 * @param name zh-CN name, e.g. 青山镇
 */
@Schema(description = "A township, town or sub-district — 乡镇/街道: the unit a case belongs to (属地管理).")
public record Township(
        @Schema(description = "Administrative division code, e.g. `341122101`.") String code,
        @Schema(description = "zh-CN name, e.g. 青山镇.") String name) {
}
