package org.tiaojie.cases.api;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The highest level the petitioner had already gone to with this matter before coming here — 已到访层级.
 * A fact recorded for the file and the statistics, never a sanction.
 */
@Schema(description = "The highest level the petitioner had already gone to with this matter before coming here "
        + "— 已到访层级. A fact recorded for the file and the statistics, never a sanction. Values — "
        + "NONE: 首次反映: this is the first time; TOWNSHIP: 乡镇; COUNTY: 县; CITY: 市; PROVINCE: 省; "
        + "NATIONAL: 进京: the national bureau in Beijing")
public enum PriorLevel {
    /** 首次反映: this is the first time. */
    NONE,
    /** 乡镇 */
    TOWNSHIP,
    /** 县 */
    COUNTY,
    /** 市 */
    CITY,
    /** 省 */
    PROVINCE,
    /** 进京: the national bureau in Beijing. */
    NATIONAL
}
