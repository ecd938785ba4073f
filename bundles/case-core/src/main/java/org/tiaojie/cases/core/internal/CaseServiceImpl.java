package org.tiaojie.cases.core.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.osgi.service.blueprint.container.ServiceUnavailableException;
import org.tiaojie.cases.api.Acknowledgement;
import org.tiaojie.cases.api.Actor;
import org.tiaojie.cases.api.CaseService;
import org.tiaojie.cases.api.CaseStatus;
import org.tiaojie.cases.api.ErrorCode;
import org.tiaojie.cases.api.FieldViolation;
import org.tiaojie.cases.api.IntakeRequest;
import org.tiaojie.cases.api.Petitioner;
import org.tiaojie.cases.api.Roles;
import org.tiaojie.cases.api.RoutingState;
import org.tiaojie.cases.api.Source;
import org.tiaojie.cases.api.Stage;
import org.tiaojie.cases.core.internal.lifecycle.Lifecycle;
import org.tiaojie.cases.core.internal.lifecycle.LifecycleRecord;
import org.tiaojie.cases.core.internal.time.TimeRules;
import org.tiaojie.cases.api.TiaojieException;
import org.tiaojie.cases.api.ValidationException;
import org.tiaojie.cases.api.event.CaseEvents;
import org.tiaojie.cases.core.internal.jpa.CaseEntity;
import org.tiaojie.cases.core.internal.jpa.PetitionerEmbeddable;

/** Registration: validate everything, decide the route, then write case, number and audit in one transaction. */
public class CaseServiceImpl implements CaseService {
    /** Case numbers and years follow the county's local time. */
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final CaseRepository repository;
    private final DepartmentRegistry departments;
    private final ReferenceDataImpl referenceData;
    private final TimeRules rules;
    private final IntakeValidator validator;
    private final EventPublisher events;
    private final Clock clock;

    public CaseServiceImpl(CaseRepository repository, DepartmentRegistry departments, ReferenceDataImpl referenceData,
                           EventPublisher events, TimeRules rules) {
        this(repository, departments, referenceData, events, rules, Clock.systemUTC());
    }

    CaseServiceImpl(CaseRepository repository, DepartmentRegistry departments, ReferenceDataImpl referenceData,
                    EventPublisher events, TimeRules rules, Clock clock) {
        this.repository = repository;
        this.rules = rules;
        this.referenceData = referenceData;
        this.departments = departments;
        this.validator = new IntakeValidator(referenceData);
        this.events = events;
        this.clock = clock;
    }

    @Override
    public Acknowledgement register(Actor actor, IntakeRequest request) {
        Access.require(actor, Roles.CLERK, Roles.COUNTY);
        referenceData.requireLoaded();
        List<FieldViolation> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        if (!actor.canSeeTownship(request.getTownship())) {
            throw new TiaojieException(ErrorCode.ACCESS_DENIED,
                    actor.userId() + " is not assigned to township " + request.getTownship());
        }
        Optional<DepartmentRegistry.Live> route = departments.route(request.getTownship(), request.getCategory());
        if (route.isPresent()) {
            checkDepartmentFields(request, route.get());
        }

        Instant now = clock.instant();
        int year = now.atZone(ZONE).getYear();
        CaseRepository.Stored stored = Retry.transaction(() -> {
            CaseEntity fresh = newCase(actor, request, route, now);
            startLifecycle(fresh, actor, now);
            return repository.insert(fresh, year, registrationAudit(actor, fresh, now));
        });
        CaseSnapshot c = stored.snapshot();
        if (!stored.replayed()) {
            Map<String, Object> event = new LinkedHashMap<>();
            event.put(CaseEvents.CASE_ID, c.id());
            event.put(CaseEvents.CASE_NUMBER, c.caseNumber());
            event.put(CaseEvents.TOWNSHIP, c.township());
            if (c.department() != null) {
                event.put(CaseEvents.DEPARTMENT, c.department());
            }
            event.put(CaseEvents.ACTOR, actor.userId());
            events.post(CaseEvents.REGISTERED, event);
        }
        return acknowledgement(c, stored.replayed());
    }

    private void checkDepartmentFields(IntakeRequest request, DepartmentRegistry.Live live) {
        List<FieldViolation> violations;
        try {
            violations = validator.validateDepartmentFields(request, live.intake());
        } catch (ServiceUnavailableException e) {
            throw new TiaojieException(ErrorCode.SERVICE_UNAVAILABLE, "department " + live.department()
                    + " went offline while the intake was checked; nothing was written, please retry", e);
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
    }

    private static CaseEntity newCase(Actor actor, IntakeRequest request, Optional<DepartmentRegistry.Live> route,
                                      Instant now) {
        CaseEntity c = new CaseEntity();
        c.setId(UUID.randomUUID().toString());
        c.setQueryCode(QueryCodes.next());
        c.setIdempotencyKey(request.getIdempotencyKey());
        c.setTownship(request.getTownship());
        c.setChannel(request.getChannel());
        c.setSource(request.getSource() == null ? Source.DIRECT : request.getSource());
        c.setCategory(request.getCategory());
        c.setStatus(CaseStatus.REGISTERED);
        c.setRoutingState(route.isPresent() ? RoutingState.ROUTED : RoutingState.UNROUTED);
        c.setDepartment(route.map(DepartmentRegistry.Live::department).orElse(null));
        for (Petitioner p : request.getPetitioners()) {
            c.getPetitioners().add(new PetitionerEmbeddable(p.getName().trim(), trimUpper(p.getIdNumber()),
                    trim(p.getPhone()), trim(p.getAddress()), trim(p.getVillage())));
        }
        request.getDepartmentFields().forEach((k, v) -> c.getDepartmentFields().put(k, v == null ? null : v.trim()));
        c.setContent(request.getContent().trim());
        c.setDemands(trim(request.getDemands()));
        c.setRegisteredAt(now);
        c.setRegisteredBy(actor.userId());
        c.setUpdatedAt(now);
        return c;
    }

    /** The first stage, and the triage limit as the running due date. */
    private void startLifecycle(CaseEntity c, Actor actor, Instant now) {
        LocalDate on = now.atZone(ZONE).toLocalDate();
        LifecycleRecord r = LifecycleRecord.fromJson(null, on);
        Stage stage = new Stage();
        stage.setStatus(CaseStatus.REGISTERED);
        stage.setOn(on);
        stage.setBy(actor.userId());
        r.stages.add(stage);
        c.setLifecycle(r.toJson());
        c.setDueDate(Lifecycle.nextDeadline(CaseStatus.REGISTERED, r, rules).getDueDate());
    }

    /** The audit keeps facts, not personal data: petitioners are counted, not copied. */
    private static AuditDraft registrationAudit(Actor actor, CaseEntity c, Instant now) {
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", c.getStatus().name());
        after.put("township", c.getTownship());
        after.put("channel", c.getChannel().name());
        after.put("source", c.getSource().name());
        after.put("category", c.getCategory());
        after.put("routingState", c.getRoutingState().name());
        after.put("department", c.getDepartment());
        after.put("petitioners", c.getPetitioners().size());
        return new AuditDraft(actor.userId(), "REGISTERED", now, null, after);
    }

    private static Acknowledgement acknowledgement(CaseSnapshot c, boolean replayed) {
        Acknowledgement ack = new Acknowledgement();
        ack.setCaseId(c.id());
        ack.setCaseNumber(c.caseNumber());
        ack.setQueryCode(c.queryCode());
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
}
