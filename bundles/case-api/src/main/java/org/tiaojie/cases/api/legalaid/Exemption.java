package org.tiaojie.cases.api.legalaid;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Why the means test does not apply — 免予经济困难审查: art. 32 (no financial condition at all) and art. 42
 * (financial hardship not checked) of 《法律援助法》.
 */
@Schema(description = "Why the means test does not apply (法律援助法 arts. 32, 42): MARTYRS_RELATIVES 英雄烈士近亲属维护其"
        + "权益 (32); BRAVERY 见义勇为 (32); ABUSE_OR_DOMESTIC_VIOLENCE 遭受虐待、遗弃或者家庭暴力 (32); "
        + "ACQUITTAL_COMPENSATION 再审改判无罪请求国家赔偿 (32); NO_FIXED_INCOME 无固定生活来源的未成年人、老年人、残疾人 (42); "
        + "ASSISTANCE_RECIPIENT 社会救助、司法救助或者优抚对象 (42); MIGRANT_WORKER 农民工请求支付劳动报酬或者工伤赔偿 (42)")
public enum Exemption {
    /** 英雄烈士近亲属为维护英雄烈士的人格权益 [32] */
    MARTYRS_RELATIVES(true),
    /** 因见义勇为行为主张相关民事权益 [32] */
    BRAVERY(true),
    /** 遭受虐待、遗弃或者家庭暴力的受害人主张相关权益 [32] */
    ABUSE_OR_DOMESTIC_VIOLENCE(true),
    /** 再审改判无罪请求国家赔偿 [32] */
    ACQUITTAL_COMPENSATION(true),
    /** 无固定生活来源的未成年人、老年人、残疾人等特定群体 [42] */
    NO_FIXED_INCOME(false),
    /** 社会救助、司法救助或者优抚对象 [42] */
    ASSISTANCE_RECIPIENT(false),
    /** 进城务工人员请求支付劳动报酬或者工伤事故人身损害赔偿 [42] */
    MIGRANT_WORKER(false);

    private final boolean anyMatter;

    Exemption(boolean anyMatter) {
        this.anyMatter = anyMatter;
    }

    /** Art. 32: aid regardless of financial condition, whatever the matter; art. 42 still needs a listed matter. */
    public boolean anyMatter() {
        return anyMatter;
    }
}
