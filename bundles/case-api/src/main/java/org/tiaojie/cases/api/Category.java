package org.tiaojie.cases.api;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * An entry of the configurable case taxonomy — 信访类别.
 *
 * @param code  stable code used in requests, e.g. {@code LAND_ACQUISITION}
 * @param label zh-CN label, e.g. 征地拆迁
 */
@Schema(description = "An entry of the configurable case taxonomy — 信访类别.")
public record Category(
        @Schema(description = "Stable code used in requests, e.g. `LAND_ACQUISITION`.") String code,
        @Schema(description = "zh-CN label, e.g. 征地拆迁.") String label) {
}
