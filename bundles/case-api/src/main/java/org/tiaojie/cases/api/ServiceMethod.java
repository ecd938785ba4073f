package org.tiaojie.cases.api;

import io.swagger.v3.oas.annotations.media.Schema;

/** How a document reached the petitioner — 送达方式. */
@Schema(description = "How a document reached the petitioner — 送达方式. Values — IN_PERSON: 当面送达 / 当场告知; POST: "
        + "邮寄送达; ELECTRONIC: 电子送达 (短信、网上信访系统); LEFT_AT_RESIDENCE: 留置送达")
public enum ServiceMethod {
    /** 当面送达 / 当场告知 */
    IN_PERSON,
    /** 邮寄送达 */
    POST,
    /** 电子送达 (短信、网上信访系统) */
    ELECTRONIC,
    /** 留置送达 */
    LEFT_AT_RESIDENCE
}
