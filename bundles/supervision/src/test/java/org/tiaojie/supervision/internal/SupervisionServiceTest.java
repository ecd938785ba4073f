package org.tiaojie.supervision.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.service.event.Event;
import org.tiaojie.cases.api.Actor;
import org.tiaojie.cases.api.CaseQueryService;
import org.tiaojie.cases.api.CaseStatus;
import org.tiaojie.cases.api.CaseView;
import org.tiaojie.cases.api.ErrorCode;
import org.tiaojie.cases.api.Evaluation;
import org.tiaojie.cases.api.PageRequest;
import org.tiaojie.cases.api.PlatformClock;
import org.tiaojie.cases.api.RoutingState;
import org.tiaojie.cases.api.TiaojieException;
import org.tiaojie.cases.api.ValidationException;
import org.tiaojie.cases.api.spi.Delivery;
import org.tiaojie.cases.api.spi.Notice;
import org.tiaojie.cases.api.spi.Notifier;
import org.tiaojie.cases.api.spi.OpenDeadline;
import org.tiaojie.cases.api.supervision.AccountabilityRecord;
import org.tiaojie.cases.api.supervision.AccountabilityTrigger;
import org.tiaojie.cases.api.supervision.ActionRequest;
import org.tiaojie.cases.api.supervision.Conclusion;
import org.tiaojie.cases.api.supervision.ContactMethod;
import org.tiaojie.cases.api.supervision.NoticeKind;
import org.tiaojie.cases.api.supervision.NoticeReply;
import org.tiaojie.cases.api.supervision.NoticeRequest;
import org.tiaojie.cases.api.supervision.NoticeStatus;
import org.tiaojie.cases.api.supervision.ReturnVisitRequest;
import org.tiaojie.cases.api.supervision.SupervisionNotice;
import org.tiaojie.cases.core.internal.time.OfficialCalendar;
import org.tiaojie.records.internal.SchemaCheck;

/** Notices, their lapse, the accountability triggers and return visits, on Derby with supervision's changelog. */
class SupervisionServiceTest {
    private static final Actor SUPERVISOR = Actor.fromRoleNames("sv", List.of("supervisor", "county"));
    private static final Actor HANDLER = Actor.fromRoleNames("handler", List.of("handler", "township:341122101", "unit:land"));
    private static final Actor FORESTER = Actor.fromRoleNames("lin", List.of("handler", "township:341122101", "unit:forestry"));
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 2);

    private final Map<String, CaseView> caseViews = new HashMap<>();
    private final List<Notice> sent = new CopyOnWriteArrayList<>();
    private final TestClock clock = new TestClock();
    private SupervisionStore store;
    private Accountability accountability;
    private SupervisionServiceImpl service;
    private final Sources sources = new Sources();
    private final List<OpenDeadline> overdue = new CopyOnWriteArrayList<>();
    private Bulletins bulletins;

    @BeforeEach
    void start() throws Exception {
        SchemaCheck db = new SchemaCheck().migrate("db/supervision.changelog.xml")
                .assertIndexes("TJ_SV_NOTICE", "IX_SV_NOTICE_OPEN", "IX_SV_NOTICE_CASE")
                .assertIndexes("TJ_SV_ACCOUNTABILITY", "IX_SV_ACCOUNTABILITY_TOWNSHIP");
        store = new SupervisionStore(db.dataSource());
        SupervisionSettings settings = new SupervisionSettings();
        accountability = new Accountability(store, settings, clock, OfficialCalendar.service());
        Channels channels = new Channels();
        channels.bind((Notifier) n -> {
            sent.add(n);
            return Delivery.delivered("test");
        }, Map.of(Notifier.CHANNEL, "trail"));
        CaseQueryService cases = (CaseQueryService) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[]{CaseQueryService.class}, (proxy, method, args) -> {
                    if (!method.getName().equals("get")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    CaseView c = caseViews.get((String) args[1]);
                    if (c == null || !((Actor) args[0]).canSeeTownship(c.getTownship())) {
                        throw new TiaojieException(ErrorCode.CASE_NOT_FOUND, "no case " + args[1]);
                    }
                    return c;
                });
        service = new SupervisionServiceImpl(store, accountability, channels, settings, clock, cases);
        sources.bind((dueBy, after, limit) -> overdue.stream().filter(d -> !d.getDueDate().isAfter(dueBy))
                .filter(d -> after == null || d.getSubjectId().compareTo(after.getSubjectId()) > 0).limit(limit).toList(),
                Map.of("source", "case"));
        bulletins = new Bulletins(store, sources, clock);
        service.setBulletins(bulletins);
        caseViews.put("c1", view("c1", "青信〔2026〕7号", CaseStatus.DISPATCHED, "land"));
        clock.today(MONDAY);
    }

    private static CaseView view(String id, String number, CaseStatus status, String department) {
        CaseView c = new CaseView();
        c.setId(id);
        c.setCaseNumber(number);
        c.setTownship("341122101");
        c.setStatus(status);
        c.setDepartment(department);
        c.setRoutingState(RoutingState.ROUTED);
        return c;
    }

    private SupervisionNotice issue(NoticeKind kind, LocalDate replyBy) {
        NoticeRequest r = new NoticeRequest();
        r.setKind(kind);
        r.setCaseId("c1");
        r.setRequired("核实补偿款发放情况并书面报告");
        r.setReplyBy(replyBy);
        return service.issueNotice(SUPERVISOR, r);
    }

    private static NoticeReply reply(String text) {
        NoticeReply r = new NoticeReply();
        r.setReply(text);
        return r;
    }

    @Test
    void aNoticeIsNumberedSentToTheUnitAndAnsweredOnceByItsUnit() {
        SupervisionNotice first = issue(NoticeKind.SUPERVISION, MONDAY.plusDays(5));
        SupervisionNotice second = issue(NoticeKind.SUPERVISION, MONDAY.plusDays(5));
        SupervisionNotice assignment = issue(NoticeKind.ASSIGNMENT, MONDAY.plusDays(5));
        assertEquals("督办〔2026〕1号", first.getNumber());
        assertEquals("督办〔2026〕2号", second.getNumber());
        assertEquals("交办〔2026〕1号", assignment.getNumber());
        assertEquals("land", first.getUnit(), "the case's department when none is named");
        assertEquals("NOTICE_ISSUED", sent.get(0).getKind());
        assertTrue(sent.get(0).getBody().contains("2026年11月7日前"), sent.get(0).getBody());

        TiaojieException notTheUnit = assertThrows(TiaojieException.class,
                () -> service.replyToNotice(FORESTER, first.getId(), reply("不归我所")));
        assertEquals(ErrorCode.ACCESS_DENIED, notTheUnit.code());
        clock.today(MONDAY.plusDays(3));
        SupervisionNotice answered = service.replyToNotice(HANDLER, first.getId(), reply("已核实，补偿款于本周发放"));
        assertEquals(NoticeStatus.ANSWERED, answered.getStatus());
        assertEquals("handler", answered.getRepliedBy());
        assertEquals(ErrorCode.ILLEGAL_TRANSITION, assertThrows(TiaojieException.class,
                () -> service.replyToNotice(HANDLER, first.getId(), reply("再次回复"))).code());
        assertEquals(3, service.notices(HANDLER, "c1", null, null, null, PageRequest.of(0, 20)).getTotal());
        assertEquals(1, service.notices(HANDLER, null, null, "land", NoticeStatus.ANSWERED, PageRequest.of(0, 20)).getTotal());
    }

    @Test
    void aNoticeLeftUnansweredLapsesOnceIsEscalatedAndOpensAnAccountabilityRecord() {
        SupervisionNotice n = issue(NoticeKind.SUPERVISION, MONDAY.plusDays(2));
        clock.today(MONDAY.plusDays(2));
        assertEquals(0, service.sweep(clock.today()), "on the reply date it is still open");
        clock.today(MONDAY.plusDays(3));
        assertEquals(1, service.sweep(clock.today()));
        assertEquals(0, service.sweep(clock.today()), "once");
        assertEquals(NoticeStatus.LAPSED, service.notice(SUPERVISOR, n.getId()).getStatus());
        assertTrue(sent.stream().anyMatch(s -> s.getKind().equals("NOTICE_LAPSED") && "sv".equals(s.getPerson())));
        List<AccountabilityRecord> records = service.accountability(SUPERVISOR, null, false, PageRequest.of(0, 20)).getItems();
        assertEquals(1, records.size());
        assertEquals(AccountabilityTrigger.NOTICE_LAPSED, records.get(0).getTrigger());
        assertEquals("land", records.get(0).getUnit());

        SupervisionNotice late = service.replyToNotice(HANDLER, n.getId(), reply("补报：已发放"));
        assertEquals(NoticeStatus.ANSWERED_LATE, late.getStatus());
        // Each notice sent about it, with each channel's answer, in order.
        assertEquals(List.of("NOTICE_ISSUED trail: DELIVERED: test", "NOTICE_LAPSED trail: DELIVERED: test",
                "NOTICE_ANSWERED trail: DELIVERED: test"), late.getDeliveries());
        assertEquals(late.getDeliveries(), service.notices(SUPERVISOR, "c1", null, null, null, PageRequest.of(0, 20))
                .getItems().get(0).getDeliveries());
    }

    @Test
    void aLimitOverdueBeyondTheConfiguredWorkingDaysOpensOneRecord() {
        OpenDeadline d = new OpenDeadline();
        d.setSource("case");
        d.setSubjectId("c1");
        d.setCaseId("c1");
        d.setCaseNumber("青信〔2026〕7号");
        d.setLimit("HANDLING");
        d.setLimitLabel("办理期限");
        d.setDueDate(LocalDate.of(2026, 10, 23));
        d.setTownship("341122101");
        d.setUnit("land");
        // Due Friday 23 October; five working days later (Friday 30) it is not beyond 5, on Monday 2 November it is.
        accountability.overdue("case", List.of(d), LocalDate.of(2026, 10, 30));
        assertEquals(0, service.accountability(SUPERVISOR, null, null, PageRequest.of(0, 20)).getTotal());
        accountability.overdue("case", List.of(d), MONDAY);
        accountability.overdue("case", List.of(d), MONDAY.plusDays(1));
        List<AccountabilityRecord> records = service.accountability(SUPERVISOR, "341122101", null, PageRequest.of(0, 20)).getItems();
        assertEquals(1, records.size());
        assertEquals(AccountabilityTrigger.OVERDUE_BEYOND_LIMIT, records.get(0).getTrigger());
        assertTrue(records.get(0).getDetail().contains("2026年10月23日届满"), records.get(0).getDetail());
    }

    @Test
    void aDeclinedCaseAssignedBackToTheSameUnitOpensARecordAndOneGivenToAnotherDoesNot() {
        service.handleEvent(event("c1", "land", "DECLINE"));
        service.handleEvent(event("c1", "land", "DECIDE_DECLINE"));
        service.handleEvent(event("c2", "water", "DECLINE"));
        service.handleEvent(event("c2", "forestry", "DECIDE_DECLINE"));
        List<AccountabilityRecord> records = service.accountability(SUPERVISOR, null, null, PageRequest.of(0, 20)).getItems();
        assertEquals(1, records.size());
        assertEquals(AccountabilityTrigger.TRANSFER_BOUNCED, records.get(0).getTrigger());
        assertEquals("c1", records.get(0).getCaseId());

        Actor township = Actor.fromRoleNames("sv2", List.of("supervisor", "township:341122101"));
        Conclusion c = new Conclusion();
        c.setConclusion("约谈国土所负责人");
        assertEquals(ErrorCode.ACCESS_DENIED, assertThrows(TiaojieException.class,
                () -> service.closeAccountability(township, records.get(0).getId(), c)).code());
        AccountabilityRecord closed = service.closeAccountability(SUPERVISOR, records.get(0).getId(), c);
        assertTrue(closed.isClosed());
        assertEquals("约谈国土所负责人", closed.getConclusion());
        assertEquals(ErrorCode.ILLEGAL_TRANSITION, assertThrows(TiaojieException.class,
                () -> service.closeAccountability(SUPERVISOR, records.get(0).getId(), c)).code());
    }

    private static Event event(String caseId, String department, String action) {
        Map<String, Object> p = new HashMap<>();
        p.put("caseId", caseId);
        p.put("caseNumber", "青信〔2026〕" + caseId);
        p.put("township", "341122101");
        p.put("department", department);
        p.put("action", action);
        return new Event(action.equals("DECLINE") ? "tiaojie/case/DECLINE_PENDING" : "tiaojie/case/DISPATCHED", p);
    }

    @Test
    void aNoticeAskedWrongSaysWhatAndStoresNothing() {
        ValidationException today = assertThrows(ValidationException.class, () -> issue(NoticeKind.SUPERVISION, MONDAY));
        assertEquals("replyBy", today.violations().get(0).getField());
        NoticeRequest r = new NoticeRequest();
        r.setKind(NoticeKind.ASSIGNMENT);
        r.setCaseId("c1");
        r.setRequired("x".repeat(2001));
        r.setReplyBy(MONDAY.plusDays(100));
        ValidationException both = assertThrows(ValidationException.class, () -> service.issueNotice(SUPERVISOR, r));
        assertEquals(2, both.violations().size());
        r.setRequired("核实");
        r.setReplyBy(MONDAY.plusDays(3));
        r.setCaseId("nope");
        assertEquals(ErrorCode.CASE_NOT_FOUND, assertThrows(TiaojieException.class, () -> service.issueNotice(SUPERVISOR, r)).code());
        assertEquals(ErrorCode.ACCESS_DENIED, assertThrows(TiaojieException.class, () -> service.issueNotice(HANDLER, r)).code());
        assertEquals(0, service.notices(SUPERVISOR, null, null, null, null, PageRequest.of(0, 20)).getTotal());
    }

    @Test
    void actionsAndReturnVisitsAreRecordedAgainstTheCase() {
        SupervisionNotice n = issue(NoticeKind.SUPERVISION, MONDAY.plusDays(5));
        ActionRequest a = new ActionRequest();
        a.setCaseId("c1");
        a.setNoticeId(n.getId());
        a.setMethod(ContactMethod.ON_SITE);
        a.setResult("实地督查，所长承诺周五前发放");
        service.recordAction(SUPERVISOR, a);
        a.setNoticeId("another");
        assertEquals("noticeId", assertThrows(ValidationException.class, () -> service.recordAction(SUPERVISOR, a))
                .violations().get(0).getField());
        assertEquals(1, service.actions(HANDLER, "c1", PageRequest.of(0, 20)).getTotal());

        ReturnVisitRequest v = new ReturnVisitRequest();
        v.setCaseId("c1");
        v.setMethod(ContactMethod.PHONE);
        v.setOutcome("补偿款已到账");
        v.setSatisfaction(Evaluation.SATISFIED);
        assertEquals(ErrorCode.ILLEGAL_TRANSITION, assertThrows(TiaojieException.class,
                () -> service.recordReturnVisit(SUPERVISOR, v)).code(), "the case is still being handled");
        caseViews.put("c1", view("c1", "青信〔2026〕7号", CaseStatus.CLOSED, "land"));
        service.recordReturnVisit(SUPERVISOR, v);
        assertEquals(Evaluation.SATISFIED, service.returnVisits(HANDLER, "c1", PageRequest.of(0, 20)).getItems().get(0)
                .getSatisfaction());
        Actor elsewhere = Actor.fromRoleNames("clerk2", List.of("clerk", "township:341122102"));
        assertEquals(0, service.returnVisits(elsewhere, null, PageRequest.of(0, 20)).getTotal());
        assertFalse(service.returnVisits(SUPERVISOR, null, PageRequest.of(0, 20)).getItems().isEmpty());
    }

    @Test
    void theWeeksBulletinCountsWhatSupervisionDidAndWhereTheUnitsStand() {
        SupervisionNotice answered = issue(NoticeKind.SUPERVISION, MONDAY.plusDays(2));
        issue(NoticeKind.ASSIGNMENT, MONDAY.plusDays(1));
        clock.today(MONDAY.plusDays(1));
        service.replyToNotice(HANDLER, answered.getId(), reply("已办"));
        clock.today(MONDAY.plusDays(3));
        service.sweep(clock.today());
        caseViews.put("c1", view("c1", "青信〔2026〕7号", CaseStatus.CLOSED, "land"));
        ReturnVisitRequest v = new ReturnVisitRequest();
        v.setCaseId("c1");
        v.setMethod(ContactMethod.PHONE);
        v.setOutcome("已解决");
        v.setSatisfaction(Evaluation.DISSATISFIED);
        service.recordReturnVisit(SUPERVISOR, v);
        for (String id : List.of("k1", "k2", "k3")) {
            OpenDeadline d = new OpenDeadline();
            d.setSubjectId(id);
            d.setTownship("341122101");
            d.setUnit(id.equals("k3") ? "water" : "land");
            d.setDueDate(MONDAY);
            overdue.add(d);
        }

        // The week is not over: generated afresh, not kept.
        var now = service.bulletin(SUPERVISOR, null, MONDAY);
        assertEquals(2, now.getNoticesIssued());
        assertEquals(1, now.getNoticesAnswered());
        assertEquals(1, now.getNoticesLapsed());
        assertEquals(1, now.getReturnVisits());
        assertEquals(1, now.getDissatisfied());
        assertEquals(1, now.getAccountabilityOpened());
        assertEquals("land", now.getOverdueByUnit().get(0).getUnit());
        assertEquals(2, now.getOverdueByUnit().get(0).getCount());
        assertEquals(0, service.bulletins(SUPERVISOR, null, PageRequest.of(0, 10)).getTotal());

        // The next Monday's first run keeps last week's, of the county and each township known, once.
        clock.today(MONDAY.plusWeeks(1));
        bulletins.lastWeeks(clock.today());
        bulletins.lastWeeks(clock.today());
        assertEquals(1, service.bulletins(SUPERVISOR, null, PageRequest.of(0, 10)).getTotal());
        assertEquals(MONDAY, service.bulletin(HANDLER_CLERK, null, null).getWeekStart(), "a township's, for its clerk");
        assertEquals("341122101", service.bulletin(HANDLER_CLERK, null, null).getTownship());
        assertEquals(ErrorCode.ACCESS_DENIED, assertThrows(TiaojieException.class,
                () -> service.bulletin(HANDLER, null, null)).code());
    }

    private static final Actor HANDLER_CLERK = Actor.fromRoleNames("clerk", List.of("clerk", "township:341122101"));

    private static final class TestClock implements PlatformClock {
        private volatile Instant now = Instant.parse("2026-11-02T01:00:00Z");

        void today(LocalDate day) {
            now = day.atTime(LocalTime.of(9, 0)).atZone(ZONE).toInstant();
        }

        @Override
        public Instant now() {
            return now;
        }

        @Override
        public Instant realNow() {
            return now;
        }

        @Override
        public boolean isShifted() {
            return true;
        }
    }
}
