package org.tiaojie.legalaid.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.tiaojie.cases.api.DayCount;
import org.tiaojie.cases.api.Deadline;
import org.tiaojie.cases.api.WorkingCalendar;
import org.tiaojie.cases.api.legalaid.ApplicationStatus;
import org.tiaojie.cases.api.legalaid.DueDate;
import org.tiaojie.cases.api.legalaid.Exemption;
import org.tiaojie.cases.api.legalaid.LegalAidAction;
import org.tiaojie.cases.api.legalaid.Matter;

import static org.tiaojie.cases.api.legalaid.ApplicationStatus.ASSIGNED;
import static org.tiaojie.cases.api.legalaid.ApplicationStatus.GRANTED;
import static org.tiaojie.cases.api.legalaid.ApplicationStatus.MATERIALS_REQUESTED;
import static org.tiaojie.cases.api.legalaid.ApplicationStatus.OBJECTION_PENDING;
import static org.tiaojie.cases.api.legalaid.ApplicationStatus.RECEIVED;
import static org.tiaojie.cases.api.legalaid.ApplicationStatus.REFUSED;

/**
 * The rules of 《法律援助法》 the centre works by: the means test [31, 32, 34, 42], which step is possible
 * in which status, and the time limits (decision 7 days [43], assignment 3 days [44], objection 5 days
 * [49]), counted in calendar days by the platform's one rule (the core's {@link WorkingCalendar}: the first day not
 * counted, a last day on a rest day moved to the next working day). Pure: the service applies them.
 */
public final class LegalAidRules {

    /** Configuration (PID {@code org.tiaojie.legalaid}); statutory limits unless shortened locally. */
    public record Settings(BigDecimal incomeThreshold, int decisionDays, int assignmentDays, int objectionDays) {
        public static final Settings DEFAULT = new Settings(new BigDecimal("1200"), 7, 3, 5);

        static Settings parse(Map<String, String> p) {
            BigDecimal threshold;
            try {
                threshold = new BigDecimal(p.getOrDefault("means.monthlyIncomePerCapita", "1200").trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("means.monthlyIncomePerCapita is not an amount in yuan");
            }
            if (threshold.signum() < 0) {
                throw new IllegalArgumentException("means.monthlyIncomePerCapita must not be negative");
            }
            return new Settings(threshold, days(p, "decision.days", 7), days(p, "assignment.days", 3),
                    days(p, "objection.days", 5));
        }

        private static int days(Map<String, String> p, String key, int statutory) {
            String text = p.get(key);
            if (text == null || text.isBlank()) {
                return statutory;
            }
            int d;
            try {
                d = Integer.parseInt(text.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(key + ": '" + text + "' is not a number of days");
            }
            if (d < 1 || d > statutory) {
                throw new IllegalArgumentException(key + " = " + d + " must be between 1 and the statutory " + statutory);
            }
            return d;
        }
    }

    /** The outcome of the means test, in words an officer can write into the decision. */
    public record MeansTest(boolean eligible, String result) {
    }

    private static final Map<ApplicationStatus, Set<LegalAidAction>> TABLE = Map.of(
            RECEIVED, EnumSet.of(LegalAidAction.REQUEST_MATERIALS, LegalAidAction.GRANT, LegalAidAction.REFUSE,
                    LegalAidAction.ASSIGN),
            MATERIALS_REQUESTED, EnumSet.of(LegalAidAction.COMPLETE_MATERIALS, LegalAidAction.REFUSE),
            GRANTED, EnumSet.of(LegalAidAction.ASSIGN),
            REFUSED, EnumSet.of(LegalAidAction.OBJECT),
            OBJECTION_PENDING, EnumSet.of(LegalAidAction.DECIDE_OBJECTION),
            ASSIGNED, EnumSet.of(LegalAidAction.GRANT, LegalAidAction.REFUSE, LegalAidAction.CONCLUDE));

    private LegalAidRules() {
    }

    /**
     * Art. 32 exemptions: aid whatever the matter and the means; art. 42 exemptions: a listed matter without
     * checking the means; otherwise a listed matter [31] and income at or below the local standard [34].
     */
    public static MeansTest meansTest(Matter matter, Exemption exemption, BigDecimal income, Settings settings) {
        if (exemption != null && exemption.anyMatter()) {
            return new MeansTest(true, "NOT_APPLICABLE: " + exemption + " (法律援助法第三十二条)");
        }
        if (matter == null || !matter.listed()) {
            return new MeansTest(false, "FAILED: the matter is not one of 法律援助法第三十一条");
        }
        if (exemption != null) {
            return new MeansTest(true, "NOT_APPLICABLE: " + exemption + " (法律援助法第四十二条)");
        }
        if (income == null) {
            return new MeansTest(false, "FAILED: no income stated for the means test");
        }
        boolean passed = income.compareTo(settings.incomeThreshold()) <= 0;
        return new MeansTest(passed, (passed ? "PASSED: " : "FAILED: ") + income.toPlainString()
                + " yuan per person and month against the local standard of " + settings.incomeThreshold().toPlainString());
    }

    /**
     * Whether the step is possible. Once-only and conditional steps: materials are asked for once; ASSIGN
     * before a decision only for urgent aid [44]; GRANT and REFUSE after an urgent assignment only while
     * undecided; an objection once, to a refusal.
     */
    public static boolean allows(ApplicationStatus status, LegalAidAction action, State s) {
        if (!TABLE.getOrDefault(status, Set.of()).contains(action)) {
            return false;
        }
        return switch (action) {
            case REQUEST_MATERIALS -> !s.materialsRequestedBefore();
            case ASSIGN -> status == GRANTED || s.urgent();
            case GRANT -> s.eligible() && (status != ASSIGNED || !s.decided());
            case REFUSE -> status != ASSIGNED || !s.decided();
            case OBJECT -> !s.objectedBefore();
            default -> true;
        };
    }

    /** What the rules need to know of an application beyond its status. */
    public record State(boolean eligible, boolean urgent, boolean decided, boolean materialsRequestedBefore,
                        boolean objectedBefore) {
    }

    public static List<LegalAidAction> allowed(ApplicationStatus status, State s) {
        List<LegalAidAction> result = new ArrayList<>();
        for (LegalAidAction a : LegalAidAction.values()) {
            if (allows(status, a, s)) {
                result.add(a);
            }
        }
        return result;
    }

    /** The limit running in the status, as of {@code today}; null when none runs. */
    public static DueDate running(ApplicationStatus status, LocalDate receivedOn, LocalDate decidedOn, LocalDate objectedOn,
                                  Settings settings, WorkingCalendar calendar, LocalDate today) {
        return switch (status) {
            case RECEIVED -> due("DECISION", "作出是否给予法律援助的决定（法律援助法第四十三条）", receivedOn,
                    settings.decisionDays(), calendar, today);
            case GRANTED -> due("ASSIGNMENT", "指派律师或法律援助工作者（法律援助法第四十四条）", decidedOn,
                    settings.assignmentDays(), calendar, today);
            case OBJECTION_PENDING -> due("OBJECTION", "司法行政部门审查异议（法律援助法第四十九条）", objectedOn,
                    settings.objectionDays(), calendar, today);
            default -> null;
        };
    }

    static DueDate due(String kind, String what, LocalDate start, int days, WorkingCalendar calendar, LocalDate today) {
        if (start == null) {
            return null;
        }
        Deadline computed = calendar.period(start, DayCount.CALENDAR_DAYS, days);
        DueDate d = new DueDate();
        d.setKind(kind);
        d.setStart(start);
        d.setDays(days);
        d.setDueDate(computed.getDueDate());
        d.setExplanation(what + "：" + computed.getExplanation());
        d.setCalendarWarning(computed.getCalendarWarning());
        d.setDaysRemaining(ChronoUnit.DAYS.between(today, d.getDueDate()));
        d.setOverdue(today.isAfter(d.getDueDate()));
        return d;
    }
}
