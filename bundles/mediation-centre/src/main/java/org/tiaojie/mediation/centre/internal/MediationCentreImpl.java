package org.tiaojie.mediation.centre.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.tiaojie.cases.api.Actor;
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
import org.tiaojie.cases.api.TiaojieException;
import org.tiaojie.cases.api.ValidationException;
import org.tiaojie.cases.api.mediation.ChannelAssessment;
import org.tiaojie.cases.api.mediation.Dispute;
import org.tiaojie.cases.api.mediation.DisputeDispatch;
import org.tiaojie.cases.api.mediation.DisputeRequest;
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
import org.tiaojie.records.internal.Retry;
import org.tiaojie.records.internal.Times;

import static org.tiaojie.mediation.centre.internal.CentreRules.CASE_CLOSED;
import static org.tiaojie.mediation.centre.internal.CentreRules.CLOSE_CASE;
import static org.tiaojie.mediation.centre.internal.CentreRules.CONFIRMATION;
import static org.tiaojie.mediation.centre.internal.CentreRules.DISPATCH;
import static org.tiaojie.mediation.centre.internal.CentreRules.REFERRED;
import static org.tiaojie.mediation.centre.internal.CentreRules.REFER_TO_LEGAL_ROUTE;
import static org.tiaojie.mediation.centre.internal.CentreRules.REQUEST_CONFIRMATION;

/**
 * The grand-mediation centre — 大调解中心: takes disputes in, sends them through the channels and closes the petition
 * case on an agreement. What it needs is in its own classes: the rules ({@link CentreRules}), the channels live now
 * ({@link ChannelRegistry}), the petition cases ({@link PetitionCases}), the views ({@link DisputeViews}) and the
 * dispute's document ({@link DisputeContent}). A step that touches a channel and the dispute runs in one JTA
 * transaction; a read writes nothing.
 */
public class MediationCentreImpl implements MediationCentre, DisputeLocator {
    /** The centre's staff: the petition office's clerks (the county bureau's too) and the township's mediators. */
    static final String[] STAFF = {Roles.CLERK, Roles.MEDIATOR};
    static final List<String> SOURCES = List.of("PETITION_CASE", "SCREENING", "WALK_IN");
    /** How an answer names this store when every retry of a step collided. */
    private static final String STORE = "the mediation centre";

    private final DisputeStore store;
    private final ChannelRegistry channels;
    private final PetitionCases petitions;
    private final PlatformClock clock;
    private volatile ReferenceData referenceData;

    public MediationCentreImpl(DisputeStore store, List<MediationChannel> channels, CaseQueryService cases,
                               LifecycleService lifecycle, PlatformClock clock) {
        this.store = store;
        this.channels = new ChannelRegistry(channels);
        this.petitions = new PetitionCases(cases, lifecycle);
        this.clock = clock;
    }

    /** The county's master data, against which a walk-in dispute's category is checked. */
    public void setReferenceData(ReferenceData referenceData) {
        this.referenceData = referenceData;
    }

    @Override
    public Dispute receive(Actor actor, DisputeRequest in) {
        Roles.require(actor, STAFF);
        if (in == null) {
            throw ValidationException.of("request", FieldViolation.REQUIRED, "the dispute form is missing");
        }
        if (in.getSource() == null || !SOURCES.contains(in.getSource())) {
            throw ValidationException.of("source", FieldViolation.UNKNOWN_VALUE, "one of " + SOURCES);
        }
        if ("PETITION_CASE".equals(in.getSource()) && (in.getCaseId() == null || in.getCaseId().isBlank())) {
            throw ValidationException.of("caseId", FieldViolation.REQUIRED, "the petition case the dispute comes from");
        }
        // Sharing the case with the centre and taking the dispute in commit together, or neither does.
        return step(() -> store.inTransaction(() -> takeIn(actor, in)));
    }

    private Dispute takeIn(Actor actor, DisputeRequest in) {
        List<FieldViolation> v = new ArrayList<>();
        DisputeEntity e = new DisputeEntity();
        DisputeContent c = new DisputeContent();
        List<Party> parties = new ArrayList<>();
        if ("PETITION_CASE".equals(in.getSource())) {
            CaseView petition = petitions.share(actor, in.getCaseId());
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
            checkWalkIn(actor, in, v);
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
        e.setContent(c.json());
        DisputeEntity stored = store.insert(e, clock.today().getYear(), actor.userId(), clock.now());
        return DisputeViews.dispute(stored, c, stored.getStatus());
    }

    /** A dispute found in screening or brought in person: its township, category and reference are the form's. */
    private void checkWalkIn(Actor actor, DisputeRequest in, List<FieldViolation> v) {
        if ("SCREENING".equals(in.getSource())) {
            CommonSteps.text(v, "reference", in.getReference(), true);
        }
        if (in.getTownship() == null || !actor.canSeeTownship(in.getTownship())) {
            v.add(new FieldViolation("township", FieldViolation.UNKNOWN_VALUE, "a township you work for"));
        }
        ReferenceData master = referenceData;
        if (in.getCategory() == null || in.getCategory().isBlank()) {
            v.add(new FieldViolation("category", FieldViolation.REQUIRED, "the category of the dispute"));
        } else if (master != null && master.category(in.getCategory().trim()).isEmpty()) {
            v.add(new FieldViolation("category", FieldViolation.UNKNOWN_VALUE, "a category of the county's taxonomy"));
        }
    }

    /**
     * The dispute with what its channel shows now. Nothing is written: the status the channel moved it to is
     * stored with the dispute's next step, and lists show the last one stored.
     */
    @Override
    public Dispute get(Actor actor, String id) {
        Roles.require(actor, STAFF);
        DisputeEntity e = visible(actor, id);
        DisputeContent c = DisputeContent.of(e);
        refresh(actor, e, c);
        return DisputeViews.dispute(e, c, statusNow(e, c));
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
        return new Page<>(found.items().stream().map(e -> DisputeViews.dispute(e, DisputeContent.of(e), e.getStatus()))
                .toList(), page.page(), page.size(), found.total(), found.exact());
    }

    @Override
    public List<ChannelAssessment> assess(Actor actor, String id) {
        Roles.require(actor, STAFF);
        DisputeEntity e = visible(actor, id);
        DisputeContent c = DisputeContent.of(e);
        MediationChannel.DisputeFacts facts = new MediationChannel.DisputeFacts(e.getCaseId(), e.getTownship(),
                e.getCategory(), c.partiesConsent, c.courtCaseExists);
        List<ChannelAssessment> result = new ArrayList<>();
        for (String kind : CentreRules.CHANNELS) {
            ChannelAssessment a = new ChannelAssessment();
            a.setChannel(kind);
            Optional<MediationChannel.Assessment> answer = channels.ask(kind, channel -> channel.assess(facts));
            a.setLive(answer.isPresent());
            if (answer.isEmpty()) {
                a.setReason("the " + kind.toLowerCase(Locale.ROOT) + " mediation channel is not installed now");
            } else {
                a.setCanTake(answer.get().canTake());
                a.setReason(answer.get().reason());
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
        boolean confirmation = MediationChannel.Kind.JUDICIAL.name().equals(d.getChannel())
                && CONFIRMATION.equals(d.getStage());
        return step(() -> store.inTransaction(() -> {
            DisputeEntity e = visibleForUpdate(actor, id);
            expect(e, d.getExpectedVersion());
            DisputeContent c = DisputeContent.of(e);
            MediationRecord seen = refresh(actor, e, c);
            e.setStatus(statusNow(e, c));
            MediationAttempt current = c.current();
            List<String> allowed = allowed(e, c);
            String needed = confirmation ? REQUEST_CONFIRMATION : DISPATCH;
            if (!allowed.contains(needed)) {
                throw new TiaojieException(ErrorCode.ILLEGAL_TRANSITION, (confirmation
                        ? "only an agreement just reached in people's or administrative mediation goes to the court for confirmation"
                        : "dispute " + e.getNumber() + " is " + e.getStatus() + (current == null ? ""
                        : " in " + current.getChannel() + " " + current.getRecordNumber()))
                        + "; possible: " + allowed);
            }
            MediationChannel target = channels.require(d.getChannel());
            MediationRequest r = DisputeViews.request(e, c, d, current);
            if (confirmation) {
                MediationChannel source = channels.require(current.getChannel());
                r.setAgreement(currentRecord(actor, c, seen).getAgreement());
                MediationRecord opened = target.open(actor, r);
                MediationStep applied = new MediationStep();
                applied.setAction("APPLY_CONFIRMATION");
                applied.setNote("双方共同向法院申请司法确认（" + opened.getCourt() + "，" + opened.getNumber() + "）"
                        + (d.getNote() == null || d.getNote().isBlank() ? "" : "：" + d.getNote().trim()));
                source.perform(actor, current.getRecordId(), applied);
                c.attempts.add(DisputeViews.attempt(opened, clock.now()));
            } else {
                c.attempts.add(DisputeViews.attempt(target.open(actor, r), clock.now()));
            }
            MediationAttempt now = c.current();
            e.setStatus(CentreRules.status(e.getStatus(), now.getStage(), now.getStatus()));
            e.setContent(c.json());
            DisputeEntity saved = store.save(e, actor.userId(), clock.now(),
                    (confirmation ? "CONFIRMATION:" : "DISPATCHED:") + d.getChannel());
            return DisputeViews.dispute(saved, c, saved.getStatus());
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
        return step(() -> store.inTransaction(() -> {
            DisputeEntity e = visibleForUpdate(actor, id);
            expect(e, s.getExpectedVersion());
            DisputeContent c = DisputeContent.of(e);
            LocalDate floor = floor(e, c);
            if (on.isBefore(floor)) {
                throw ValidationException.of("occurredOn", FieldViolation.OUT_OF_RANGE, "not before " + floor
                        + ", the dispute's last dated step: a step cannot precede the record it belongs to");
            }
            MediationRecord seen = refresh(actor, e, c);
            e.setStatus(statusNow(e, c));
            List<String> allowed = allowed(e, c);
            if (!allowed.contains(action)) {
                throw new TiaojieException(ErrorCode.ILLEGAL_TRANSITION, action + " is not possible for dispute "
                        + e.getNumber() + " in status " + e.getStatus() + "; possible: " + allowed);
            }
            if (REFER_TO_LEGAL_ROUTE.equals(action)) {
                c.legalRoute = s.getRoute() + "（" + on + "）：" + s.getNote().trim();
                e.setStatus(REFERRED);
            } else {
                petitions.settleAndClose(actor, e.getCaseId(), e.getNumber(), currentRecord(actor, c, seen),
                        s.getNote(), on);
                e.setStatus(CASE_CLOSED);
            }
            e.setContent(c.json());
            DisputeEntity saved = store.save(e, actor.userId(), clock.now(), action);
            return DisputeViews.dispute(saved, c, saved.getStatus());
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
            return DisputeContent.of(e).parties;
        });
    }

    @Override
    public Optional<DisputeSummary> locate(String caseId) {
        return caseId == null ? Optional.empty()
                : store.latestForCase(caseId).map(e -> DisputeViews.summary(e, DisputeContent.of(e)));
    }

    /**
     * Reads the current attempt's record from its channel into the content (in memory) and returns it, or null: no
     * attempt yet, or the channel away or refusing this reader, in which case what was last seen stands.
     */
    private MediationRecord refresh(Actor actor, DisputeEntity e, DisputeContent c) {
        MediationAttempt current = c.current();
        if (current == null) {
            return null;
        }
        current.setLive(false);
        Optional<MediationRecord> read;
        try {
            read = channels.ask(current.getChannel(), channel -> channel.get(actor, current.getRecordId()));
        } catch (TiaojieException unreadable) {
            // the channel refuses this reader or lost the record
            return null;
        }
        read.ifPresent(r -> DisputeViews.seen(current, r));
        return read.orElse(null);
    }

    /** The dispute's status as its current attempt shows it now. */
    private static String statusNow(DisputeEntity e, DisputeContent c) {
        MediationAttempt current = c.current();
        return current == null ? e.getStatus() : CentreRules.status(e.getStatus(), current.getStage(), current.getStatus());
    }

    /** The current attempt's record: the one just read, or read now (failing clearly if it cannot be). */
    private MediationRecord currentRecord(Actor actor, DisputeContent c, MediationRecord seen) {
        MediationAttempt current = c.current();
        return seen != null ? seen : channels.require(current.getChannel()).get(actor, current.getRecordId());
    }

    private static List<String> allowed(DisputeEntity e, DisputeContent c) {
        MediationAttempt current = c.current();
        return CentreRules.allowed(e.getStatus(), current == null ? null : current.getChannel(),
                current == null ? null : current.getStatus(), e.getCaseId() != null);
    }

    /** The dispute's latest dated event: taken in, or sent to its current channel. */
    private static LocalDate floor(DisputeEntity e, DisputeContent c) {
        LocalDate floor = Times.day(e.getTakenInAt());
        MediationAttempt current = c.current();
        if (current != null && current.getSentAt() != null) {
            LocalDate sent = Times.day(current.getSentAt());
            floor = sent.isAfter(floor) ? sent : floor;
        }
        return floor;
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

    /**
     * Runs a step's whole transaction, again when it lost a race (the row lock makes that rare), and answers a
     * refusal raised inside it (by a channel or the core, say) as itself rather than as the rollback it caused.
     */
    private static <R> R step(Supplier<R> work) {
        try {
            return Retry.transaction(STORE, work);
        } catch (RuntimeException ex) {
            for (Throwable t = ex.getCause(); t != null; t = t.getCause()) {
                if (t instanceof TiaojieException te) {
                    throw te;
                }
            }
            throw ex;
        }
    }
}
