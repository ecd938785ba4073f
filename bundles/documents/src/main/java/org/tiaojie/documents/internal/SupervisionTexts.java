package org.tiaojie.documents.internal;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.List;

import org.tiaojie.cases.api.CaseView;
import org.tiaojie.cases.api.Nature;
import org.tiaojie.cases.api.supervision.Bulletin;
import org.tiaojie.cases.api.supervision.NoticeKind;
import org.tiaojie.cases.api.supervision.SupervisionNotice;
import org.tiaojie.cases.api.supervision.UnitCount;

/** The words of a supervision notice to its unit and of the weekly bulletin to the leaders. */
final class SupervisionTexts {
    private SupervisionTexts() {
    }

    /** A unit and the name printed for it. */
    @FunctionalInterface
    interface UnitNames {
        String of(String township, String unit);
    }

    /**
     * 交办函 / 督办函 to the unit. A complaint about an official names neither the complainant nor what was reported:
     * the unit may be the one complained about [30, 46].
     */
    static Layout notice(SupervisionNotice n, CaseView c, String categoryName, String unitName, LocalDate today,
                         DocumentSettings.Issuers issuers) {
        boolean assignment = n.getKind() == NoticeKind.ASSIGNMENT;
        Layout l = new Layout(issuers.supervision(), n.getNumber(), assignment ? "信访事项交办函" : "信访事项督办函", today)
                .to(unitName);
        boolean complaint = c.getNature() == Nature.COMPLAINT_ABOUT_OFFICIAL;
        String about = complaint
                ? "检举控告类信访事项（信访事项编号：" + c.getCaseNumber() + "；依照《信访工作条例》第三十条、第四十六条，"
                        + "信访人信息和检举控告材料依法保密，不在本函中载明）"
                : CaseTexts.petitioners(c) + "反映的" + (categoryName == null ? "" : categoryName) + "问题（信访事项编号："
                        + c.getCaseNumber() + "，收到日期：" + Chinese.date(c.getReceivedOn()) + "）";
        l.text((assignment ? "现将" + about + "交你单位办理。" : "你单位承办的" + about + "，现予督办。"));
        l.heading("办理要求");
        l.text(n.getRequired());
        l.text("请于" + Chinese.date(n.getReplyBy()) + "前将办理情况书面报送" + issuers.supervision()
                + "。逾期未报送的，将予以通报，并依照有关规定启动问责程序。");
        if (!complaint && c.getContent() != null) {
            l.heading("信访事项摘要");
            l.text(summary(c.getContent()));
        }
        return l;
    }

    static String summary(String content) {
        String s = content.strip();
        return s.length() <= 300 ? s : s.substring(0, 300) + "……";
    }

    /** 2026年第49期: the bulletin's issue is its ISO week. */
    static String issue(Bulletin b) {
        LocalDate start = b.getWeekStart();
        return start.get(IsoFields.WEEK_BASED_YEAR) + "年第" + start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) + "期";
    }

    static Layout bulletin(Bulletin b, String issuer, String scopeName, UnitNames units, LocalDate today) {
        Layout l = new Layout(issuer, issue(b), "督查督办一周一通报", today).to("各位领导、各有关单位");
        l.text(Chinese.date(b.getWeekStart()) + "至" + Chinese.date(b.getWeekEnd()) + "，" + scopeName + "督查督办工作情况通报如下：");
        l.heading("一、交办督办情况");
        int onTime = b.getNoticesAnswered() - b.getNoticesAnsweredLate();
        l.text("本周发出交办函、督办函" + b.getNoticesIssued() + "件；收到回复" + b.getNoticesAnswered() + "件，其中按期回复"
                + onTime + "件、逾期回复" + b.getNoticesAnsweredLate() + "件；逾期未回复" + b.getNoticesLapsed() + "件。");
        l.heading("二、超期未办结情况");
        List<UnitCount> overdue = b.getOverdueByUnit();
        if (overdue.isEmpty()) {
            l.text("本周无超期未办结的信访事项。");
        } else {
            int total = overdue.stream().mapToInt(UnitCount::getCount).sum();
            l.text("截至本周末，超期未办结的信访事项共" + total + "件，分布如下：");
            l.table(List.of("单位", "超期件数"), overdue.stream()
                    .map(u -> List.of(units.of(u.getTownship(), u.getUnit()), String.valueOf(u.getCount()))).toList());
        }
        l.heading("三、回访情况");
        l.text("本周回访" + b.getReturnVisits() + "件，其中满意" + b.getSatisfied() + "件、基本满意" + b.getBasicallySatisfied()
                + "件、不满意" + b.getDissatisfied() + "件。");
        l.heading("四、问责情况");
        l.text("本周启动问责" + b.getAccountabilityOpened() + "件，办结" + b.getAccountabilityClosed() + "件。");
        l.text("请各有关单位对照通报，抓紧办理超期事项，按期回复交办督办函。");
        return l;
    }
}
