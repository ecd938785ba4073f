package org.tiaojie.cases.core.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.persistence.OptimisticLockException;
import javax.persistence.PersistenceException;

import org.tiaojie.cases.api.Actor;
import org.tiaojie.cases.api.Roles;
import org.tiaojie.cases.api.CaseAction;
import org.tiaojie.cases.api.CaseStatus;
import org.tiaojie.cases.api.CaseView;
import org.tiaojie.cases.api.Deadline;
import org.tiaojie.cases.api.ErrorCode;
import org.tiaojie.cases.api.FieldViolation;
import org.tiaojie.cases.api.LifecycleService;
import org.tiaojie.cases.api.Nature;
import org.tiaojie.cases.api.PetitionerEvaluation;
import org.tiaojie.cases.api.PlatformClock;
import org.tiaojie.cases.api.Progress;
import org.tiaojie.cases.api.RoutingState;
import org.tiaojie.cases.api.StepPassed;
import org.tiaojie.cases.api.StepRequest;
import org.tiaojie.cases.api.TiaojieException;
import org.tiaojie.cases.api.ValidationException;
import org.tiaojie.cases.api.event.CaseEvents;
import org.tiaojie.cases.api.spi.LegalAidReferral;
import org.tiaojie.cases.core.internal.jpa.CaseEntity;
import org.tiaojie.cases.core.internal.lifecycle.Lifecycle;
import org.tiaojie.cases.core.internal.lifecycle.LifecycleRecord;
import org.tiaojie.cases.core.internal.lifecycle.Milestones;
import org.tiaojie.cases.core.internal.lifecycle.CaseSteps;
import org.tiaojie.cases.core.internal.lifecycle.StepRoles;
import org.tiaojie.cases.core.internal.lifecycle.StepValidator;
import org.tiaojie.cases.core.internal.time.TimeRules;
import org.tiaojie.records.internal.Retry;

/** Records the steps of the statutory path, each checked by {@link Lifecycle} and audited. */
public class LifecycleServiceImpl implements LifecycleService {
    private final CaseRepository repository;
    private final DepartmentRegistry departments;
    private final LegalAidOffers legalAid;
    private final TimeRules rules;
    private final EventPublisher events;
    private final PlatformClock clock;
    private final CaseViews views;

    public LifecycleServiceImpl(CaseRepository repository, DepartmentRegistry departments, LegalAidOffers legalAid,
                                TimeRules rules, EventPublisher events, PlatformClock clock) {
        this.repository = repository;
        this.departments = departments;
        this.legalAid = legalAid;
        this.rules = rules;
        this.events = events;
        this.clock = clock;
        this.views = new CaseViews(rules, clock, departments);
    }

    @Override
    public CaseView perform(Actor actor, String caseId, StepRequest step) {
        LocalDate today = views.today();
        // Who may take the step is checked before the form, so a caller without the role learns nothing of its rules.
        if (step == null || step.getAction() == null) {
            Roles.require(actor, Roles.CASE_READERS);
        } else {
            StepRoles.require(actor, step.getAction());
        }
        List<FieldViolation> violations = StepValidator.validate(step, today, rules.limits());
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        CaseAction action = step.getAction();
        LocalDate on = step.getOccurredOn() == null ? today : step.getOccurredOn();
        CaseSnapshot after;
        try {
            after = repository.change(caseId, entity -> apply(actor, entity, step, on)).orElse(null);
        } catch (OptimisticLockException e) {
            throw conflict(caseId, e);
        } catch (PersistenceException e) {
            if (e.getCause() instanceof OptimisticLockException) {
                throw conflict(caseId, e);
            }
            throw e;
        }
        if (after == null) {
            throw new TiaojieException(ErrorCode.CASE_NOT_FOUND, "no such case");
        }
        events.postCase(CaseEvents.topic(after.status()), after, actor.userId(), action.name());
        if (action == CaseAction.REDIRECT) {
            after = offerLegalAid(actor, after);
        }
        return views.staffView(after, actor);
    }

    /**
     * After the redirect has committed, so a legal-aid plug-in that is slow, failing or leaving cannot undo
     * it: the offer's reference is recorded on the case, or nothing is when no centre took it.
     */
    private CaseSnapshot offerLegalAid(Actor actor, CaseSnapshot c) {
        LifecycleRecord r = c.lifecycle();
        Optional<String> reference = legalAid.offer(new LegalAidReferral.Offer(c.id(), c.caseNumber(), c.township(),
                c.category(), r.legalRoute, c.demands()));
        if (reference.isEmpty()) {
            return c;
        }
        return Retry.transaction(CaseRepository.STORE, () -> repository.change(c.id(), entity -> {
            LifecycleRecord record = LifecycleRecord.fromJson(entity.getLifecycle(), r.registeredOn);
            record.legalAidOffer = reference.get();
            entity.setLifecycle(record.toJson(), Milestones.of(record, rules));
            Moment now = Moment.of(clock);
            entity.setUpdatedAt(now.at());
            return new AuditDraft(actor.userId(), "LEGAL_AID_OFFERED", now, null, Map.of("legalAidOffer", reference.get()));
        })).orElse(c);
    }

    /** Who the trail names for what the petitioner does with the query code (the code itself is never written). */
    static final String PETITIONER = "petitioner";

    @Override
    public Progress evaluate(String queryCode, PetitionerEvaluation evaluation) {
        if (evaluation == null || evaluation.getEvaluation() == null) {
            throw ValidationException.of("evaluation", FieldViolation.REQUIRED,
                    "SATISFIED, BASICALLY_SATISFIED or DISSATISFIED");
        }
        String code = queryCode == null ? "" : queryCode.trim().toUpperCase(java.util.Locale.ROOT);
        CaseSnapshot found = QueryCodes.wellFormed(code) ? repository.findByQueryCode(code).orElse(null) : null;
        if (found == null) {
            throw new TiaojieException(ErrorCode.NOT_FOUND, "no case with this query code");
        }
        LocalDate today = views.today();
        StepRequest step = new StepRequest();
        step.setAction(CaseAction.EVALUATE);
        step.setEvaluation(evaluation.getEvaluation());
        CaseSnapshot after;
        try {
            after = Retry.transaction(CaseRepository.STORE, () -> repository.change(found.id(), entity -> {
                // A code reissued in the meantime no longer opens the case.
                if (!code.equals(entity.getQueryCode())) {
                    throw new TiaojieException(ErrorCode.NOT_FOUND, "no case with this query code");
                }
                LifecycleRecord before = LifecycleRecord.fromJson(entity.getLifecycle(),
                        entity.getRegisteredAt().atZone(PlatformClock.ZONE).toLocalDate());
                try {
                    Lifecycle.check(entity.getStatus(), CaseAction.EVALUATE, before, today, rules);
                } catch (TiaojieException refused) {
                    throw new TiaojieException(ErrorCode.ILLEGAL_TRANSITION, before.evaluation != null
                            ? "the handling has been evaluated already" : "the handling can be evaluated once the reply "
                            + "has been served or the matter settled");
                }
                LifecycleRecord r = before.copy();
                CaseSteps.apply(r, step, today, rules);
                r.processFeedback = evaluation.getProcess();
                StepPassed passed = new StepPassed();
                passed.setStatus(entity.getStatus());
                passed.setAction(CaseAction.EVALUATE);
                passed.setOn(today);
                passed.setBy(PETITIONER);
                r.stepsPassed.add(passed);
                entity.setLifecycle(r.toJson(), Milestones.of(r, rules));
                Moment moment = Moment.of(clock);
                entity.setUpdatedAt(moment.at());
                Map<String, Object> now = new LinkedHashMap<>();
                now.put("status", entity.getStatus().name());
                now.put("on", today.toString());
                CaseSteps.trail(now, r, step);
                now.put("by", "the petitioner, with the query code");
                if (r.processFeedback != null) {
                    Map<String, Object> process = new LinkedHashMap<>();
                    process.put("heard", r.processFeedback.getHeard());
                    process.put("toldInTime", r.processFeedback.getToldInTime());
                    process.put("decisionExplained", r.processFeedback.getDecisionExplained());
                    process.values().removeIf(java.util.Objects::isNull);
                    now.put("process", process);
                }
                return new AuditDraft(PETITIONER, CaseAction.EVALUATE.name(), moment, null, now);
            })).orElse(null);
        } catch (OptimisticLockException e) {
            throw conflict(found.id(), e);
        }
        if (after == null) {
            throw new TiaojieException(ErrorCode.NOT_FOUND, "no case with this query code");
        }
        events.postCase(CaseEvents.topic(after.status()), after, PETITIONER, CaseAction.EVALUATE.name());
        return views.progress(after);
    }

    @Override
    public List<CaseAction> allowedActions(Actor actor, String caseId) {
        Roles.require(actor, Roles.CASE_READERS);
        CaseSnapshot c = repository.find(caseId).filter(s -> Access.maySee(actor, s.township(), s.routingState(), s.registeredBy()))
                .orElseThrow(() -> new TiaojieException(ErrorCode.CASE_NOT_FOUND, "no such case"));
        return views.allowedActions(c, c.lifecycle(), actor);
    }

    private AuditDraft apply(Actor actor, CaseEntity entity, StepRequest step, LocalDate on) {
        if (!Access.maySee(actor, entity.getTownship(), entity.getRoutingState(), entity.getRegisteredBy())) {
            throw new TiaojieException(ErrorCode.CASE_NOT_FOUND, "no such case");
        }
        if (step.getExpectedVersion() != null && step.getExpectedVersion() != entity.getVersion()) {
            throw new TiaojieException(ErrorCode.CONFLICT, "case " + entity.getCaseNumber() + " is at version "
                    + entity.getVersion() + ", not " + step.getExpectedVersion() + "; read it again");
        }
        CaseStatus from = entity.getStatus();
        Map<String, Object> was = new LinkedHashMap<>();
        was.put("status", from.name());
        LifecycleRecord before = LifecycleRecord.fromJson(entity.getLifecycle(),
                entity.getRegisteredAt().atZone(PlatformClock.ZONE).toLocalDate());
        LocalDate last = floor(before);
        if (on.isBefore(last)) {
            throw ValidationException.of("occurredOn", FieldViolation.OUT_OF_RANGE, before.stepsPassed.size() <= 1
                    ? "the petition was received on " + last + "; a step cannot precede it"
                    : "the previous step was recorded on " + last + "; a step cannot precede it");
        }
        if (step.getAction() == CaseAction.CLASSIFY && step.getNature() == Nature.COMPLAINT_ABOUT_OFFICIAL
                && !before.sharedWith.isEmpty()) {
            throw new TiaojieException(ErrorCode.ILLEGAL_TRANSITION, "the matter's data is already with "
                    + String.join(", ", before.sharedWith) + ", and a complaint about an official must reach no one "
                    + "[30, 46]: register the complaint as a new matter (nature COMPLAINT_ABOUT_OFFICIAL, differentMatter)");
        }
        CaseStatus to;
        try {
            to = Lifecycle.check(from, step.getAction(), before, on, rules);
        } catch (TiaojieException refused) {
            if (refused.code() != ErrorCode.ILLEGAL_TRANSITION) {
                throw refused;
            }
            // Only what this actor could do now, so the answer never suggests a step the case cannot take.
            List<CaseAction> possible = Lifecycle.allowed(from, before, on, rules).stream()
                    .filter(a -> StepRoles.mayPerform(actor, a)).toList();
            throw new TiaojieException(ErrorCode.ILLEGAL_TRANSITION, refused.getMessage() + "; possible now: "
                    + (possible.isEmpty() ? "none for you" : possible));
        }
        LifecycleRecord r = before.copy();
        CaseSteps.apply(r, step, on, rules);
        StepPassed passed = new StepPassed();
        passed.setStatus(to);
        passed.setAction(step.getAction());
        passed.setOn(on);
        passed.setBy(actor.userId());
        r.stepsPassed.add(passed);

        entity.setStatus(to);
        entity.setLifecycle(r.toJson(), Milestones.of(r, rules));
        if (step.getAction() == CaseAction.CLASSIFY) {
            was.put("nature", before.nature().name());
            was.put("routingState", entity.getRoutingState().name());
            reroute(entity, r.nature());
        }
        switch (step.getAction()) {
            case DISPATCH, DECIDE_DECLINE -> {
                entity.setHandlerUser(r.responsibility.getHandlerUserId());
                entity.setLeaderUser(r.responsibility.getResponsibleLeaderUserId());
            }
            // Declined, the case is the petition office's to decide again, no longer the handler's work.
            case DECLINE -> {
                entity.setHandlerUser(null);
                entity.setLeaderUser(null);
            }
            default -> {
            }
        }
        Deadline next = Lifecycle.nextDeadline(to, r, rules);
        entity.setDueDate(next == null || Lifecycle.isPetitionersWindow(next) ? null : next.getDueDate());
        Moment moment = Moment.of(clock);
        entity.setUpdatedAt(moment.at());

        Map<String, Object> now = new LinkedHashMap<>();
        now.put("status", to.name());
        now.put("on", on.toString());
        if (step.getNote() != null && !step.getNote().isBlank()) {
            now.put("note", step.getNote().trim());
        }
        CaseSteps.trail(now, r, step);
        if (step.getAction() == CaseAction.CLASSIFY) {
            now.put("routingState", entity.getRoutingState().name());
            now.put("department", entity.getDepartment());
        }
        return new AuditDraft(actor.userId(), step.getAction().name(), moment, was, now);
    }

    /** The earliest date the next step may carry: the last step's, and for the first step the day received. */
    private static LocalDate floor(LifecycleRecord r) {
        if (r.stepsPassed.size() <= 1) {
            return r.receivedOn();
        }
        return r.stepsPassed.get(r.stepsPassed.size() - 1).getOn();
    }

    /**
     * After a reclassification: a complaint about an official is withheld from every department [30]; a
     * matter that stops being one is routed like a new intake, to the live department of its township.
     */
    private void reroute(CaseEntity entity, Nature nature) {
        entity.setNature(nature);
        if (nature == Nature.COMPLAINT_ABOUT_OFFICIAL) {
            entity.setDepartment(null);
            entity.setRoutingState(RoutingState.WITHHELD);
        } else if (entity.getRoutingState() == RoutingState.WITHHELD) {
            Optional<DepartmentRegistry.Live> live = departments.route(entity.getTownship(), entity.getCategory());
            entity.setDepartment(live.map(DepartmentRegistry.Live::department).orElse(null));
            entity.setRoutingState(live.isPresent() ? RoutingState.ROUTED : RoutingState.UNROUTED);
        }
    }

    private static TiaojieException conflict(String caseId, Exception e) {
        return new TiaojieException(ErrorCode.CONFLICT, "the case was changed at the same time; read it again", e);
    }
}
