package org.tiaojie.supervision.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.osgi.service.event.Event;
import org.osgi.service.event.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tiaojie.cases.api.Actor;
import org.tiaojie.cases.api.CaseAction;
import org.tiaojie.cases.api.CaseQueryService;
import org.tiaojie.cases.api.CaseStatus;
import org.tiaojie.cases.api.CaseView;
import org.tiaojie.cases.api.ErrorCode;
import org.tiaojie.cases.api.FieldViolation;
import org.tiaojie.cases.api.Page;
import org.tiaojie.cases.api.PageRequest;
import org.tiaojie.cases.api.PlatformClock;
import org.tiaojie.cases.api.ReferenceData;
import org.tiaojie.cases.api.Roles;
import org.tiaojie.cases.api.RoutingState;
import org.tiaojie.cases.api.TiaojieException;
import org.tiaojie.cases.api.ValidationException;
import org.tiaojie.cases.api.event.CaseEvents;
import org.tiaojie.cases.api.spi.Notice;
import org.tiaojie.cases.api.supervision.AccountabilityRecord;
import org.tiaojie.cases.api.supervision.ActionRequest;
import org.tiaojie.cases.api.supervision.Bulletin;
import org.tiaojie.cases.api.supervision.Conclusion;
import org.tiaojie.cases.api.supervision.NoticeReply;
import org.tiaojie.cases.api.supervision.NoticeRequest;
import org.tiaojie.cases.api.supervision.NoticeStatus;
import org.tiaojie.cases.api.supervision.ReturnVisit;
import org.tiaojie.cases.api.supervision.ReturnVisitRequest;
import org.tiaojie.cases.api.supervision.SupervisionAction;
import org.tiaojie.cases.api.supervision.SupervisionNotice;
import org.tiaojie.cases.api.supervision.SupervisionService;

/**
 * Supervision notices, actions, return visits and accountability (督查督办). Every record is about a case the
 * caller may see, read through the core ({@link CaseQueryService#get}), and is scoped to its township as the cases
 * are. The sweep (run with the reminders) lapses the notices left unanswered past their reply date, escalates them
 * to the township and opens their accountability records; the case events tell a transfer declined and assigned
 * back.
 */
public class SupervisionServiceImpl implements SupervisionService, EventHandler {
    private static final Logger LOG = LoggerFactory.getLogger(SupervisionServiceImpl.class);
    private static final Pattern UNIT = Pattern.compile("[a-z][a-z0-9-]{0,39}");
    /** After the reply (or the settlement) a petitioner can be asked how it ended for them. */
    private static final Set<CaseStatus> VISITABLE = Set.of(CaseStatus.SETTLED, CaseStatus.SERVED, CaseStatus.CLOSED,
            CaseStatus.REVIEW_DECIDED, CaseStatus.REVIEW_SERVED, CaseStatus.RE_REVIEW_DECIDED);

    private final SupervisionStore store;
    private final Accountability accountability;
    private final Channels channels;
    private final SupervisionSettings settings;
    private final PlatformClock clock;
    private final CaseQueryService cases;
    private volatile ReferenceData referenceData;
    private volatile Bulletins bulletins;

    public SupervisionServiceImpl(SupervisionStore store, Accountability accountability, Channels channels,
                                  SupervisionSettings settings, PlatformClock clock, CaseQueryService cases) {
        this.store = store;
        this.accountability = accountability;
        this.channels = channels;
        this.settings = settings;
        this.clock = clock;
        this.cases = cases;
    }

    public void setReferenceData(ReferenceData referenceData) {
        this.referenceData = referenceData;
    }

    public void setBulletins(Bulletins bulletins) {
        this.bulletins = bulletins;
    }

    // --- notices

    @Override
    public SupervisionNotice issueNotice(Actor actor, NoticeRequest request) {
        requireSupervisor(actor);
        LocalDate today = clock.today();
        List<FieldViolation> v = new ArrayList<>();
        if (request == null) {
            throw ValidationException.of("body", FieldViolation.REQUIRED, "the notice");
        }
        if (request.getKind() == null) {
            v.add(new FieldViolation("kind", FieldViolation.REQUIRED, "ASSIGNMENT (交办函) or SUPERVISION (督办函)"));
        }
        String caseId = id(v, "caseId", request.getCaseId(), true);
        String required = text(v, "required", request.getRequired(), 2000, true);
        String unit = blank(request.getUnit()) ? null : request.getUnit().trim();
        if (unit != null && !UNIT.matcher(unit).matches()) {
            v.add(new FieldViolation("unit", FieldViolation.INVALID_FORMAT, "a department code, e.g. land"));
        }
        int maxDays = settings.oversight().maxReplyDays();
        if (request.getReplyBy() == null) {
            v.add(new FieldViolation("replyBy", FieldViolation.REQUIRED, "the date the reply is due"));
        } else if (!request.getReplyBy().isAfter(today) || request.getReplyBy().isAfter(today.plusDays(maxDays))) {
            v.add(new FieldViolation("replyBy", FieldViolation.OUT_OF_RANGE, "after today, at most " + maxDays
                    + " days ahead (" + today.plusDays(maxDays) + ")"));
        }
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
        CaseView c = cases.get(actor, caseId);
        if (c.getRoutingState() == RoutingState.WITHHELD) {
            throw new TiaojieException(ErrorCode.ILLEGAL_TRANSITION, "a complaint about an official is followed up by the "
                    + "discipline body; no notice goes to a unit about it");
        }
        if (c.getStatus() == CaseStatus.CLOSED) {
            throw new TiaojieException(ErrorCode.ILLEGAL_TRANSITION, "case " + c.getCaseNumber() + " is closed");
        }
        if (unit == null) {
            unit = c.getDepartment();
            if (unit == null) {
                throw ValidationException.of("unit", FieldViolation.REQUIRED, "case " + c.getCaseNumber()
                        + " has no department yet: name the unit that must reply");
            }
        }
        SupervisionNotice n = new SupervisionNotice();
        n.setId(UUID.randomUUID().toString());
        n.setKind(request.getKind());
        n.setCaseId(c.getId());
        n.setCaseNumber(c.getCaseNumber());
        n.setTownship(c.getTownship());
        n.setUnit(unit);
        n.setRequired(required);
        n.setReplyBy(request.getReplyBy());
        n.setStatus(NoticeStatus.OPEN);
        n.setIssuedBy(actor.userId());
        n.setIssuedAt(clock.now());
        store.insertNotice(n, today.getYear());
        deliver(n.getId(), notice(n, "NOTICE_ISSUED", null, "【" + kindLabel(n) + "】" + n.getNumber() + " "
                + n.getCaseNumber(), Townships.name(referenceData, n.getTownship()) + " " + n.getUnit() + "：" + required + "。请于"
                + ReminderTexts.day(n.getReplyBy()) + "前书面回复办理情况（" + n.getNumber() + "）。"));
        return store.notice(n.getId()).orElse(n);
    }

    @Override
    public SupervisionNotice replyToNotice(Actor actor, String noticeId, NoticeReply reply) {
        SupervisionNotice n = visibleNotice(actor, noticeId);
        if (!actor.units().contains(n.getUnit())) {
            throw new TiaojieException(ErrorCode.ACCESS_DENIED, actor.userId() + " is not of unit " + n.getUnit()
                    + ", to which " + n.getNumber() + " was issued");
        }
        List<FieldViolation> v = new ArrayList<>();
        String text = text(v, "reply", reply == null ? null : reply.getReply(), 2000, true);
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
        boolean late = clock.today().isAfter(n.getReplyBy());
        boolean answered = store.reply(n.getId(), NoticeStatus.OPEN, late ? NoticeStatus.ANSWERED_LATE : NoticeStatus.ANSWERED,
                text, actor.userId(), clock.now())
                || store.reply(n.getId(), NoticeStatus.LAPSED, NoticeStatus.ANSWERED_LATE, text, actor.userId(), clock.now());
        SupervisionNotice now = store.notice(n.getId()).orElseThrow();
        if (!answered) {
            throw new TiaojieException(ErrorCode.ILLEGAL_TRANSITION, n.getNumber() + " was answered already by "
                    + now.getRepliedBy());
        }
        deliver(now.getId(), notice(now, "NOTICE_ANSWERED", now.getIssuedBy(), "【回复】" + now.getNumber() + " "
                + now.getCaseNumber(), now.getUnit() + "回复" + now.getNumber() + (late ? "（逾期）" : "") + "：" + text));
        return store.notice(now.getId()).orElse(now);
    }

    /** Sends the notice through every channel and keeps each channel's answer with the supervision notice. */
    private void deliver(String noticeId, Notice notice) {
        store.recordDeliveries(noticeId, notice.getKind(), channels.deliverToAll(notice), clock.now());
    }

    @Override
    public SupervisionNotice notice(Actor actor, String noticeId) {
        return visibleNotice(actor, noticeId);
    }

    @Override
    public Page<SupervisionNotice> notices(Actor actor, String caseId, String township, String unit, NoticeStatus status,
                                           PageRequest page) {
        Roles.require(actor, Townships.ORDINARY_READERS);
        var found = store.notices(scope(actor, township), caseId, township, unit, status, page.offset(), page.size());
        return new Page<>(found.items(), page.page(), page.size(), found.total());
    }

    private SupervisionNotice visibleNotice(Actor actor, String id) {
        Roles.require(actor, Townships.ORDINARY_READERS);
        return (id == null || id.length() > 36 ? java.util.Optional.<SupervisionNotice>empty() : store.notice(id))
                .filter(n -> actor.canSeeTownship(n.getTownship()))
                .orElseThrow(() -> new TiaojieException(ErrorCode.NOT_FOUND, "no supervision notice " + id));
    }

    /**
     * Lapses the notices whose reply date has passed unanswered, escalates each to the township and opens its
     * accountability record; a notice another run lapsed first is left to it.
     */
    int sweep(LocalDate today) {
        int lapsed = 0;
        for (SupervisionNotice n : store.unansweredPast(today, 500)) {
            if (!store.lapse(n.getId(), clock.now())) {
                continue;
            }
            lapsed++;
            accountability.lapsed(n);
            deliver(n.getId(), notice(n, "NOTICE_LAPSED", n.getIssuedBy(), "【逾期未复】" + n.getNumber() + " "
                    + n.getCaseNumber(), Townships.name(referenceData, n.getTownship()) + "：" + n.getUnit() + "未在" + ReminderTexts.day(n.getReplyBy())
                    + "前回复" + n.getNumber() + "，已提请问责并报乡镇主要负责人督办。"));
        }
        return lapsed;
    }

    // --- actions and return visits

    @Override
    public SupervisionAction recordAction(Actor actor, ActionRequest request) {
        requireSupervisor(actor);
        List<FieldViolation> v = new ArrayList<>();
        if (request == null) {
            throw ValidationException.of("body", FieldViolation.REQUIRED, "the action");
        }
        String caseId = id(v, "caseId", request.getCaseId(), true);
        String noticeId = id(v, "noticeId", request.getNoticeId(), false);
        if (request.getMethod() == null) {
            v.add(new FieldViolation("method", FieldViolation.REQUIRED, "PHONE, LETTER or ON_SITE"));
        }
        String result = text(v, "result", request.getResult(), 2000, true);
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
        CaseView c = cases.get(actor, caseId);
        if (noticeId != null && store.notice(noticeId).filter(n -> n.getCaseId().equals(c.getId())).isEmpty()) {
            throw ValidationException.of("noticeId", FieldViolation.UNKNOWN_VALUE, "a notice of case " + c.getCaseNumber());
        }
        SupervisionAction a = new SupervisionAction();
        a.setId(UUID.randomUUID().toString());
        a.setCaseId(c.getId());
        a.setCaseNumber(c.getCaseNumber());
        a.setTownship(c.getTownship());
        a.setNoticeId(noticeId);
        a.setMethod(request.getMethod());
        a.setResult(result);
        a.setRecordedBy(actor.userId());
        a.setRecordedAt(clock.now());
        store.insertAction(a);
        return a;
    }

    @Override
    public Page<SupervisionAction> actions(Actor actor, String caseId, PageRequest page) {
        Roles.require(actor, Townships.ORDINARY_READERS);
        var found = store.actions(scope(actor, null), caseId, page.offset(), page.size());
        return new Page<>(found.items(), page.page(), page.size(), found.total());
    }

    @Override
    public ReturnVisit recordReturnVisit(Actor actor, ReturnVisitRequest request) {
        Roles.require(actor, Roles.SUPERVISOR, Roles.CLERK);
        List<FieldViolation> v = new ArrayList<>();
        if (request == null) {
            throw ValidationException.of("body", FieldViolation.REQUIRED, "the return visit");
        }
        String caseId = id(v, "caseId", request.getCaseId(), true);
        if (request.getMethod() == null) {
            v.add(new FieldViolation("method", FieldViolation.REQUIRED, "PHONE, LETTER or ON_SITE"));
        }
        String outcome = text(v, "outcome", request.getOutcome(), 2000, true);
        if (request.getSatisfaction() == null) {
            v.add(new FieldViolation("satisfaction", FieldViolation.REQUIRED, "SATISFIED, BASICALLY_SATISFIED or DISSATISFIED"));
        }
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
        CaseView c = cases.get(actor, caseId);
        if (!VISITABLE.contains(c.getStatus())) {
            throw new TiaojieException(ErrorCode.ILLEGAL_TRANSITION, "a return visit follows the reply or the settlement; "
                    + c.getCaseNumber() + " is " + c.getStatus());
        }
        ReturnVisit r = new ReturnVisit();
        r.setId(UUID.randomUUID().toString());
        r.setCaseId(c.getId());
        r.setCaseNumber(c.getCaseNumber());
        r.setTownship(c.getTownship());
        r.setMethod(request.getMethod());
        r.setOutcome(outcome);
        r.setSatisfaction(request.getSatisfaction());
        r.setVisitedBy(actor.userId());
        r.setVisitedAt(clock.now());
        store.insertVisit(r);
        return r;
    }

    @Override
    public Page<ReturnVisit> returnVisits(Actor actor, String caseId, PageRequest page) {
        Roles.require(actor, Townships.ORDINARY_READERS);
        var found = store.visits(scope(actor, null), caseId, page.offset(), page.size());
        return new Page<>(found.items(), page.page(), page.size(), found.total());
    }

    // --- accountability

    @Override
    public Page<AccountabilityRecord> accountability(Actor actor, String township, Boolean closed, PageRequest page) {
        Roles.require(actor, Roles.SUPERVISOR, Roles.DISCIPLINE);
        var found = store.accountability(scope(actor, township), township, closed, page.offset(), page.size());
        return new Page<>(found.items(), page.page(), page.size(), found.total());
    }

    @Override
    public AccountabilityRecord closeAccountability(Actor actor, String id, Conclusion conclusion) {
        Roles.require(actor, Roles.SUPERVISOR);
        if (!actor.isCountyWide()) {
            throw new TiaojieException(ErrorCode.ACCESS_DENIED, "accountability records are closed by the county");
        }
        AccountabilityRecord a = (id == null || id.length() > 36 ? java.util.Optional.<AccountabilityRecord>empty()
                : store.accountabilityRecord(id)).filter(r -> actor.canSeeTownship(r.getTownship()))
                .orElseThrow(() -> new TiaojieException(ErrorCode.NOT_FOUND, "no accountability record " + id));
        List<FieldViolation> v = new ArrayList<>();
        String text = text(v, "conclusion", conclusion == null ? null : conclusion.getConclusion(), 2000, true);
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
        if (!store.close(a.getId(), text, actor.userId(), clock.now())) {
            throw new TiaojieException(ErrorCode.ILLEGAL_TRANSITION, "the record was closed already");
        }
        return store.accountabilityRecord(a.getId()).orElseThrow();
    }

    // --- the weekly bulletin

    @Override
    public Bulletin bulletin(Actor actor, String township, LocalDate weekOf) {
        String scope = bulletinScope(actor, township);
        LocalDate today = clock.today();
        LocalDate week = weekOf == null ? Bulletins.monday(today).minusWeeks(1) : weekOf;
        if (week.isAfter(today) || week.isBefore(today.minusYears(10))) {
            throw ValidationException.of("weekOf", FieldViolation.OUT_OF_RANGE, "a day of a week that has begun, at most "
                    + "ten years back");
        }
        return bulletins.week(scope, week);
    }

    @Override
    public Page<Bulletin> bulletins(Actor actor, String township, PageRequest page) {
        var found = bulletins.kept(bulletinScope(actor, township), page.offset(), page.size());
        return new Page<>(found.items(), page.page(), page.size(), found.total());
    }

    /** A township's bulletin for its staff; the county's for county staff (township null: the reader's own). */
    private String bulletinScope(Actor actor, String township) {
        Roles.require(actor, Roles.SUPERVISOR, Roles.CLERK, Roles.LEADER);
        if (township != null) {
            scope(actor, township);
            return township;
        }
        if (actor.isCountyWide()) {
            return null;
        }
        if (actor.townships().size() == 1) {
            return actor.townships().iterator().next();
        }
        throw ValidationException.of("township", FieldViolation.REQUIRED, "which of your townships");
    }

    // --- the case events: a decline, and the petition office's decision on it

    @Override
    public void handleEvent(Event event) {
        try {
            String caseId = (String) event.getProperty(CaseEvents.CASE_ID);
            String department = (String) event.getProperty(CaseEvents.DEPARTMENT);
            Object action = event.getProperty(CaseEvents.ACTION);
            if (caseId == null || department == null) {
                return;
            }
            if (CaseAction.DECLINE.name().equals(action)) {
                store.recordDecline(caseId, department, clock.now());
            } else if (CaseAction.DECIDE_DECLINE.name().equals(action)) {
                store.declinedBy(caseId).ifPresent(declined -> {
                    if (declined.equals(department)) {
                        accountability.bounced(caseId, (String) event.getProperty(CaseEvents.CASE_NUMBER),
                                (String) event.getProperty(CaseEvents.TOWNSHIP), department, "decline");
                    }
                    store.clearDecline(caseId);
                });
            }
        } catch (RuntimeException e) {
            LOG.warn("case event {} not followed up: {}", event.getTopic(), e.toString());
        }
    }

    // --- helpers

    private static void requireSupervisor(Actor actor) {
        if (!actor.hasRole(Roles.SUPERVISOR) && !(actor.hasRole(Roles.CLERK) && actor.isCountyWide())) {
            throw new TiaojieException(ErrorCode.ACCESS_DENIED, actor.userId() + " is neither a supervisor nor of the "
                    + "county bureau");
        }
    }

    /** The townships a list may show: the filter (checked), or the reader's townships (null: all). */
    private List<String> scope(Actor actor, String township) {
        return Townships.readable(referenceData, actor, township);
    }

    private static String id(List<FieldViolation> v, String field, String value, boolean required) {
        if (blank(value)) {
            if (required) {
                v.add(new FieldViolation(field, FieldViolation.REQUIRED, "an id"));
            }
            return null;
        }
        if (value.length() > 36) {
            v.add(new FieldViolation(field, FieldViolation.TOO_LONG, "at most 36 characters"));
            return null;
        }
        return value.trim();
    }

    private static String text(List<FieldViolation> v, String field, String value, int max, boolean required) {
        if (blank(value)) {
            if (required) {
                v.add(new FieldViolation(field, FieldViolation.REQUIRED, "a text"));
            }
            return null;
        }
        String t = value.trim();
        if (t.length() > max) {
            v.add(new FieldViolation(field, FieldViolation.TOO_LONG, "at most " + max + " characters"));
        }
        return t;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String kindLabel(SupervisionNotice n) {
        return n.getKind() == org.tiaojie.cases.api.supervision.NoticeKind.ASSIGNMENT ? "交办函" : "督办函";
    }

    private static Notice notice(SupervisionNotice n, String kind, String person, String subject, String body) {
        Notice notice = new Notice();
        notice.setId(n.getId() + ":" + kind);
        notice.setKind(kind);
        notice.setCaseId(n.getCaseId());
        notice.setCaseNumber(n.getCaseNumber());
        notice.setTownship(n.getTownship());
        notice.setUnit(n.getUnit());
        notice.setPerson(person);
        notice.setDueDate(n.getReplyBy());
        notice.setSubject(subject);
        notice.setBody(body);
        String shortText = subject + "，回复期限" + n.getReplyBy().getMonthValue() + "月" + n.getReplyBy().getDayOfMonth() + "日";
        notice.setShortText(shortText.length() <= 70 ? shortText : shortText.substring(0, 70));
        notice.setIssuedAt(n.getIssuedAt());
        return notice;
    }
}
