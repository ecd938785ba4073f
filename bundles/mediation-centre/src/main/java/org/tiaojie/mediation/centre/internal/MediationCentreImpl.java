package org.tiaojie.mediation.centre.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import javax.persistence.OptimisticLockException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import org.osgi.service.blueprint.container.ServiceUnavailableException;
import org.tiaojie.cases.api.Actor;
import org.tiaojie.cases.api.CaseAction;
import org.tiaojie.cases.api.CaseQueryService;
import org.tiaojie.cases.api.CaseView;
import org.tiaojie.cases.api.ErrorCode;
import org.tiaojie.cases.api.FieldViolation;
import org.tiaojie.cases.api.LifecycleService;
import org.tiaojie.cases.api.Page;
import org.tiaojie.cases.api.PageRequest;
import org.tiaojie.cases.api.Petitioner;
import org.tiaojie.cases.api.PlatformClock;
import org.tiaojie.cases.api.ReferenceData;
import org.tiaojie.cases.api.Roles;
import org.tiaojie.cases.api.Settlement;
import org.tiaojie.cases.api.StepRequest;
import org.tiaojie.cases.api.TiaojieException;
import org.tiaojie.cases.api.ValidationException;
import org.tiaojie.cases.api.mediation.Agreement;
import org.tiaojie.cases.api.mediation.ChannelAssessment;
import org.tiaojie.cases.api.mediation.Dispute;
import org.tiaojie.cases.api.mediation.DisputeDispatch;
import org.tiaojie.cases.api.mediation.DisputeIntake;
import org.tiaojie.cases.api.mediation.DisputeStep;
import org.tiaojie.cases.api.mediation.DisputeSummary;
import org.tiaojie.cases.api.mediation.MediationAttempt;
import org.tiaojie.cases.api.mediation.MediationCentre;
import org.tiaojie.cases.api.mediation.MediationRecord;
import org.tiaojie.cases.api.mediation.MediationRequest;
import org.tiaojie.cases.api.mediation.MediationStep;
import org.tiaojie.cases.api.mediation.Party;
import org.tiaojie.cases.api.spi.DisputeLocator;
import org.tiaojie.cases.api.spi.MediationChannel;
import org.tiaojie.mediation.centre.internal.jpa.DisputeEntity;
import org.tiaojie.mediation.internal.CommonSteps;
import org.tiaojie.mediation.internal.MediationFiles;

import static org.tiaojie.mediation.centre.internal.CentreRules.CASE_CLOSED;
import static org.tiaojie.mediation.centre.internal.CentreRules.CLOSE_CASE;
import static org.tiaojie.mediation.centre.internal.CentreRules.CONFIRMATION;
import static org.tiaojie.mediation.centre.internal.CentreRules.DISPATCH;
import static org.tiaojie.mediation.centre.internal.CentreRules.REFERRED;
import static org.tiaojie.mediation.centre.internal.CentreRules.REFER_TO_LEGAL_ROUTE;
import static org.tiaojie.mediation.centre.internal.CentreRules.REQUEST_CONFIRMATION;

/**
 * The grand-mediation centre — 大调解中心. Channels, cases and the case lifecycle are found in the service
 * registry at each call; a step that touches a channel and the dispute runs in one JTA transaction.
 */
public class MediationCentreImpl implements MediationCentre, DisputeLocator {
    /** The centre's staff: the petition office's clerks (the county bureau's too) and the township's mediators. */
    static final String[] STAFF = {Roles.CLERK, Roles.MEDIATOR};
    static final List<String> SOURCES = List.of("PETITION_CASE", "SCREENING", "WALK_IN");
    /** The name under which the core records a petition shared with the centre. */
    static final String MODULE = "mediation-centre";
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** What the dispute's file holds beyond its columns. */
    static final class Content {
        public String reference;
        public List<Party> parties = new ArrayList<>();
        public String description;
        public boolean partiesConsent;
        public boolean courtCaseExists;
        public List<MediationAttempt> attempts = new ArrayList<>();
        public String legalRoute;
    }

    private final DisputeStore store;
    private final List<MediationChannel> channels;
    private final CaseQueryService cases;
    private final LifecycleService lifecycle;
    private final PlatformClock clock;
    private volatile ReferenceData referenceData;

    public MediationCentreImpl(DisputeStore store, List<MediationChannel> channels, CaseQueryService cases,
                               LifecycleService lifecycle, PlatformClock clock) {
        this.store = store;
        this.channels = channels;
        this.cases = cases;
        this.lifecycle = lifecycle;
        this.clock = clock;
    }

    @Override
    public Dispute intake(Actor actor, DisputeIntake in) {
        Roles.require(actor, STAFF);
        if (in == null) {
            throw ValidationException.of("intake", FieldViolation.REQUIRED, "the dispute form is missing");
        }
        List<FieldViolation> v = new ArrayList<>();
        if (in.getSource() == null || !SOURCES.contains(in.getSource())) {
            throw ValidationException.of("source", FieldViolation.UNKNOWN_VALUE, "one of " + SOURCES);
        }
        if ("PETITION_CASE".equals(in.getSource()) && (in.getCaseId() == null || in.getCaseId().isBlank())) {
            throw ValidationException.of("caseId", FieldViolation.REQUIRED, "the petition case the dispute comes from");
        }
        // Sharing the case with the centre and taking the dispute in commit together, or neither does.
        return conflicts(in.getCaseId(), () -> store.inTransaction(() -> takeIn(actor, in, v)));
    }

    private Dispute takeIn(Actor actor, DisputeIntake in, List<FieldViolation> v) {
        DisputeEntity e = new DisputeEntity();
        Content c = new Content();
        List<Party> parties = new ArrayList<>();
        if ("PETITION_CASE".equals(in.getSource())) {
            CaseView petition = sharedPetition(actor, in.getCaseId());
            store.latestForCase(petition.getId())
                    .filter(d -> !List.of(REFERRED, CASE_CLOSED, CentreRules.RESOLVED).contains(d.getStatus()))
                    .ifPresent(d -> {
                        throw new TiaojieException(ErrorCode.CONFLICT, "case " + petition.getCaseNumber()
                                + " already has dispute " + d.getNumber() + " at the centre");
                    });
            e.setCaseId(petition.getId());
            e.setTownship(petition.getTownship());
            e.setCategory(petition.getCategory());
            for (Petitioner p : petition.getPetitioners()) {
                Party party = new Party();
                party.setName(p.getName());
                party.setRole("APPLICANT");
                parties.add(party);
            }
            c.description = in.getDescription() == null || in.getDescription().isBlank() ? petition.getContent()
                    : in.getDescription().trim();
        } else {
            if ("SCREENING".equals(in.getSource())) {
                CommonSteps.text(v, "reference", in.getReference(), true);
            }
            if (in.getTownship() == null || !actor.canSeeTownship(in.getTownship())) {
                v.add(new FieldViolation("township", FieldViolation.UNKNOWN_VALUE, "a township you work for"));
            }
            if (in.getCategory() == null || in.getCategory().isBlank()) {
                v.add(new FieldViolation("category", FieldViolation.REQUIRED, "the category of the dispute"));
            } else if (referenceData != null && referenceData.category(in.getCategory().trim()).isEmpty()) {
                v.add(new FieldViolation("category", FieldViolation.UNKNOWN_VALUE, "a category of the county's taxonomy"));
            }
            e.setTownship(in.getTownship());
            e.setCategory(in.getCategory() == null ? null : in.getCategory().trim());
            c.description = in.getDescription() == null ? null : in.getDescription().trim();
            c.reference = in.getReference();
        }
        for (Party p : in.getParties()) {
            if (p != null) {
                parties.add(p);
            }
        }
        MediationRequest check = new MediationRequest();
        check.setParties(parties);
        check.setCategory(e.getCategory());
        check.setDescription(c.description);
        check.setPartiesConsent(true);
        CommonSteps.checkRequest(check, "the centre", v);
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
        c.parties = parties;
        c.partiesConsent = in.isPartiesConsent();
        c.courtCaseExists = in.isCourtCaseExists();
        e.setId(UUID.randomUUID().toString());
        e.setSource(in.getSource());
        e.setStatus(CentreRules.NEW);
        e.setTakenInAt(clock.now());
        e.setContent(write(c));
        return view(store.insert(e, clock.today().getYear(), actor.userId(), clock.now()), c);
    }

    /**
     * The petition a dispute comes from, shared with the centre by the core. A complaint about an official is
     * refused exactly as a case that does not exist, so nothing of it reaches the centre, its mediators or the
     * unit complained about, and the answer does not reveal that it exists [30, 46].
     */
    private CaseView sharedPetition(Actor actor, String caseId) {
        try {
            return cases.share(actor, caseId, MODULE);
        } catch (TiaojieException notShared) {
            if (notShared.code() != ErrorCode.CASE_NOT_FOUND) {
                throw notShared;
            }
            throw ValidationException.of("caseId", FieldViolation.UNKNOWN_VALUE, "no petition case with this id");
        }
    }

    /** The county's master data, against which a walk-in dispute's category is checked. */
    public void setReferenceData(ReferenceData referenceData) {
        this.referenceData = referenceData;
    }

    @Override
    public Dispute get(Actor actor, String id) {
        Roles.require(actor, STAFF);
        return conflicts(id, () -> store.inTransaction(() -> {
            DisputeEntity e = visibleForUpdate(actor, id);
            Content c = read(e);
            String before = e.getContent();
            refresh(actor, e, c);
            if (!e.getContent().equals(before)) {
                // What the centre saw change in the channel is part of the dispute's history.
                e = store.save(e, actor.userId(), clock.now(), "TRACKED:" + e.getStatus());
            }
            return view(e, c);
        }));
    }

    @Override
    public Page<Dispute> list(Actor actor, String status, String township, PageRequest page) {
        Roles.require(actor, STAFF);
        if (township != null && !actor.canSeeTownship(township)) {
            throw new TiaojieException(ErrorCode.ACCESS_DENIED, actor.userId() + " is not assigned to township " + township);
        }
        List<String> townships = township != null ? List.of(township)
                : actor.isCountyWide() ? null : List.copyOf(actor.townships());
        var found = store.list(status, townships, page.offset(), page.size());
        return new Page<>(found.items().stream().map(e -> view(e, read(e))).toList(), page.page(), page.size(),
                found.total(), found.exact());
    }

    @Override
    public List<ChannelAssessment> assess(Actor actor, String id) {
        Roles.require(actor, STAFF);
        DisputeEntity e = visible(actor, id);
        Content c = read(e);
        MediationChannel.DisputeFacts facts = new MediationChannel.DisputeFacts(e.getCaseId(), e.getTownship(),
                e.getCategory(), c.partiesConsent, c.courtCaseExists);
        List<ChannelAssessment> result = new ArrayList<>();
        for (String kind : CentreRules.CHANNELS) {
            ChannelAssessment a = new ChannelAssessment();
            a.setChannel(kind);
            Optional<MediationChannel> channel = live(kind);
            a.setLive(channel.isPresent());
            if (channel.isEmpty()) {
                a.setReason("the " + kind.toLowerCase(Locale.ROOT) + " mediation channel is not installed now");
            } else {
                try {
                    MediationChannel.Assessment answer = channel.get().assess(facts);
                    a.setCanTake(answer.canTake());
                    a.setReason(answer.reason());
                } catch (ServiceUnavailableException leaving) {
                    a.setLive(false);
                    a.setReason("the channel is leaving");
                }
            }
            result.add(a);
        }
        return result;
    }

    @Override
    public Dispute dispatch(Actor actor, String id, DisputeDispatch d) {
        Roles.require(actor, STAFF);
        if (d == null || d.getChannel() == null || !CentreRules.CHANNELS.contains(d.getChannel())) {
            throw ValidationException.of("channel", FieldViolation.UNKNOWN_VALUE, "one of " + CentreRules.CHANNELS);
        }
        boolean confirmation = "JUDICIAL".equals(d.getChannel()) && CONFIRMATION.equals(d.getStage());
        return conflicts(id, () -> store.inTransaction(() -> {
            DisputeEntity e = visibleForUpdate(actor, id);
            expect(e, d.getExpectedVersion());
            Content c = read(e);
            MediationRecord seen = refresh(actor, e, c);
            MediationAttempt current = current(c);
            List<String> allowed = allowed(e, c);
            String needed = confirmation ? REQUEST_CONFIRMATION : DISPATCH;
            if (!allowed.contains(needed)) {
                throw new TiaojieException(ErrorCode.ILLEGAL_TRANSITION, (confirmation
                        ? "only an agreement just reached in people's or administrative mediation goes to the court for confirmation"
                        : "dispute " + e.getNumber() + " is " + e.getStatus() + (current == null ? ""
                        : " in " + current.getChannel() + " " + current.getRecordNumber()))
                        + "; possible: " + allowed);
            }
            MediationChannel target = require(d.getChannel());
            MediationRequest r = request(e, c, d, current);
            if (confirmation) {
                MediationChannel source = require(current.getChannel());
                r.setAgreement(currentRecord(actor, c, seen).getAgreement());
                MediationRecord opened = target.open(actor, r);
                MediationStep applied = new MediationStep();
                applied.setAction("APPLY_CONFIRMATION");
                applied.setNote("双方共同向法院申请司法确认（" + opened.getCourt() + "，" + opened.getNumber() + "）"
                        + (d.getNote() == null || d.getNote().isBlank() ? "" : "：" + d.getNote().trim()));
                source.perform(actor, current.getRecordId(), applied);
                c.attempts.add(attempt(opened));
            } else {
                c.attempts.add(attempt(target.open(actor, r)));
            }
            MediationAttempt now = current(c);
            e.setStatus(CentreRules.status(e.getStatus(), now.getStage(), now.getStatus()));
            e.setContent(write(c));
            DisputeEntity saved = store.save(e, actor.userId(), clock.now(),
                    (confirmation ? "CONFIRMATION:" : "DISPATCHED:") + d.getChannel());
            return view(saved, c);
        }));
    }

    @Override
    public Dispute perform(Actor actor, String id, String action, DisputeStep step) {
        Roles.require(actor, STAFF);
        if (!REFER_TO_LEGAL_ROUTE.equals(action) && !CLOSE_CASE.equals(action)) {
            throw ValidationException.of("action", FieldViolation.UNKNOWN_VALUE, REFER_TO_LEGAL_ROUTE + " or " + CLOSE_CASE);
        }
        DisputeStep s = step == null ? new DisputeStep() : step;
        List<FieldViolation> v = new ArrayList<>();
        if (REFER_TO_LEGAL_ROUTE.equals(action) && (s.getRoute() == null || !CentreRules.LEGAL_ROUTES.contains(s.getRoute()))) {
            v.add(new FieldViolation("route", FieldViolation.UNKNOWN_VALUE, "one of " + CentreRules.LEGAL_ROUTES));
        }
        CommonSteps.text(v, "note", s.getNote(), REFER_TO_LEGAL_ROUTE.equals(action));
        LocalDate today = clock.today();
        LocalDate on = s.getOccurredOn() == null ? today : s.getOccurredOn();
        if (on.isAfter(today)) {
            v.add(new FieldViolation("occurredOn", FieldViolation.OUT_OF_RANGE, "not in the future"));
        }
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
        return conflicts(id, () -> store.inTransaction(() -> {
            DisputeEntity e = visibleForUpdate(actor, id);
            expect(e, s.getExpectedVersion());
            Content c = read(e);
            LocalDate floor = floor(e, c);
            if (on.isBefore(floor)) {
                throw ValidationException.of("occurredOn", FieldViolation.OUT_OF_RANGE, "not before " + floor
                        + ", the dispute's last dated step: a step cannot precede the record it belongs to");
            }
            MediationRecord seen = refresh(actor, e, c);
            List<String> allowed = allowed(e, c);
            if (!allowed.contains(action)) {
                throw new TiaojieException(ErrorCode.ILLEGAL_TRANSITION, action + " is not possible for dispute "
                        + e.getNumber() + " in status " + e.getStatus() + "; possible: " + allowed);
            }
            if (REFER_TO_LEGAL_ROUTE.equals(action)) {
                c.legalRoute = s.getRoute() + "（" + on + "）：" + s.getNote().trim();
                e.setStatus(REFERRED);
            } else {
                closeCase(actor, e, currentRecord(actor, c, seen), s.getNote(), on);
                e.setStatus(CASE_CLOSED);
            }
            e.setContent(write(c));
            return view(store.save(e, actor.userId(), clock.now(), action), c);
        }));
    }

    @Override
    public List<Party> revealParties(Actor actor, String id, String purpose) {
        Roles.require(actor, STAFF);
        List<FieldViolation> v = new ArrayList<>();
        CommonSteps.text(v, "purpose", purpose, true);
        if (v.isEmpty() && purpose.length() > 500) {
            v.add(new FieldViolation("purpose", FieldViolation.TOO_LONG, "at most 500 characters"));
        }
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
        return store.inTransaction(() -> {
            DisputeEntity e = visible(actor, id);
            store.record(e.getId(), actor.userId(), clock.now(), "PERSONAL_DATA_READ", purpose.trim());
            return read(e).parties;
        });
    }

    /** Settles the petition case by the agreement and closes it; both steps are the case's own, audited there. */
    private void closeCase(Actor actor, DisputeEntity e, MediationRecord record, String note, LocalDate on) {
        Agreement agreement = record.getAgreement();
        Settlement settlement = new Settlement();
        settlement.setKind(Settlement.Kind.MEDIATION);
        settlement.setPartiesConsent(true);
        settlement.setTerms(agreement == null ? record.getOutcomeNote() : agreement.getTerms());
        settlement.setAgreedOn(agreement == null ? null : agreement.getEffectiveOn());
        StepRequest settle = new StepRequest();
        settle.setAction(CaseAction.SETTLE);
        settle.setSettlement(settlement);
        settle.setNote("经大调解中心" + e.getNumber() + "调解达成协议（" + record.getChannel() + " " + record.getNumber() + "）");
        settle.setOccurredOn(on);
        lifecycle.perform(actor, e.getCaseId(), settle);
        StepRequest close = new StepRequest();
        close.setOccurredOn(on);
        close.setAction(CaseAction.CLOSE);
        close.setNote(note == null || note.isBlank() ? "调解协议履行，信访事项办结" : note.trim());
        lifecycle.perform(actor, e.getCaseId(), close);
    }

    @Override
    public Optional<DisputeSummary> locate(String caseId) {
        return caseId == null ? Optional.empty() : store.latestForCase(caseId).map(e -> {
            Content c = read(e);
            MediationAttempt current = current(c);
            DisputeSummary s = new DisputeSummary();
            s.setDisputeId(e.getId());
            s.setNumber(e.getNumber());
            s.setStatus(e.getStatus());
            if (current != null) {
                s.setChannel(current.getChannel());
                s.setRecordNumber(current.getRecordNumber());
                s.setRecordStatus(current.getStatus());
            }
            return s;
        });
    }

    /**
     * Reads the current attempt from its channel and returns the record read, or null (no attempt yet, or the
     * channel away or refusing: what was last seen stands).
     */
    private MediationRecord refresh(Actor actor, DisputeEntity e, Content c) {
        MediationAttempt current = current(c);
        if (current == null) {
            return null;
        }
        Optional<MediationChannel> channel = live(current.getChannel());
        current.setLive(false);
        if (channel.isEmpty()) {
            return null;
        }
        try {
            MediationRecord r = channel.get().get(actor, current.getRecordId());
            current.setLive(true);
            current.setStatus(r.getStatus());
            current.setDueOn(r.getDueOn());
            current.setOverdue(r.isOverdue());
            current.setCalendarWarning(r.getCalendarWarning());
            String status = CentreRules.status(e.getStatus(), current.getStage(), r.getStatus());
            if (!status.equals(e.getStatus())) {
                e.setStatus(status);
            }
            // Written back only when something changed, so reading does not move the version.
            String json = write(c);
            if (!json.equals(e.getContent())) {
                e.setContent(json);
            }
            return r;
        } catch (ServiceUnavailableException leaving) {
            return null;
        } catch (TiaojieException unreadable) {
            // the channel refuses this reader or lost the record
            return null;
        }
    }

    /** The current attempt's record: the one just read, or read now (failing clearly if it cannot be). */
    private MediationRecord currentRecord(Actor actor, Content c, MediationRecord seen) {
        MediationAttempt current = current(c);
        return seen != null ? seen : require(current.getChannel()).get(actor, current.getRecordId());
    }

    private MediationRequest request(DisputeEntity e, Content c, DisputeDispatch d, MediationAttempt previous) {
        MediationRequest r = new MediationRequest();
        r.setCaseId(e.getCaseId());
        r.setTownship(e.getTownship());
        r.setCategory(e.getCategory());
        r.setParties(c.parties);
        r.setPartiesConsent(c.partiesConsent);
        r.setNonPublic(d.isNonPublic());
        r.setDescription(c.description);
        r.setCommittee(d.getCommittee());
        r.setMediator(d.getMediator());
        r.setDepartment(d.getDepartment());
        r.setCourt(d.getCourt());
        r.setStage(d.getStage());
        r.setCourtCaseNumber(d.getCourtCaseNumber());
        r.setSimpleProcedure(d.isSimpleProcedure());
        if (previous != null) {
            r.setEscalatedFrom(previous.getChannel() + ":" + previous.getRecordNumber());
        }
        return r;
    }

    private MediationAttempt attempt(MediationRecord r) {
        MediationAttempt a = new MediationAttempt();
        a.setChannel(r.getChannel());
        a.setStage(r.getStage());
        a.setRecordId(r.getId());
        a.setRecordNumber(r.getNumber());
        a.setStatus(r.getStatus());
        a.setLive(true);
        a.setDueOn(r.getDueOn());
        a.setOverdue(r.isOverdue());
        a.setCalendarWarning(r.getCalendarWarning());
        a.setSentAt(clock.now());
        return a;
    }

    private List<String> allowed(DisputeEntity e, Content c) {
        MediationAttempt current = current(c);
        return CentreRules.allowed(e.getStatus(), current == null ? null : current.getChannel(),
                current == null ? null : current.getStatus(), e.getCaseId() != null);
    }

    private Dispute view(DisputeEntity e, Content c) {
        Dispute d = new Dispute();
        d.setId(e.getId());
        d.setVersion(e.getVersion());
        d.setNumber(e.getNumber());
        d.setStatus(e.getStatus());
        d.setSource(e.getSource());
        d.setReference(c.reference);
        d.setCaseId(e.getCaseId());
        d.setTownship(e.getTownship());
        d.setCategory(e.getCategory());
        // Contact data is revealed, audited, only through the channel's file.
        d.setParties(MediationFiles.masked(c.parties));
        d.setDescription(c.description);
        d.setPartiesConsent(c.partiesConsent);
        d.setCourtCaseExists(c.courtCaseExists);
        d.setAttempts(c.attempts);
        MediationAttempt current = current(c);
        d.setCurrent(current);
        if (CentreRules.UNRESOLVED.equals(e.getStatus()) && current != null) {
            String next = CentreRules.next(current.getChannel());
            d.setSuggestedChannel(next == null ? "LEGAL_ROUTE" : next);
        } else if (CentreRules.NEW.equals(e.getStatus())) {
            d.setSuggestedChannel(CentreRules.CHANNELS.get(0));
        }
        d.setLegalRoute(c.legalRoute);
        d.setAllowedActions(allowed(e, c));
        d.setTakenInAt(e.getTakenInAt());
        return d;
    }

    /** The dispute's latest dated event: taken in, or sent to its current channel. */
    private static LocalDate floor(DisputeEntity e, Content c) {
        LocalDate floor = e.getTakenInAt().atZone(PlatformClock.ZONE).toLocalDate();
        MediationAttempt current = current(c);
        if (current != null && current.getSentAt() != null) {
            LocalDate sent = current.getSentAt().atZone(PlatformClock.ZONE).toLocalDate();
            floor = sent.isAfter(floor) ? sent : floor;
        }
        return floor;
    }

    private static MediationAttempt current(Content c) {
        return c.attempts.isEmpty() ? null : c.attempts.get(c.attempts.size() - 1);
    }

    /** The dispute, locked for the step's transaction, if the actor may see it; else as if it did not exist. */
    private DisputeEntity visibleForUpdate(Actor actor, String id) {
        return store.findForUpdate(id).filter(e -> actor.canSeeTownship(e.getTownship()))
                .orElseThrow(() -> new TiaojieException(ErrorCode.NOT_FOUND, "no such dispute"));
    }

    private DisputeEntity visible(Actor actor, String id) {
        return store.find(id).filter(e -> actor.canSeeTownship(e.getTownship()))
                .orElseThrow(() -> new TiaojieException(ErrorCode.NOT_FOUND, "no such dispute"));
    }

    private static void expect(DisputeEntity e, Long expectedVersion) {
        if (expectedVersion != null && expectedVersion != e.getVersion()) {
            throw new TiaojieException(ErrorCode.CONFLICT, "dispute " + e.getNumber() + " changed; read it again");
        }
    }

    private Optional<MediationChannel> live(String kind) {
        for (MediationChannel c : List.copyOf(channels)) {
            try {
                if (c.kind().name().equals(kind)) {
                    return Optional.of(c);
                }
            } catch (ServiceUnavailableException leaving) {
                // on its way out; look further
            }
        }
        return Optional.empty();
    }

    private MediationChannel require(String kind) {
        return live(kind).orElseThrow(() -> new TiaojieException(ErrorCode.SERVICE_UNAVAILABLE,
                "the " + kind + " mediation channel is not installed now; try again when it is"));
    }

    private static <R> R conflicts(String id, java.util.function.Supplier<R> work) {
        try {
            return work.get();
        } catch (RuntimeException ex) {
            for (Throwable t = ex; t != null; t = t.getCause()) {
                if (t instanceof OptimisticLockException) {
                    throw new TiaojieException(ErrorCode.CONFLICT, "the dispute changed at the same time; read it again", ex);
                }
                if (t instanceof TiaojieException te && t != ex) {
                    throw te;
                }
            }
            throw ex;
        }
    }

    private static Content read(DisputeEntity e) {
        try {
            return e.getContent() == null ? new Content() : JSON.readValue(e.getContent(), Content.class);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("unreadable dispute " + e.getNumber(), ex);
        }
    }

    private static String write(Content c) {
        try {
            return JSON.writeValueAsString(c);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("dispute must be plain data", ex);
        }
    }
}
