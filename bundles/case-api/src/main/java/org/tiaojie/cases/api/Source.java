package org.tiaojie.cases.api;

import io.swagger.v3.oas.annotations.media.Schema;

/** Where a case came from — 来源: the petitioner directly, a higher level, screening, or the township itself. */
@Schema(description = "Where a case came from — 来源: the petitioner directly, a higher level, screening, or the "
        + "township itself. Values — DIRECT: 信访人直接提出; REFERRED_NATIONAL: 国家信访局转送/交办; "
        + "REFERRED_PROVINCIAL: 省信访局转送/交办; REFERRED_CITY: 市信访局转送/交办; REFERRED_CITY_RECEPTION_CENTRE: "
        + "市接待中心转送; SCREENING: 排查发现; SELF_OPENED: 自立案")
public enum Source {
    /** 信访人直接提出 */
    DIRECT,
    /** 国家信访局转送/交办 */
    REFERRED_NATIONAL,
    /** 省信访局转送/交办 */
    REFERRED_PROVINCIAL,
    /** 市信访局转送/交办 */
    REFERRED_CITY,
    /** 市接待中心转送 */
    REFERRED_CITY_RECEPTION_CENTRE,
    /** 排查发现 */
    SCREENING,
    /** 自立案 */
    SELF_OPENED
}
