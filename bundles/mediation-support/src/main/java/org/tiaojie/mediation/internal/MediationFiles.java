package org.tiaojie.mediation.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.persistence.OptimisticLockException;


import org.apache.aries.jpa.template.JpaTemplate;
import org.tiaojie.cases.api.Actor;
import org.tiaojie.cases.api.CaseQueryService;
import org.tiaojie.cases.api.CaseView;
import org.tiaojie.cases.api.ErrorCode;
import org.tiaojie.cases.api.FieldViolation;
import org.tiaojie.cases.api.Page;
import org.tiaojie.cases.api.PageRequest;
import org.tiaojie.cases.api.PersonalData;
import org.tiaojie.cases.api.PlatformClock;
import org.tiaojie.cases.api.ReferenceData;
import org.tiaojie.records.internal.SeriesStart;
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
import org.tiaojie.records.internal.JsonColumn;

/**
 * A mediation channel's service: the engine every channel shares, driven by the channel's
 * {@link ChannelPolicy}. Validates fully before it writes, refuses a step the rules do not allow (changing
 * nothing), numbers files per year, records every step, and turns concurrent edits into CONFLICT.
 */
public class MediationFiles implements MediationChannel {
    private static final JsonColumn<MediationFile.Content> CONTENT = JsonColumn.of(MediationFile.Content.class,
            MediationFile.Content::new);

    /** The action a reveal of the parties' contact data is authorised as, and how it is recorded. */
    public static final String REVEAL_PARTIES = "REVEAL_PARTIES";
    static final String PERSONAL_DATA_READ = "PERSONAL_DATA_READ";

    private final ChannelPolicy policy;
    private final FileStore store;
    private final String[] roles;
    private final PlatformClock clock;
    private final CaseQueryService cases;
    private volatile ReferenceData referenceData;

    /**
     * For Blueprint.
     *
     * @param roles the roles that may read the channel's files, as one comma-separated list
     * @param cases the core, through which a petition case named by a new file is shared with this channel
     */
    public MediationFiles(ChannelPolicy policy, JpaTemplate jpa, String roles, PlatformClock clock,
                          CaseQueryService cases) {
        this(policy, new FileStore(jpa), roles.split("\\s*,\\s*"), clock, cases);
    }

    public MediationFiles(ChannelPolicy policy, FileStore store, String[] roles, PlatformClock clock,
                          CaseQueryService cases) {
        this.policy = policy;
        this.store = store;
        this.roles = roles.clone();
        this.clock = clock;
        this.cases = cases;
    }

    /** Starts a year's numbering of the channel's files, in a transaction of its own. */
    public void setSeriesStart(SeriesStart series) {
        store.setSeries(series);
    }

    /** The channel's table of files, as its orm.xml names it (a step locks its file's row). */
    public void setRecordTable(String recordTable) {
        store.setRecordTable(recordTable);
    }

    /** The county's master data, against which every file's township and category are checked. */
    public void setReferenceData(ReferenceData referenceData) {
        this.referenceData = referenceData;
    }

    /** The module name a shared case is recorded with, e.g. {@code mediation-people}. */
    String module() {
        return "mediation-" + policy.kind().name().toLowerCase(java.util.Locale.ROOT);
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
        masterData(request, v);
        policy.open(actor, request, file, today, v);
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
        FileEntity e = new FileEntity();
        e.setId(UUID.randomUUID().toString());
        e.setCreatedAt(clock.now());
        copy(file, e);
        e.setDueDate(dueDate(file));
        // No Retry here: the centre calls a channel inside its own transaction and re-runs it whole when it loses a
        // race; retrying inside a joined transaction would retry in one already marked for rollback.
        FileEntity stored = store.inTransaction(() -> {
            if (request.getCaseId() != null) {
                linkCase(actor, request);
            }
            return store.insert(e, policy.numberPrefix(), today.getYear(),
                    f -> new StepEntity(f.getId(), clock.now(), actor.userId(), "OPENED"));
        });
        return view(stored, today);
    }

    /** Township and category must be the county's: a file of an unknown category could never be counted or routed. */
    private void masterData(MediationRequest request, List<FieldViolation> v) {
        ReferenceData master = referenceData;
        if (master == null) {
            return;
        }
        if (request.getCategory() != null && !request.getCategory().isBlank()
                && master.category(request.getCategory().trim()).isEmpty()) {
            v.add(new FieldViolation("category", FieldViolation.UNKNOWN_VALUE, "a category of the county's taxonomy"));
        }
        if (request.getTownship() != null && master.township(request.getTownship()).isEmpty()
                && v.stream().noneMatch(x -> x.getField().equals("township"))) {
            v.add(new FieldViolation("township", FieldViolation.UNKNOWN_VALUE, "a township of the county"));
        }
    }

    /**
     * A file may name the petition case its dispute comes from only through the core, which refuses a complaint
     * about an official exactly as a case that does not exist: nothing of it may reach a mediating unit [30, 46].
     */
    private void linkCase(Actor actor, MediationRequest request) {
        CaseView petition;
        try {
            petition = cases.share(actor, request.getCaseId(), module());
        } catch (TiaojieException e) {
            if (e.code() != ErrorCode.CASE_NOT_FOUND) {
                throw e;
            }
            throw ValidationException.of("caseId", FieldViolation.UNKNOWN_VALUE, "no petition case with this id");
        }
        if (!petition.getTownship().equals(request.getTownship())) {
            throw ValidationException.of("township", FieldViolation.OUT_OF_RANGE,
                    "the petition case is of township " + petition.getTownship());
        }
    }

    @Override
    public MediationRecord get(Actor actor, String id) {
        Roles.require(actor, roles);
        FileEntity e = store.find(id).filter(f -> actor.canSeeTownship(f.getTownship())).orElseThrow(() -> notFound(id));
        return view(e, today());
    }

    @Override
    public Page<MediationRecord> list(Actor actor, String status, String township, PageRequest page) {
        Roles.require(actor, roles);
        if (township != null && !actor.canSeeTownship(township)) {
            throw new TiaojieException(ErrorCode.ACCESS_DENIED, actor.userId() + " is not assigned to township " + township);
        }
        List<String> townships = township != null ? List.of(township)
                : actor.isCountyWide() ? null : List.copyOf(actor.townships());
        LocalDate today = today();
        var found = store.list(status, townships, page.offset(), page.size());
        return new Page<>(found.items().stream().map(f -> view(f, today)).toList(), page.page(), page.size(),
                found.total(), found.exact());
    }

    @Override
    public MediationRecord perform(Actor actor, String id, MediationStep step) {
        Roles.require(actor, roles);
        LocalDate today = today();
        if (step == null || step.getAction() == null || !policy.actions().contains(step.getAction())) {
            throw ValidationException.of("action", FieldViolation.UNKNOWN_VALUE, "one of " + policy.actions());
        }
        // Who may take the step before whether the record exists: the steps' roles do not depend on the record.
        policy.authorize(actor, step.getAction(), null);
        LocalDate on = step.getOccurredOn() == null ? today : step.getOccurredOn();
        try {
            FileEntity after = store.change(id, e -> {
                if (!actor.canSeeTownship(e.getTownship())) {
                    throw notFound(id);
                }
                MediationFile file = file(e);
                // Who may take the step before what it must carry: a caller without the role learns nothing of the form.
                policy.authorize(actor, step.getAction(), file.division);
                validate(step, file, today);
                if (step.getExpectedVersion() != null && step.getExpectedVersion() != e.getVersion()) {
                    throw new TiaojieException(ErrorCode.CONFLICT, "record " + e.getNumber() + " changed; read it again");
                }
                if (!policy.allows(file, step.getAction(), on)) {
                    throw refusal(file, step.getAction(), on);
                }
                if (!CommonSteps.apply(file, step, on)) {
                    policy.apply(file, step, on);
                }
                copy(file, e);
                e.setDueDate(dueDate(file));
                return StepEntity.on(e.getId(), clock.now(), actor.userId(), step.getAction(), on);
            }).orElseThrow(() -> notFound(id));
            return view(after, today);
        } catch (RuntimeException ex) {
            if (optimisticLock(ex)) {
                throw new TiaojieException(ErrorCode.CONFLICT, "the record changed at the same time; read it again", ex);
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
        policy.authorize(actor, REVEAL_PARTIES, null);
        FileEntity e = store.change(id, f -> {
            if (!actor.canSeeTownship(f.getTownship())) {
                throw notFound(id);
            }
            policy.authorize(actor, REVEAL_PARTIES, f.getDivision());
            return new StepEntity(f.getId(), clock.now(), actor.userId(), PERSONAL_DATA_READ, purpose.trim());
        }).orElseThrow(() -> notFound(id));
        return file(e).content.parties;
    }

    private void validate(MediationStep step, MediationFile file, LocalDate today) {
        List<FieldViolation> v = new ArrayList<>();
        LocalDate floor = floor(file);
        date(v, "occurredOn", step.getOccurredOn(), floor, today);
        if (step.getSession() != null) {
            date(v, "session.on", step.getSession().getOn(), floor, today);
        }
        if (step.getCourtDocument() != null) {
            date(v, "courtDocument.issuedOn", step.getCourtDocument().getIssuedOn(), floor, today);
            date(v, "courtDocument.signedOn", step.getCourtDocument().getSignedOn(), floor, today);
        }
        policy.validate(step, v);
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
    }

    /** The earliest date a new step may carry: the file's latest dated event (opening, acceptance, agreement, session). */
    static LocalDate floor(MediationFile f) {
        LocalDate floor = f.openedOn;
        for (LocalDate d : new LocalDate[]{f.markOn, f.effectiveOn}) {
            if (d != null && (floor == null || d.isAfter(floor))) {
                floor = d;
            }
        }
        for (org.tiaojie.cases.api.mediation.Session s : f.content.sessions) {
            if (s.getOn() != null && (floor == null || s.getOn().isAfter(floor))) {
                floor = s.getOn();
            }
        }
        return floor;
    }

    private static void date(List<FieldViolation> v, String field, LocalDate date, LocalDate floor, LocalDate today) {
        if (date == null) {
            return;
        }
        if (date.isAfter(today)) {
            v.add(new FieldViolation(field, FieldViolation.OUT_OF_RANGE, "not in the future"));
        } else if (floor != null && date.isBefore(floor)) {
            v.add(new FieldViolation(field, FieldViolation.OUT_OF_RANGE, "not before " + floor
                    + ", the record's last dated step: a step cannot precede the record it belongs to"));
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
            m.setCalendarWarning(deadline.warning());
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
        return clock.today();
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
        return new TiaojieException(ErrorCode.NOT_FOUND, "no such " + policy.displayName() + " record");
    }

    FileStore store() {
        return store;
    }

    ChannelPolicy policy() {
        return policy;
    }

    /** What DUE_DATE holds: the limit the reminders follow now (ChannelPolicy#reminded), or none. */
    LocalDate dueDate(MediationFile file) {
        Deadline d = policy.reminded(file);
        return d == null ? null : d.due();
    }

    static MediationFile file(FileEntity e) {
        MediationFile f = new MediationFile();
        f.number = e.getNumber();
        f.status = e.getStatus();
        f.division = e.getDivision();
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
        f.content = CONTENT.read(e.getContent(), "mediation file " + e.getNumber());
        return f;
    }

    static void copy(MediationFile f, FileEntity e) {
        e.setStatus(f.status);
        e.setDivision(f.division);
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
        e.setContent(CONTENT.write(f.content));
    }
}
