package org.tiaojie.documents.internal;

import java.time.LocalDate;
import java.util.List;

import org.tiaojie.cases.api.CaseAction;
import org.tiaojie.cases.api.CaseView;
import org.tiaojie.cases.api.Deadline;
import org.tiaojie.cases.api.DeadlineKind;
import org.tiaojie.cases.api.LegalRoute;
import org.tiaojie.cases.api.Nature;
import org.tiaojie.cases.api.OpinionDecision;
import org.tiaojie.cases.api.Petitioner;
import org.tiaojie.cases.api.ReviewOutcome;
import org.tiaojie.cases.api.StepPassed;
import org.tiaojie.cases.api.WrittenOpinion;
import org.tiaojie.cases.api.document.DocumentKind;
import org.tiaojie.cases.api.document.IssuedDocument;

/**
 * The words of each document of a case, addressed to the petitioner, with the article of 《信访工作条例》 (2022) each
 * rests on. Only facts of the case as it is now: nothing is printed that the case does not hold.
 */
final class CaseTexts {
    /** What a document of a case is made from. */
    record Facts(CaseView view, IssuedDocument issued, String townshipName, String unitName, String categoryName,
                 LocalDate today, DocumentSettings.Issuers issuers) {
    }

    private CaseTexts() {
    }

    static Layout layout(DocumentKind kind, Facts f) {
        return switch (kind) {
            case REGISTRATION_SLIP -> slip(f);
            case RECEIPT_NOTICE -> receipt(f);
            case TRANSFER_NOTICE -> transfer(f);
            case REDIRECTION_NOTICE -> redirection(f);
            case EXTENSION_NOTICE -> extension(f);
            case WRITTEN_OPINION -> opinion(f);
            case REVIEW_DECISION -> review(f);
            case RE_REVIEW_DECISION -> reReview(f);
            default -> throw new IllegalArgumentException(kind + " is not a document of a case to its petitioner");
        };
    }

    private static Layout head(Facts f, DocumentKind kind, String issuer) {
        return new Layout(issuer, f.issued().getNumber(), kind.title(), f.today());
    }

    private static String office(Facts f) {
        return f.issuers().ofTownship(f.townshipName());
    }

    /** 张三, or 张三等30人 for a collective petition (its representatives are named in the case, not here). */
    static String petitioners(CaseView v) {
        List<Petitioner> ps = v.getPetitioners();
        String first = ps.isEmpty() ? "信访人" : ps.get(0).getName();
        int people = Math.max(v.getHeadCount(), ps.size());
        return people > 1 ? first + "等" + people + "人" : first;
    }

    /** 你 or 你们, as the document speaks to one petitioner or to several. */
    private static String you(CaseView v) {
        return Math.max(v.getHeadCount(), v.getPetitioners().size()) > 1 ? "你们" : "你";
    }

    /** "你于2026年11月2日反映的土地问题（信访事项编号…）" — how every notice names the matter. */
    private static String matter(Facts f) {
        CaseView v = f.view();
        return you(v) + "于" + Chinese.date(v.getReceivedOn()) + "反映的" + (f.categoryName() == null ? "" : f.categoryName())
                + "问题（信访事项编号：" + v.getCaseNumber() + "）";
    }

    private static LocalDate passedOn(CaseView v, CaseAction action) {
        LocalDate last = null;
        for (StepPassed s : v.getStepsPassed()) {
            if (s.getAction() == action) {
                last = s.getOn();
            }
        }
        return last;
    }

    private static Deadline running(CaseView v, DeadlineKind kind) {
        Deadline d = v.getNextDeadline();
        return d != null && d.getKind() == kind ? d : null;
    }

    private static Layout slip(Facts f) {
        CaseView v = f.view();
        Layout l = head(f, DocumentKind.REGISTRATION_SLIP, office(f)).to(petitioners(v));
        l.text(you(v) + "反映的信访事项已于" + Chinese.date(v.getReceivedOn()) + "登记。本机关将自收到之日起15日内"
                + "决定是否受理，并书面告知" + you(v) + "（《信访工作条例》第二十二条、第二十三条）。");
        l.field("信访事项编号", v.getCaseNumber());
        l.field("查询码", f.issued().getQueryCode());
        l.field("登记机关", office(f));
        l.field("收到日期", Chinese.date(v.getReceivedOn()));
        l.field("信访形式", v.getPetitionForm() == null ? null : PetitionForms.label(v.getPetitionForm()));
        l.field("事项类别", f.categoryName());
        l.text(f.issuers().progressHint());
        return l.note("请妥善保管本回执；查询码遗失的，可持本人身份证件到登记机关补发，原查询码即行作废。");
    }

    private static Layout receipt(Facts f) {
        CaseView v = f.view();
        Layout l = head(f, DocumentKind.RECEIPT_NOTICE, office(f)).to(petitioners(v));
        String unit = v.getNature() == Nature.COMPLAINT_ABOUT_OFFICIAL ? "有权处理的机关" : orOffice(f);
        l.text(matter(f) + "，经审查，属于本机关受理范围，本机关已于" + Chinese.date(passedOn(v, CaseAction.ACCEPT))
                + "依法受理，由" + unit + "办理（《信访工作条例》第二十三条）。");
        Deadline handling = running(v, DeadlineKind.HANDLING);
        l.text("本事项自受理之日起60日内办结" + (handling == null ? "" : "（至" + Chinese.date(handling.getDueDate()) + "）")
                + "；情况复杂的，经批准可以适当延长办理期限，延长期限不超过30日，并告知延期理由（第三十二条）。"
                + "办理结果将以信访处理意见书书面答复" + you(v) + "。");
        return l;
    }

    private static String orOffice(Facts f) {
        return f.unitName() == null ? office(f) : f.unitName();
    }

    private static Layout transfer(Facts f) {
        CaseView v = f.view();
        String body = v.getReceivingBody() == null ? "有权处理的机关" : v.getReceivingBody();
        Layout l = head(f, DocumentKind.TRANSFER_NOTICE, office(f)).to(petitioners(v));
        l.text(matter(f) + "，经审查，不属于本机关职权范围，依照属地管理、分级负责，谁主管、谁负责的原则，本机关已于"
                + Chinese.date(passedOn(v, CaseAction.TRANSFER)) + "将该事项转送" + body + "（《信访工作条例》第二十二条）。");
        l.text(body + "应当自收到转送之日起15日内决定是否受理，并书面告知" + you(v) + "（第二十三条）。请" + you(v)
                + "与" + body + "联系，不要就同一事项重复向其他机关提出。");
        return l;
    }

    private static Layout redirection(Facts f) {
        CaseView v = f.view();
        LegalRoute route = v.getLegalRoute();
        String body = v.getReceivingBody() == null ? "有权处理的机关" : v.getReceivingBody();
        Layout l = head(f, DocumentKind.REDIRECTION_NOTICE, office(f)).to(petitioners(v));
        l.text(matter(f) + "，经审查，属于应当通过" + route.label() + "程序解决的事项。依照《信访工作条例》第三十一条，"
                + "请" + you(v) + "依照有关法律、行政法规规定的程序，向" + body + "提出。");
        l.heading("特别提示");
        l.text(route.ownLimit() + "。信访不中止、不中断上述期限，请" + you(v) + "及时依法提出，以免超过期限，影响"
                + you(v) + "的权利。");
        if (v.getRouteWarning() != null && !v.getRouteWarning().isBlank()) {
            l.text(v.getRouteWarning());
        }
        if (v.getLegalAidOffer() != null) {
            l.text("符合法律援助条件的，可以向当地法律援助机构申请法律援助。");
        }
        return l;
    }

    private static Layout extension(Facts f) {
        CaseView v = f.view();
        Layout l = head(f, DocumentKind.EXTENSION_NOTICE, office(f)).to(petitioners(v));
        Deadline handling = running(v, DeadlineKind.HANDLING);
        l.text(matter(f) + "，因情况复杂，经本机关负责人批准，依照《信访工作条例》第三十二条，办理期限延长"
                + v.getExtensionDays() + "日" + (handling == null ? "" : "，至" + Chinese.date(handling.getDueDate()) + "止")
                + "。");
        l.text("延长期限届满前，本机关将以信访处理意见书书面答复" + you(v) + "。");
        return l;
    }

    private static Layout opinion(Facts f) {
        CaseView v = f.view();
        WrittenOpinion o = v.getOpinion();
        Layout l = head(f, DocumentKind.WRITTEN_OPINION, orOfficeIssuer(f)).to(petitioners(v));
        l.text(matter(f) + "，本机关已依法办理，现将处理意见告知如下：");
        l.heading("一、信访请求");
        l.text(nonBlank(o.getRequest(), v.getDemands(), v.getContent()));
        l.heading("二、查明的事实和理由");
        l.text(nonBlank(o.getFacts(), "—", null));
        l.heading("三、处理意见");
        l.text(decision(o.getDecision()));
        l.heading("四、依据");
        l.text(nonBlank(o.getLegalBasis(), "《信访工作条例》第三十二条", null));
        l.heading("五、复查告知");
        l.text(nonBlank(o.getReviewGuidance(), you(v) + "如对本处理意见不服，可以自收到本意见书之日起30日内，请求原办理机关的上一级机关复查"
                + "（《信访工作条例》第三十五条）。", null));
        return l;
    }

    /** The opinion is the handling body's; a township's own office when no unit handled it. */
    private static String orOfficeIssuer(Facts f) {
        return f.unitName() == null ? office(f) : f.townshipName() + f.unitName();
    }

    private static Layout review(Facts f) {
        CaseView v = f.view();
        Layout l = head(f, DocumentKind.REVIEW_DECISION, f.issuers().county()).to(petitioners(v));
        l.text(you(v) + "不服" + orOfficeIssuer(f) + "就" + matter(f) + "作出的信访处理意见，请求复查。本机关依照"
                + "《信访工作条例》第三十五条进行了复查，复查意见如下：");
        l.text(outcome(v.getReviewOutcome(), "原处理意见"));
        l.text(you(v) + "如对本复查意见不服，可以自收到本意见书之日起30日内，向" + f.issuers().reReview()
                + "请求复核（第三十五条）。");
        return l;
    }

    private static Layout reReview(Facts f) {
        CaseView v = f.view();
        Layout l = head(f, DocumentKind.RE_REVIEW_DECISION, f.issuers().reReview()).to(petitioners(v));
        l.text(you(v) + "不服" + f.issuers().county() + "就" + matter(f) + "作出的复查意见，请求复核。本机关依照"
                + "《信访工作条例》第三十六条进行了复核，复核意见如下：");
        l.text(outcome(v.getReReviewOutcome(), "复查意见"));
        l.text("本复核意见为最终意见。" + you(v) + "对复核意见不服，仍以同一事实和理由提出信访请求的，各级机关不再受理"
                + "（第三十六条）。");
        return l;
    }

    private static String decision(OpinionDecision d) {
        if (d == null) {
            return "—";
        }
        return switch (d) {
            case SUPPORT -> "请求事实清楚，符合法律、法规、规章或者其他有关规定，予以支持。";
            case EXPLAIN -> "请求事出有因，但无法律、法规、规章或者其他有关规定为依据，向" + "信访人做好解释说明工作。";
            default -> "请求缺乏事实根据或者不符合法律、法规、规章或者其他有关规定，不予支持。";
        };
    }

    private static String outcome(ReviewOutcome o, String what) {
        if (o == null) {
            return "—";
        }
        return switch (o) {
            case UPHELD -> what + "事实清楚、依据充分、处理适当，予以维持。";
            case CHANGED -> what + "处理不当，予以变更。";
            default -> what + "予以撤销，责令原办理机关重新办理。";
        };
    }

    private static String nonBlank(String first, String second, String third) {
        for (String s : new String[] {first, second, third}) {
            if (s != null && !s.isBlank()) {
                return s.trim();
            }
        }
        return "—";
    }
}
