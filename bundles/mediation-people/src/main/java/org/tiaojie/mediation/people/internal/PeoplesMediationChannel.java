package org.tiaojie.mediation.people.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.persistence.OptimisticLockException;
import javax.persistence.PersistenceException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import org.tiaojie.cases.api.Actor;
import org.tiaojie.cases.api.ErrorCode;
import org.tiaojie.cases.api.FieldViolation;
import org.tiaojie.cases.api.Roles;
import org.tiaojie.cases.api.TiaojieException;
import org.tiaojie.cases.api.ValidationException;
import org.tiaojie.cases.api.mediation.Agreement;
import org.tiaojie.cases.api.mediation.MediationRecord;
import org.tiaojie.cases.api.mediation.MediationRequest;
import org.tiaojie.cases.api.mediation.MediationStep;
import org.tiaojie.cases.api.mediation.Party;
import org.tiaojie.cases.api.mediation.Session;
import org.tiaojie.cases.api.spi.MediationChannel;
import org.tiaojie.mediation.people.internal.jpa.HistoryEntity;
import org.tiaojie.mediation.people.internal.jpa.RecordEntity;

import static org.tiaojie.mediation.people.internal.PeoplesMediationRules.AGREED;
import static org.tiaojie.mediation.people.internal.PeoplesMediationRules.CONFIRMATION_REQUESTED;
import static org.tiaojie.mediation.people.internal.PeoplesMediationRules.ENDED;
import static org.tiaojie.mediation.people.internal.PeoplesMediationRules.FAILED;
import static org.tiaojie.mediation.people.internal.PeoplesMediationRules.FULFILLED;
import static org.tiaojie.mediation.people.internal.PeoplesMediationRules.OPEN;

/**
 * People's mediation — 人民调解 (《人民调解法》): voluntary (it cannot start if a party refuses, and either
 * party may end it), free, by the committee and mediator the parties chose; sessions recorded; an agreement
 * written or oral, followed up for performance; the 30-day window for judicial confirmation.
 */
public class PeoplesMediationChannel implements MediationChannel {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final int TEXT = 2000;

    private final MediationRepository repository;
    private final ChannelSettings settings;
    private final Clock clock;

    /** What the file holds beyond its columns. */
    static final class Body {
        public List<Party> parties = new ArrayList<>();
        public String description;
        public List<Session> sessions = new ArrayList<>();
        public Agreement agreement;
        public String outcomeNote;
    }

    public PeoplesMediationChannel(MediationRepository repository, ChannelSettings settings) {
        this(repository, settings, Clock.systemUTC());
    }

    PeoplesMediationChannel(MediationRepository repository, ChannelSettings settings, Clock clock) {
        this.repository = repository;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public Kind kind() {
        return Kind.PEOPLE;
    }

    @Override
    public Assessment assess(Dispute dispute) {
        if (!dispute.partiesConsent()) {
            return new Assessment(false, "people's mediation needs both parties' consent");
        }
        if (dispute.courtCaseExists()) {
            return new Assessment(false, "a court case is pending; judicial mediation fits better");
        }
        boolean committee = settings.committees().values().stream().anyMatch(c -> dispute.township().equals(c.township()));
        return committee ? new Assessment(true, "a committee of the township can mediate")
                : new Assessment(false, "no mediation committee is configured for township " + dispute.township());
    }

    @Override
    public MediationRecord open(Actor actor, MediationRequest r) {
        Roles.require(actor, Roles.MEDIATOR);
        List<FieldViolation> v = new ArrayList<>();
        if (r == null) {
            throw ValidationException.of("request", FieldViolation.REQUIRED, "the mediation form is missing");
        }
        if (!r.isPartiesConsent()) {
            v.add(new FieldViolation("partiesConsent", FieldViolation.OUT_OF_RANGE,
                    "people's mediation cannot start when a party refuses (人民调解法第十七条)"));
        }
        if (r.getTownship() == null || !actor.canSeeTownship(r.getTownship())) {
            v.add(new FieldViolation("township", FieldViolation.UNKNOWN_VALUE, "a township the mediator is assigned to"));
        }
        if (r.getCategory() == null || r.getCategory().isBlank()) {
            v.add(new FieldViolation("category", FieldViolation.REQUIRED, "the category of the dispute"));
        }
        boolean applicant = r.getParties().stream().anyMatch(p -> p != null && "APPLICANT".equals(p.getRole()));
        boolean respondent = r.getParties().stream().anyMatch(p -> p != null && "RESPONDENT".equals(p.getRole()));
        if (!applicant || !respondent) {
            v.add(new FieldViolation("parties", FieldViolation.REQUIRED, "at least an APPLICANT and a RESPONDENT"));
        }
        for (int i = 0; i < r.getParties().size(); i++) {
            Party p = r.getParties().get(i);
            if (p == null || p.getName() == null || p.getName().isBlank()) {
                v.add(new FieldViolation("parties[" + i + "].name", FieldViolation.REQUIRED, "the party's name"));
            }
        }
        ChannelSettings.Committee committee = r.getCommittee() == null ? null : settings.committees().get(r.getCommittee());
        if (committee == null) {
            v.add(new FieldViolation("committee", FieldViolation.UNKNOWN_VALUE, "one of " + settings.committees().keySet()));
        }
        ChannelSettings.Mediator mediator = r.getMediator() == null ? null : settings.mediators().get(r.getMediator());
        if (mediator == null || committee != null && !committee.code().equals(mediator.committee())) {
            v.add(new FieldViolation("mediator", FieldViolation.UNKNOWN_VALUE, "a mediator of the chosen committee"));
        }
        text(v, "description", r.getDescription(), true);
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
        RecordEntity e = new RecordEntity();
        e.setId(UUID.randomUUID().toString());
        e.setStatus(OPEN);
        e.setCaseId(r.getCaseId());
        e.setTownship(r.getTownship());
        e.setCategory(r.getCategory().trim());
        e.setCommittee(committee.code());
        e.setMediator(mediator.id());
        e.setNonPublic(r.isNonPublic());
        e.setCreatedAt(clock.instant());
        Body body = new Body();
        body.parties = r.getParties();
        body.description = r.getDescription().trim();
        e.setBody(write(body));
        RecordEntity stored = repository.insert(e, today().getYear(),
                new HistoryEntity(e.getId(), clock.instant(), actor.userId(), "OPENED"));
        return view(stored, actor);
    }

    @Override
    public MediationRecord get(Actor actor, String id) {
        Roles.require(actor, Roles.MEDIATOR);
        RecordEntity e = repository.find(id).filter(r -> actor.canSeeTownship(r.getTownship()))
                .orElseThrow(() -> notFound(id));
        return view(e, actor);
    }

    @Override
    public List<MediationRecord> list(Actor actor, String status) {
        Roles.require(actor, Roles.MEDIATOR);
        return repository.list(status).stream().filter(r -> actor.canSeeTownship(r.getTownship()))
                .map(r -> view(r, actor)).toList();
    }

    @Override
    public MediationRecord perform(Actor actor, String id, MediationStep step) {
        Roles.require(actor, Roles.MEDIATOR);
        LocalDate today = today();
        validate(step, today);
        String action = step.getAction();
        LocalDate on = step.getOccurredOn() == null ? today : step.getOccurredOn();
        try {
            RecordEntity after = repository.change(id, e -> {
                if (!actor.canSeeTownship(e.getTownship())) {
                    throw notFound(id);
                }
                if (step.getExpectedVersion() != null && step.getExpectedVersion() != e.getVersion()) {
                    throw new TiaojieException(ErrorCode.CONFLICT, "record " + e.getNumber() + " changed; read it again");
                }
                Body body = read(e.getBody());
                if (!PeoplesMediationRules.allows(e.getStatus(), action, body.sessions.size(), e.getEffectiveOn(), on,
                        settings.rules())) {
                    throw refusal(e, body, action, on);
                }
                switch (action) {
                    case "RECORD_SESSION" -> body.sessions.add(step.getSession());
                    case "WITHDRAW" -> {
                        body.outcomeNote = step.getNote().trim();
                        e.setStatus(ENDED);
                    }
                    case "FAIL" -> {
                        body.outcomeNote = step.getNote().trim();
                        e.setStatus(FAILED);
                    }
                    case "AGREE" -> {
                        Agreement a = step.getAgreement();
                        a.setEffectiveOn(on);
                        body.agreement = a;
                        e.setEffectiveOn(on);
                        e.setStatus(AGREED);
                    }
                    case "APPLY_CONFIRMATION" -> {
                        body.outcomeNote = step.getNote().trim();
                        e.setStatus(CONFIRMATION_REQUESTED);
                    }
                    case "RECORD_FULFILMENT" -> {
                        body.outcomeNote = step.getNote().trim();
                        e.setStatus(FULFILLED);
                    }
                    default -> throw new IllegalStateException(action);
                }
                e.setBody(write(body));
                return new HistoryEntity(e.getId(), clock.instant(), actor.userId(), action);
            }).orElseThrow(() -> notFound(id));
            return view(after, actor);
        } catch (OptimisticLockException ex) {
            throw new TiaojieException(ErrorCode.CONFLICT, "record " + id + " changed at the same time; read it again", ex);
        } catch (PersistenceException ex) {
            if (ex.getCause() instanceof OptimisticLockException) {
                throw new TiaojieException(ErrorCode.CONFLICT, "record " + id + " changed at the same time; read it again", ex);
            }
            throw ex;
        }
    }

    /** Too late to apply for confirmation is its own error; anything else is not possible in the status. */
    private TiaojieException refusal(RecordEntity e, Body body, String action, LocalDate on) {
        if ("APPLY_CONFIRMATION".equals(action) && AGREED.equals(e.getStatus())) {
            return new TiaojieException(ErrorCode.TIME_LIMIT_EXPIRED, "judicial confirmation had to be applied for by "
                    + PeoplesMediationRules.confirmationDue(e.getEffectiveOn(), settings.rules()));
        }
        return new TiaojieException(ErrorCode.ILLEGAL_TRANSITION, action + " is not possible for record " + e.getNumber()
                + " in status " + e.getStatus() + "; possible: " + PeoplesMediationRules.allowed(e.getStatus(),
                body.sessions.size(), e.getEffectiveOn(), on, settings.rules()));
    }

    private static void validate(MediationStep step, LocalDate today) {
        List<FieldViolation> v = new ArrayList<>();
        if (step == null || step.getAction() == null || !PeoplesMediationRules.ACTIONS.contains(step.getAction())) {
            throw ValidationException.of("action", FieldViolation.UNKNOWN_VALUE, "one of " + PeoplesMediationRules.ACTIONS);
        }
        if (step.getOccurredOn() != null && step.getOccurredOn().isAfter(today)) {
            v.add(new FieldViolation("occurredOn", FieldViolation.OUT_OF_RANGE, "not in the future"));
        }
        switch (step.getAction()) {
            case "RECORD_SESSION" -> {
                Session s = step.getSession();
                if (s == null) {
                    v.add(new FieldViolation("session", FieldViolation.REQUIRED, "date, place, participants and notes"));
                } else {
                    if (s.getOn() == null || s.getOn().isAfter(today)) {
                        v.add(new FieldViolation("session.on", FieldViolation.REQUIRED, "the session's date, not in the future"));
                    }
                    text(v, "session.place", s.getPlace(), true);
                    text(v, "session.participants", s.getParticipants(), true);
                    text(v, "session.notes", s.getNotes(), true);
                }
            }
            case "AGREE" -> {
                Agreement a = step.getAgreement();
                if (a == null) {
                    v.add(new FieldViolation("agreement", FieldViolation.REQUIRED, "the agreement"));
                } else {
                    if (!"WRITTEN".equals(a.getForm()) && !"ORAL".equals(a.getForm())) {
                        v.add(new FieldViolation("agreement.form", FieldViolation.UNKNOWN_VALUE, "WRITTEN or ORAL"));
                    }
                    text(v, "agreement.terms", a.getTerms(), true);
                }
            }
            default -> text(v, "note", step.getNote(), true);
        }
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
    }

    private MediationRecord view(RecordEntity e, Actor actor) {
        Body body = read(e.getBody());
        MediationRecord m = new MediationRecord();
        m.setId(e.getId());
        m.setVersion(e.getVersion());
        m.setNumber(e.getNumber());
        m.setChannel(Kind.PEOPLE.name());
        m.setStatus(e.getStatus());
        m.setCaseId(e.getCaseId());
        m.setTownship(e.getTownship());
        m.setCategory(e.getCategory());
        ChannelSettings.Committee c = settings.committees().get(e.getCommittee());
        m.setCommittee(c == null ? e.getCommittee() : c.name());
        ChannelSettings.Mediator md = settings.mediators().get(e.getMediator());
        m.setMediator(md == null ? e.getMediator() : md.name());
        m.setParties(body.parties);
        m.setNonPublic(e.isNonPublic());
        m.setDescription(body.description);
        m.setSessions(body.sessions);
        m.setAgreement(body.agreement);
        m.setOutcomeNote(body.outcomeNote);
        LocalDate today = today();
        if (e.getEffectiveOn() != null) {
            m.setConfirmationDue(PeoplesMediationRules.confirmationDue(e.getEffectiveOn(), settings.rules()));
        }
        m.setConfirmationReminder(PeoplesMediationRules.remind(e.getStatus(), e.getEffectiveOn(), today, settings.rules()));
        m.setAllowedActions(PeoplesMediationRules.allowed(e.getStatus(), body.sessions.size(), e.getEffectiveOn(), today,
                settings.rules()));
        return m;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZONE));
    }


    private static void text(List<FieldViolation> v, String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                v.add(new FieldViolation(field, FieldViolation.REQUIRED, "must not be empty"));
            }
        } else if (value.length() > TEXT) {
            v.add(new FieldViolation(field, FieldViolation.TOO_LONG, "at most " + TEXT + " characters"));
        }
    }

    private static TiaojieException notFound(String id) {
        return new TiaojieException(ErrorCode.NOT_FOUND, "no people's mediation record " + id);
    }

    private static String write(Body body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("mediation file must be plain data", e);
        }
    }

    private static Body read(String json) {
        try {
            return json == null ? new Body() : JSON.readValue(json, Body.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable mediation file", e);
        }
    }
}
