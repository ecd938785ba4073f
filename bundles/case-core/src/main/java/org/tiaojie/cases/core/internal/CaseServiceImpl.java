package org.tiaojie.cases.core.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.tiaojie.cases.api.Acknowledgement;
import org.tiaojie.cases.api.Actor;
import org.tiaojie.cases.api.CaseService;
import org.tiaojie.cases.api.CaseStatus;
import org.tiaojie.cases.api.ErrorCode;
import org.tiaojie.cases.api.FieldViolation;
import org.tiaojie.cases.api.IntakeRequest;
import org.tiaojie.cases.api.Nature;
import org.tiaojie.cases.api.CaseView;
import org.tiaojie.cases.api.Petitioner;
import org.tiaojie.cases.api.PlatformClock;
import org.tiaojie.cases.api.ReassignRequest;
import org.tiaojie.cases.api.RegistrationOutcome;
import org.tiaojie.cases.api.QueryCodeIssue;
import org.tiaojie.cases.api.Roles;
import org.tiaojie.cases.api.RoutingState;
import org.tiaojie.cases.api.Source;
import org.tiaojie.cases.api.StepPassed;
import org.tiaojie.cases.core.internal.lifecycle.Lifecycle;
import org.tiaojie.cases.core.internal.lifecycle.LifecycleRecord;
import org.tiaojie.cases.core.internal.lifecycle.Milestones;
import org.tiaojie.cases.core.internal.time.TimeRules;
import org.tiaojie.cases.api.TiaojieException;
import org.tiaojie.cases.api.ValidationException;
import org.tiaojie.cases.api.event.CaseEvents;
import org.tiaojie.cases.core.internal.jpa.CaseEntity;
import org.tiaojie.cases.core.internal.jpa.PetitionerEmbeddable;
import org.tiaojie.records.internal.Retry;

/** Registration: validate everything, decide the route, then write case, number and audit in one transaction. */
public class CaseServiceImpl implements CaseService {
    private final CaseRepository repository;
    private final DepartmentRegistry departments;
    private final ReferenceDataImpl referenceData;
    private final TimeRules rules;
    private final IntakeValidator validator;
    private final EventPublisher events;
    private final PlatformClock clock;
    private final CaseViews views;

    public CaseServiceImpl(CaseRepository repository, DepartmentRegistry departments, ReferenceDataImpl referenceData,
                           EventPublisher events, TimeRules rules, PlatformClock clock) {
        this.repository = repository;
        this.rules = rules;
        this.referenceData = referenceData;
        this.departments = departments;
        this.validator = new IntakeValidator(referenceData);
        this.events = events;
        this.clock = clock;
        this.views = new CaseViews(rules, clock, departments);
    }

    @Override
    public Acknowledgement register(Actor actor, IntakeRequest request) {
        Roles.require(actor, Roles.CLERK);
        referenceData.requireLoaded();
        Moment now = Moment.of(clock);
        LocalDate today = now.date();
        List<FieldViolation> violations = validator.validate(request, today);
        if (request != null) {
            checkReceivedOn(request.getReceivedOn(), today, rules.limits().intakeMaxDaysLate(), violations);
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        if (!actor.canSeeTownship(request.getTownship())) {
            throw new TiaojieException(ErrorCode.ACCESS_DENIED,
                    actor.userId() + " is not assigned to township " + request.getTownship());
        }
        Nature nature = request.getNature() == null ? Nature.REQUEST : request.getNature();
        // A complaint about an official never reaches a department: it may be the unit complained about [30].
        Optional<DepartmentRegistry.Live> route = nature == Nature.COMPLAINT_ABOUT_OFFICIAL ? Optional.empty()
                : departments.route(request.getTownship(), request.getCategory());
        // Fields a department asks for that the clerk left out are not needed when the submission turns out to be a
        // repeat: the earlier case has them. They are required only if it becomes a new case.
        List<FieldViolation> neededForNewCase = List.of();
        if (route.isPresent()) {
            List<FieldViolation> fields = departmentFieldViolations(request, route.get());
            if (!fields.isEmpty() && request.getDepartmentFields().isEmpty()
                    && fields.stream().allMatch(v -> FieldViolation.REQUIRED.equals(v.getCode()))) {
                neededForNewCase = fields;
            } else if (!fields.isEmpty()) {
                throw new ValidationException(fields);
            }
        } else if (nature != Nature.COMPLAINT_ABOUT_OFFICIAL && !request.getDepartmentFields().isEmpty()) {
            // The form was made for a department that has gone: its fields cannot be checked, so none are kept.
            throw new TiaojieException(ErrorCode.DEPARTMENT_UNAVAILABLE, "the intake carries department fields "
                    + request.getDepartmentFields().keySet() + ", but no department of township " + request.getTownship()
                    + " that takes category " + request.getCategory() + " is online now; nothing was written. Retry "
                    + "when it is back, or register without department fields to leave the case in the petition "
                    + "office queue");
        }

        int year = today.getYear();
        LocalDate receivedOn = request.getReceivedOn() == null ? today : request.getReceivedOn();
        RepeatDetector repeats = new RepeatDetector(rules.limits().repeatRecentDays());
        List<FieldViolation> missing = neededForNewCase;
        String requestHash = request.getIdempotencyKey() == null ? null : RequestHash.of(actor.userId(), request);
        repository.prepareNumbering(request.getTownship(), year);
        CaseRepository.Stored stored = Retry.transaction(CaseRepository.STORE, () -> {
            CaseEntity fresh = newCase(actor, request, nature, route, now);
            startLifecycle(fresh, actor, today, receivedOn);
            return repository.insert(fresh, year, registrationAudit(actor, request, fresh, now, receivedOn),
                    earlier -> repeats.linkTo(request, earlier, today), () -> {
                        if (!missing.isEmpty()) {
                            throw new ValidationException(missing);
                        }
                    }, requestHash);
        });
        CaseSnapshot c = stored.snapshot();
        if (!stored.replayed()) {
            events.postCase(stored.repeat() ? CaseEvents.REPEAT_LINKED : CaseEvents.REGISTERED, c, actor.userId(), null);
        }
        return acknowledgement(c, stored.replayed(), stored.repeat());
    }

    /** The day received: not in the future, and at most the configured number of days back. */
    static void checkReceivedOn(LocalDate receivedOn, LocalDate today, int maxDaysLate, List<FieldViolation> v) {
        if (receivedOn == null) {
            return;
        }
        if (receivedOn.isAfter(today)) {
            v.add(new FieldViolation("receivedOn", FieldViolation.OUT_OF_RANGE, "not in the future (today is " + today + ")"));
        } else if (receivedOn.isBefore(today.minusDays(maxDaysLate))) {
            v.add(new FieldViolation("receivedOn", FieldViolation.OUT_OF_RANGE, "at most " + maxDaysLate
                    + " days back (intake.maxDaysLate), not before " + today.minusDays(maxDaysLate)));
        }
    }

    @Override
    public CaseView reassign(Actor actor, String caseId, ReassignRequest request) {
        Roles.require(actor, Roles.CLERK);
        if (request == null || request.getNote() == null || request.getNote().isBlank()) {
            throw ValidationException.of("note", FieldViolation.REQUIRED, "say why the case is reassigned");
        }
        if (request.getNote().length() > 2000) {
            throw ValidationException.of("note", FieldViolation.TOO_LONG, "at most 2000 characters");
        }
        String target = request.getDepartment() == null || request.getDepartment().isBlank() ? null
                : request.getDepartment().trim();
        Moment now = Moment.of(clock);
        CaseSnapshot after = Retry.transaction(CaseRepository.STORE, () -> repository.change(caseId, entity -> {
            if (!Access.maySee(actor, entity.getTownship(), entity.getRoutingState(), entity.getRegisteredBy())) {
                throw new TiaojieException(ErrorCode.CASE_NOT_FOUND, "no such case");
            }
            if (request.getExpectedVersion() != null && request.getExpectedVersion() != entity.getVersion()) {
                throw new TiaojieException(ErrorCode.CONFLICT, "case " + entity.getCaseNumber() + " is at version "
                        + entity.getVersion() + ", not " + request.getExpectedVersion() + "; read it again");
            }
            if (entity.getStatus().isFinal() || entity.getStatus() == CaseStatus.CLOSED) {
                throw new TiaojieException(ErrorCode.ILLEGAL_TRANSITION, "case " + entity.getCaseNumber() + " is "
                        + entity.getStatus() + "; only open cases are reassigned");
            }
            if (entity.getRoutingState() == RoutingState.WITHHELD) {
                throw new TiaojieException(ErrorCode.ILLEGAL_TRANSITION, "a complaint about an official is never "
                        + "given to a department [30]; refer it to discipline, or reclassify it first");
            }
            if (target != null && !departments.isLive(entity.getTownship(), target)) {
                throw new TiaojieException(ErrorCode.DEPARTMENT_UNAVAILABLE, "department " + target
                        + " is not online in township " + entity.getTownship() + "; nothing changed");
            }
            Map<String, Object> before = new LinkedHashMap<>();
            before.put("department", entity.getDepartment());
            before.put("routingState", views.routingState(entity.getTownship(), entity.getRoutingState(),
                    entity.getDepartment()).name());
            entity.setDepartment(target);
            entity.setRoutingState(target == null ? RoutingState.UNROUTED : RoutingState.ROUTED);
            entity.setUpdatedAt(now.at());
            Map<String, Object> afterValues = new LinkedHashMap<>();
            afterValues.put("department", target);
            afterValues.put("routingState", entity.getRoutingState().name());
            afterValues.put("note", request.getNote().trim());
            return new AuditDraft(actor.userId(), "REASSIGNED", now, before, afterValues);
        })).orElseThrow(() -> new TiaojieException(ErrorCode.CASE_NOT_FOUND, "no such case"));
        events.postCase(CaseEvents.REASSIGNED, after, actor.userId(), null);
        return views.staffView(after, actor);
    }

    private List<FieldViolation> departmentFieldViolations(IntakeRequest request, DepartmentRegistry.Live live) {
        try {
            return validator.validateDepartmentFields(request, live.intake());
        } catch (RuntimeException e) {
            if (!Plugins.leftDuringTheCall(e)) {
                throw e;
            }
            throw new TiaojieException(ErrorCode.SERVICE_UNAVAILABLE, "department " + live.department()
                    + " went offline while the intake was checked; nothing was written, please retry", e);
        }
    }

    private static CaseEntity newCase(Actor actor, IntakeRequest request, Nature nature,
                                      Optional<DepartmentRegistry.Live> route, Moment now) {
        CaseEntity c = new CaseEntity();
        c.setId(UUID.randomUUID().toString());
        c.setQueryCode(QueryCodes.next());
        c.setIdempotencyKey(request.getIdempotencyKey());
        c.setTownship(request.getTownship());
        c.setPetitionForm(request.getPetitionForm());
        c.setSource(request.getSource() == null ? Source.DIRECT : request.getSource());
        c.setCategory(request.getCategory());
        c.setStatus(CaseStatus.REGISTERED);
        c.setNature(nature);
        c.setRoutingState(nature == Nature.COMPLAINT_ABOUT_OFFICIAL ? RoutingState.WITHHELD
                : route.isPresent() ? RoutingState.ROUTED : RoutingState.UNROUTED);
        c.setDepartment(route.map(DepartmentRegistry.Live::department).orElse(null));
        for (Petitioner p : request.getPetitioners()) {
            PetitionerEmbeddable petitioner = new PetitionerEmbeddable(p.getName().trim(), trimUpper(p.getIdNumber()),
                    trim(p.getPhone()), trim(p.getAddress()), trim(p.getVillage()));
            petitioner.setNamePinyin(Pinyin.column(petitioner.getName()));
            c.getPetitioners().add(petitioner);
        }
        request.getDepartmentFields().forEach((k, v) -> c.getDepartmentFields().put(k, v == null ? null : v.trim()));
        c.setHeadCount(request.getHeadCount() == null ? request.getPetitioners().size() : request.getHeadCount());
        c.setPriorLevel(request.getPriorLevel());
        c.setContent(request.getContent().trim());
        c.setDemands(trim(request.getDemands()));
        c.setRegisteredAt(now.at());
        c.setRegisteredBy(actor.userId());
        c.setUpdatedAt(now.at());
        return c;
    }

    /** The first step, and the triage limit, counted from the day received, as the running due date. */
    private void startLifecycle(CaseEntity c, Actor actor, LocalDate on, LocalDate receivedOn) {
        LifecycleRecord r = LifecycleRecord.fromJson(null, on);
        r.receivedOn = receivedOn.equals(on) ? null : receivedOn;
        r.nature = c.getNature();
        StepPassed passed = new StepPassed();
        passed.setStatus(CaseStatus.REGISTERED);
        passed.setOn(on);
        passed.setBy(actor.userId());
        r.stepsPassed.add(passed);
        c.setLifecycle(r.toJson(), Milestones.of(r, rules));
        c.setDueDate(Lifecycle.nextDeadline(CaseStatus.REGISTERED, r, rules).getDueDate());
    }

    /** The audit keeps facts, not personal data: petitioners are counted, not copied. */
    private static AuditDraft registrationAudit(Actor actor, IntakeRequest request, CaseEntity c, Moment now,
                                                LocalDate receivedOn) {
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", c.getStatus().name());
        // The entry's own time is the registration; the day received is what the clocks run from.
        after.put("receivedOn", receivedOn.toString());
        after.put("township", c.getTownship());
        after.put("petitionForm", c.getPetitionForm().name());
        after.put("source", c.getSource().name());
        after.put("category", c.getCategory());
        after.put("nature", c.getNature().name());
        after.put("headCount", c.getHeadCount());
        if (c.getPriorLevel() != null) {
            after.put("priorLevel", c.getPriorLevel().name());
        }
        if (Boolean.TRUE.equals(request.getDifferentMatter())) {
            after.put("differentMatterConfirmed", true); // the clerk overrode repeat detection
        }
        after.put("routingState", c.getRoutingState().name());
        after.put("department", c.getDepartment());
        after.put("petitioners", c.getPetitioners().size());
        return new AuditDraft(actor.userId(), "REGISTERED", now, null, after);
    }

    private static Acknowledgement acknowledgement(CaseSnapshot c, boolean replayed, boolean repeat) {
        Acknowledgement ack = new Acknowledgement();
        ack.setCaseId(c.id());
        ack.setCaseNumber(c.caseNumber());
        // A repeat is on an earlier receipt; the code stays with whoever holds that receipt.
        ack.setQueryCode(repeat ? null : c.queryCode());
        ack.setOutcome(repeat ? RegistrationOutcome.LINKED_AS_REPEAT : RegistrationOutcome.REGISTERED);
        ack.setRepeatCount(c.repeatCount());
        ack.setRegisteredAt(c.registeredAt());
        ack.setTownship(c.township());
        ack.setRoutingState(c.routingState());
        ack.setDepartment(c.department());
        ack.setReplayed(replayed);
        return ack;
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static String trimUpper(String s) {
        String t = trim(s);
        return t == null ? null : t.toUpperCase();
    }

    @Override
    public QueryCodeIssue reissueQueryCode(Actor actor, String caseId) {
        Roles.require(actor, Roles.CLERK);
        Moment now = Moment.of(clock);
        String code = QueryCodes.next();
        CaseSnapshot after = Retry.transaction(CaseRepository.STORE, () -> repository.change(caseId, entity -> {
            if (!Access.maySee(actor, entity.getTownship(), entity.getRoutingState(), entity.getRegisteredBy())) {
                throw new TiaojieException(ErrorCode.CASE_NOT_FOUND, "no such case");
            }
            entity.setQueryCode(code);
            entity.setUpdatedAt(now.at());
            // The trail says that and when a new code was given, never the code: it is the petitioner's key.
            return new AuditDraft(actor.userId(), "QUERY_CODE_REISSUED", now, null, Map.of("reason", "lost"));
        })).orElseThrow(() -> new TiaojieException(ErrorCode.CASE_NOT_FOUND, "no such case"));
        QueryCodeIssue issue = new QueryCodeIssue();
        issue.setCaseId(after.id());
        issue.setCaseNumber(after.caseNumber());
        issue.setQueryCode(after.queryCode());
        issue.setIssuedAt(now.at());
        return issue;
    }
}
