package org.tiaojie.mediation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.persistence.OptimisticLockException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import org.apache.aries.jpa.template.JpaTemplate;
import org.tiaojie.cases.api.Actor;
import org.tiaojie.cases.api.ErrorCode;
import org.tiaojie.cases.api.FieldViolation;
import org.tiaojie.cases.api.PersonalData;
import org.tiaojie.cases.api.Roles;
import org.tiaojie.cases.api.TiaojieException;
import org.tiaojie.cases.api.ValidationException;
import org.tiaojie.cases.api.mediation.MediationRecord;
import org.tiaojie.cases.api.mediation.MediationRequest;
import org.tiaojie.cases.api.mediation.MediationStep;
import org.tiaojie.cases.api.mediation.Party;
import org.tiaojie.cases.api.spi.MediationChannel;
import org.tiaojie.mediation.internal.jpa.FileEntity;
import org.tiaojie.mediation.internal.jpa.StepEntity;

/**
 * A mediation channel's service: the engine every channel shares, driven by the channel's
 * {@link ChannelPolicy}. Validates fully before it writes, refuses a step the rules do not allow (changing
 * nothing), numbers files per year, records every step, and turns concurrent edits into CONFLICT.
 */
public class MediationFiles implements MediationChannel {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** The action a reveal of the parties' contact data is authorised as, and how it is recorded. */
    public static final String REVEAL_PARTIES = "REVEAL_PARTIES";
    static final String PERSONAL_DATA_READ = "PERSONAL_DATA_READ";

    private final ChannelPolicy policy;
    private final FileStore store;
    private final String[] roles;
    private final Clock clock;

    /** For Blueprint: the roles that may read the channel's files, as one comma-separated list. */
    public MediationFiles(ChannelPolicy policy, JpaTemplate jpa, String roles) {
        this(policy, new FileStore(jpa), roles.split("\\s*,\\s*"), Clock.systemUTC());
    }

    public MediationFiles(ChannelPolicy policy, FileStore store, String[] roles, Clock clock) {
        this.policy = policy;
        this.store = store;
        this.roles = roles.clone();
        this.clock = clock;
    }

    @Override
    public Kind kind() {
        return policy.kind();
    }

    @Override
    public Assessment assess(DisputeFacts dispute) {
        return policy.assess(dispute);
    }

    @Override
    public MediationRecord open(Actor actor, MediationRequest request) {
        Roles.require(actor, roles);
        if (request == null) {
            throw ValidationException.of("request", FieldViolation.REQUIRED, "the mediation form is missing");
        }
        LocalDate today = today();
        List<FieldViolation> v = new ArrayList<>();
        if (request.getTownship() == null || !actor.canSeeTownship(request.getTownship())) {
            v.add(new FieldViolation("township", FieldViolation.UNKNOWN_VALUE, "a township you work for"));
        }
        policy.authorize(actor, ChannelPolicy.OPEN, request.getStage());
        MediationFile file = new MediationFile();
        policy.open(actor, request, file, today, v);
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
        FileEntity e = new FileEntity();
        e.setId(UUID.randomUUID().toString());
        e.setCreatedAt(clock.instant());
        copy(file, e);
        FileEntity stored = store.insert(e, policy.numberPrefix(), today.getYear(),
                f -> new StepEntity(f.getId(), clock.instant(), actor.userId(), "OPENED"));
        return view(stored, today);
    }

    @Override
    public MediationRecord get(Actor actor, String id) {
        Roles.require(actor, roles);
        FileEntity e = store.find(id).filter(f -> actor.canSeeTownship(f.getTownship())).orElseThrow(() -> notFound(id));
        return view(e, today());
    }

    @Override
    public List<MediationRecord> list(Actor actor, String status) {
        Roles.require(actor, roles);
        LocalDate today = today();
        return store.list(status).stream().filter(f -> actor.canSeeTownship(f.getTownship()))
                .map(f -> view(f, today)).toList();
    }

    @Override
    public MediationRecord perform(Actor actor, String id, MediationStep step) {
        Roles.require(actor, roles);
        LocalDate today = today();
        validate(step, today);
        LocalDate on = step.getOccurredOn() == null ? today : step.getOccurredOn();
        try {
            FileEntity after = store.change(id, e -> {
                if (!actor.canSeeTownship(e.getTownship())) {
                    throw notFound(id);
                }
                if (step.getExpectedVersion() != null && step.getExpectedVersion() != e.getVersion()) {
                    throw new TiaojieException(ErrorCode.CONFLICT, "record " + e.getNumber() + " changed; read it again");
                }
                MediationFile file = file(e);
                policy.authorize(actor, step.getAction(), file.stage);
                if (!policy.allows(file, step.getAction(), on)) {
                    throw refusal(file, step.getAction(), on);
                }
                if (!CommonSteps.apply(file, step, on)) {
                    policy.apply(file, step, on);
                }
                copy(file, e);
                return new StepEntity(e.getId(), clock.instant(), actor.userId(), step.getAction());
            }).orElseThrow(() -> notFound(id));
            return view(after, today);
        } catch (RuntimeException ex) {
            if (optimisticLock(ex)) {
                throw new TiaojieException(ErrorCode.CONFLICT, "record " + id + " changed at the same time; read it again", ex);
            }
            throw ex;
        }
    }

    @Override
    public List<Party> revealParties(Actor actor, String id, String purpose) {
        Roles.require(actor, roles);
        if (purpose == null || purpose.isBlank()) {
            throw ValidationException.of("purpose", FieldViolation.REQUIRED,
                    "say why the parties' contact data is needed; the reason is kept in the file's history");
        }
        if (purpose.length() > 500) {
            throw ValidationException.of("purpose", FieldViolation.TOO_LONG, "at most 500 characters");
        }
        FileEntity e = store.change(id, f -> {
            if (!actor.canSeeTownship(f.getTownship())) {
                throw notFound(id);
            }
            policy.authorize(actor, REVEAL_PARTIES, f.getStage());
            return new StepEntity(f.getId(), clock.instant(), actor.userId(), PERSONAL_DATA_READ, purpose.trim());
        }).orElseThrow(() -> notFound(id));
        return file(e).content.parties;
    }

    private void validate(MediationStep step, LocalDate today) {
        if (step == null || step.getAction() == null || !policy.actions().contains(step.getAction())) {
            throw ValidationException.of("action", FieldViolation.UNKNOWN_VALUE, "one of " + policy.actions());
        }
        List<FieldViolation> v = new ArrayList<>();
        if (step.getOccurredOn() != null && step.getOccurredOn().isAfter(today)) {
            v.add(new FieldViolation("occurredOn", FieldViolation.OUT_OF_RANGE, "not in the future"));
        }
        if (step.getSession() != null && step.getSession().getOn() != null && step.getSession().getOn().isAfter(today)) {
            v.add(new FieldViolation("session.on", FieldViolation.OUT_OF_RANGE, "not in the future"));
        }
        policy.validate(step, v);
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
    }

    private TiaojieException refusal(MediationFile file, String action, LocalDate on) {
        String expired = policy.expired(file, action, on);
        if (expired != null) {
            return new TiaojieException(ErrorCode.TIME_LIMIT_EXPIRED, expired);
        }
        return new TiaojieException(ErrorCode.ILLEGAL_TRANSITION, action + " is not possible for record " + file.number
                + " in status " + file.status + "; possible: " + allowed(file, on));
    }

    private List<String> allowed(MediationFile file, LocalDate on) {
        return policy.actions().stream().filter(a -> policy.allows(file, a, on)).toList();
    }

    private MediationRecord view(FileEntity e, LocalDate today) {
        MediationFile f = file(e);
        MediationRecord m = new MediationRecord();
        m.setId(e.getId());
        m.setVersion(e.getVersion());
        m.setNumber(f.number);
        m.setChannel(policy.kind().name());
        m.setStatus(f.status);
        m.setStage(f.stage);
        m.setCaseId(f.caseId);
        m.setTownship(f.township);
        m.setCategory(f.category);
        m.setMediator(f.mediator);
        m.setParties(masked(f.content.parties));
        m.setNonPublic(f.nonPublic);
        m.setDescription(f.content.description);
        m.setCourtCaseNumber(f.content.courtCaseNumber);
        m.setSessions(f.content.sessions);
        m.setAgreement(f.content.agreement);
        m.setCourtDocument(f.content.courtDocument);
        m.setOutcomeNote(f.content.outcomeNote);
        m.setOpenedOn(f.openedOn);
        m.setEscalatedFrom(f.escalatedFrom);
        Deadline deadline = policy.deadline(f);
        if (deadline != null) {
            m.setDueOn(deadline.due());
            m.setDueRule(deadline.rule());
            m.setOverdue(today.isAfter(deadline.due()));
        }
        m.setAllowedActions(allowed(f, today));
        policy.describe(f, m, today);
        return m;
    }

    /** Parties as everyone but the audited reveal sees them: phone numbers masked. */
    public static List<Party> masked(List<Party> parties) {
        List<Party> result = new ArrayList<>();
        for (Party p : parties) {
            Party m = new Party();
            m.setName(p.getName());
            m.setRole(p.getRole());
            m.setPhone(PersonalData.phone(p.getPhone()));
            result.add(m);
        }
        return result;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZONE));
    }

    static boolean optimisticLock(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException) {
                return true;
            }
        }
        return false;
    }

    private TiaojieException notFound(String id) {
        return new TiaojieException(ErrorCode.NOT_FOUND, "no " + policy.displayName() + " record " + id);
    }

    static MediationFile file(FileEntity e) {
        MediationFile f = new MediationFile();
        f.number = e.getNumber();
        f.status = e.getStatus();
        f.stage = e.getStage();
        f.caseId = e.getCaseId();
        f.township = e.getTownship();
        f.category = e.getCategory();
        f.bodyCode = e.getBodyCode();
        f.mediator = e.getMediator();
        f.nonPublic = e.isNonPublic();
        f.openedOn = e.getOpenedOn();
        f.markOn = e.getMarkOn();
        f.effectiveOn = e.getEffectiveOn();
        f.extensionDays = e.getExtensionDays();
        f.escalatedFrom = e.getEscalatedFrom();
        try {
            f.content = e.getContent() == null ? new MediationFile.Content()
                    : JSON.readValue(e.getContent(), MediationFile.Content.class);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("unreadable mediation file " + e.getNumber(), ex);
        }
        return f;
    }

    static void copy(MediationFile f, FileEntity e) {
        e.setStatus(f.status);
        e.setStage(f.stage);
        e.setCaseId(f.caseId);
        e.setTownship(f.township);
        e.setCategory(f.category);
        e.setBodyCode(f.bodyCode);
        e.setMediator(f.mediator);
        e.setNonPublic(f.nonPublic);
        e.setOpenedOn(f.openedOn);
        e.setMarkOn(f.markOn);
        e.setEffectiveOn(f.effectiveOn);
        e.setExtensionDays(f.extensionDays);
        e.setEscalatedFrom(f.escalatedFrom);
        try {
            e.setContent(JSON.writeValueAsString(f.content));
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("mediation file must be plain data", ex);
        }
    }
}
