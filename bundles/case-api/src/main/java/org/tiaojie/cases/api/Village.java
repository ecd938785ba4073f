package org.tiaojie.cases.api;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A village or neighbourhood committee — 村/居委会: the level below the township.
 *
 * @param code     administrative division code, e.g. {@code 341122101201}
 * @param name     zh-CN name, e.g. 河西村
 * @param township code of the township it belongs to
 */
@Schema(description = "A village or neighbourhood committee — 村/居委会: the level below the township.")
public record Village(
        @Schema(description = "Administrative division code, e.g. `341122101201`.") String code,
        @Schema(description = "zh-CN name, e.g. 河西村.") String name,
        @Schema(description = "Code of the township it belongs to.") String township) {
}
