package org.tiaojie.cases.api.legalaid;

import io.swagger.v3.oas.annotations.media.Schema;

/** The matters for which legal aid is given to those in financial hardship — 法律援助事项 (《法律援助法》 31). */
@Schema(description = "Matters for which legal aid is given to those in financial hardship (法律援助法 art. 31): "
        + "STATE_COMPENSATION 国家赔偿; SOCIAL_SECURITY 社会保险、社会救助待遇; PENSION_OR_RELIEF 抚恤金; MAINTENANCE "
        + "赡养费、抚养费、扶养费; WAGES_AND_EMPLOYMENT 劳动报酬、确认劳动关系; WORK_INJURY 工伤人身损害赔偿; ACCIDENT_INJURY "
        + "交通事故、食品药品、医疗事故人身损害赔偿; ENVIRONMENTAL_DAMAGE 环境污染、生态破坏损害赔偿; OTHER: none of these")
public enum Matter {
    /** 请求国家赔偿 */
    STATE_COMPENSATION,
    /** 请求给予社会保险待遇或者社会救助 */
    SOCIAL_SECURITY,
    /** 请求发给抚恤金 */
    PENSION_OR_RELIEF,
    /** 请求给付赡养费、抚养费、扶养费 */
    MAINTENANCE,
    /** 请求确认劳动关系或者支付劳动报酬 */
    WAGES_AND_EMPLOYMENT,
    /** 请求工伤事故人身损害赔偿 */
    WORK_INJURY,
    /** 请求交通事故、食品药品安全事故、医疗事故人身损害赔偿 */
    ACCIDENT_INJURY,
    /** 请求环境污染、生态破坏损害赔偿 */
    ENVIRONMENTAL_DAMAGE,
    /** 不属于上述事项 */
    OTHER;

    /** Listed in art. 31. */
    public boolean listed() {
        return this != OTHER;
    }
}
