package org.tiaojie.cases.api;

/** How a document reached the petitioner — 送达方式. */
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
