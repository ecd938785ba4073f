package org.tiaojie.cases.api;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A legal procedure a petition is steered into — 法定途径 (诉访分离) — with that route's own time limit,
 * which petitioning does not stop.
 */
@Schema(description = "A legal procedure a petition is steered into — 法定途径 (诉访分离) — with that route's own time "
        + "limit, which petitioning does not stop. Values — ADMINISTRATIVE_RECONSIDERATION: 行政复议: 60 "
        + "days from learning of the administrative act; ADMINISTRATIVE_LITIGATION: 行政诉讼: 6 months; "
        + "LABOUR_ARBITRATION: 劳动争议仲裁: 1 year; CIVIL_LITIGATION: 民事诉讼: the 3-year limitation period; "
        + "ARBITRATION: 仲裁 (other than labour); PARTY_APPEAL: 党内申诉")
public enum LegalRoute {
    /** 行政复议: 60 days from learning of the administrative act. */
    ADMINISTRATIVE_RECONSIDERATION("行政复议", "自知道或者应当知道该行政行为之日起60日内提出行政复议申请"),
    /** 行政诉讼: 6 months. */
    ADMINISTRATIVE_LITIGATION("行政诉讼", "自知道或者应当知道作出行政行为之日起6个月内提起诉讼"),
    /** 劳动争议仲裁: 1 year. */
    LABOUR_ARBITRATION("劳动争议仲裁", "仲裁时效期间为1年，自知道或者应当知道其权利被侵害之日起计算"),
    /** 民事诉讼: the 3-year limitation period. */
    CIVIL_LITIGATION("民事诉讼", "诉讼时效期间为3年，自知道或者应当知道权利受到损害以及义务人之日起计算"),
    /** 仲裁 (other than labour). */
    ARBITRATION("仲裁", "按仲裁协议及相关法律规定的期限申请仲裁"),
    /** 党内申诉 */
    PARTY_APPEAL("党内申诉", "按党内法规规定的程序和期限提出");

    private final String label;
    private final String ownLimit;

    LegalRoute(String label, String ownLimit) {
        this.label = label;
        this.ownLimit = ownLimit;
    }

    /** zh-CN name. */
    public String label() {
        return label;
    }

    /** The route's own time limit, in words, for the warning given to the petitioner. */
    public String ownLimit() {
        return ownLimit;
    }
}
