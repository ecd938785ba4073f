package org.tiaojie.legalaid.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.persistence.OptimisticLockException;
import javax.persistence.PersistenceException;

import org.tiaojie.cases.api.Actor;
import org.tiaojie.cases.api.CaseQueryService;
import org.tiaojie.cases.api.CaseView;
import org.tiaojie.cases.api.ErrorCode;
import org.tiaojie.cases.api.FieldViolation;
import org.tiaojie.cases.api.Page;
import org.tiaojie.cases.api.PageRequest;
import org.tiaojie.cases.api.PlatformClock;
import org.tiaojie.cases.api.ReferenceData;
import org.tiaojie.cases.api.ResidentIdNumber;
import org.tiaojie.cases.api.Roles;
import org.tiaojie.cases.api.TiaojieException;
import org.tiaojie.cases.api.ValidationException;
import org.tiaojie.cases.api.WorkingCalendar;
import org.tiaojie.cases.api.legalaid.Application;
import org.tiaojie.cases.api.legalaid.ApplicationRequest;
import org.tiaojie.cases.api.legalaid.ApplicationStatus;
import org.tiaojie.cases.api.legalaid.LegalAidAction;
import org.tiaojie.cases.api.legalaid.LegalAidService;
import org.tiaojie.cases.api.legalaid.LegalAidStep;
import org.tiaojie.cases.api.legalaid.Lawyer;
import org.tiaojie.cases.api.spi.LegalAidReferral;
import org.tiaojie.legalaid.internal.jpa.ApplicationEntity;
import org.tiaojie.legalaid.internal.jpa.HistoryEntity;
import org.tiaojie.records.internal.Retry;

/**
 * The legal-aid centre: applications and their steps under {@link LegalAidRules}, and the offers of
 * redirected petitions the case core makes ({@link LegalAidReferral}).
 */
public class LegalAidServiceImpl implements LegalAidService, LegalAidReferral {
    /** The name under which the core records a petition shared with legal aid. */
    static final String MODULE = "legal-aid";
    private static final String[] OFFICERS = {Roles.LEGAL_AID};
    private static final String[] READERS = {Roles.LEGAL_AID, Roles.JUSTICE_BUREAU};
    private static final int TEXT = 2000;

    private final LegalAidRepository repository;
    private final LegalAidSettings settings;
    private final PlatformClock clock;
    private final WorkingCalendar calendar;
    private volatile CaseQueryService cases;
    private volatile ReferenceData referenceData;

    public LegalAidServiceImpl(LegalAidRepository repository, LegalAidSettings settings, PlatformClock clock,
                               WorkingCalendar calendar) {
        this.repository = repository;
        this.settings = settings;
        this.clock = clock;
        this.calendar = calendar;
    }

    private LocalDate today() {
        return clock.today();
    }

    @Override
    public String offer(Offer offer) {
        return repository.findByCase(offer.caseId()).map(ApplicationEntity::getNumber).orElseGet(() -> {
            ApplicationEntity a = fresh(ApplicationStatus.OFFERED, offer.township());
            a.setCaseId(offer.caseId());
            a.setCaseNumber(offer.caseNumber());
            a.setDescription("信访事项导入" + (offer.legalRoute() == null ? "法定" : offer.legalRoute().label()) + "途径，推荐法律援助"
                    + (offer.demands() == null ? "" : "。诉求：" + offer.demands()));
            repository.prepareNumbering(today().getYear());
            return repository.insert(a, today().getYear(), "system", "OFFERED", offer.caseNumber()).getNumber();
        });
    }

    /** The county's master data, against which an application's township is checked. */
    public void setReferenceData(ReferenceData referenceData) {
        this.referenceData = referenceData;
    }

    /** The petitions an application may name (a Blueprint reference to the core). */
    public void setCases(CaseQueryService cases) {
        this.cases = cases;
    }

    @Override
    public Application apply(Actor actor, ApplicationRequest request) {
        Roles.require(actor, OFFICERS);
        validate(request, today(), referenceData);
        repository.prepareNumbering(today().getYear());
        // The petition is shared with legal aid and the application stored together, or neither; two officers
        // completing the same offer at the same moment take turns on its row, and a lost race runs again whole.
        return Retry.transaction("legal aid", () -> repository.inTransaction(() -> take(actor, request)));
    }

    private Application take(Actor actor, ApplicationRequest request) {
        if (request.getCaseId() != null) {
            checkPetition(actor, request);
            ApplicationEntity existing = repository.findByCase(request.getCaseId()).orElse(null);
            if (existing != null && existing.getStatus() != ApplicationStatus.OFFERED) {
                throw ValidationException.of("caseId", FieldViolation.INVALID_FORMAT,
                        "the petition already has application " + existing.getNumber());
            }
            if (existing != null) {
                ApplicationEntity completed = repository.change(existing.getId(), a -> {
                    fill(a, request);
                    return history(a, actor, "APPLIED", a.getMeansTest());
                }).orElseThrow();
                return view(completed, actor);
            }
        }
        ApplicationEntity a = fresh(ApplicationStatus.RECEIVED, request.getTownship());
        a.setCaseId(request.getCaseId());
        fill(a, request);
        return view(repository.insert(a, today().getYear(), actor.userId(), "APPLIED", a.getMeansTest()), actor);
    }

    /**
     * A named petition must be one the officer can see, of the application's township, shared through the core:
     * a complaint about an official is refused exactly as a case that does not exist [30, 46].
     */
    private void checkPetition(Actor actor, ApplicationRequest request) {
        CaseQueryService petitions = cases;
        if (petitions == null) {
            throw new TiaojieException(ErrorCode.SERVICE_UNAVAILABLE, "the case core is not available to check the "
                    + "petition; nothing was written, please retry");
        }
        CaseView petition;
        try {
            petition = petitions.share(actor, request.getCaseId(), MODULE);
        } catch (TiaojieException e) {
            if (e.code() != ErrorCode.CASE_NOT_FOUND && e.code() != ErrorCode.NOT_FOUND) {
                throw e;
            }
            throw ValidationException.of("caseId", FieldViolation.UNKNOWN_VALUE, "no petition case with this id");
        }
        if (request.getTownship() != null && !request.getTownship().equals(petition.getTownship())) {
            throw ValidationException.of("township", FieldViolation.OUT_OF_RANGE,
                    "petition " + petition.getCaseNumber() + " is of township " + petition.getTownship());
        }
    }

    @Override
    public Application get(Actor actor, String id) {
        Roles.require(actor, READERS);
        return view(repository.find(id).filter(a -> actor.canSeeTownship(a.getTownship()))
                .orElseThrow(() -> notFound(id)), actor);
    }

    @Override
    public Page<Application> list(Actor actor, ApplicationStatus status, String township, PageRequest page) {
        Roles.require(actor, READERS);
        if (township != null && !actor.canSeeTownship(township)) {
            throw new TiaojieException(ErrorCode.ACCESS_DENIED, actor.userId() + " is not assigned to township " + township);
        }
        List<String> townships = township != null ? List.of(township)
                : actor.isCountyWide() ? null : List.copyOf(actor.townships());
        var found = repository.list(status, townships, page.offset(), page.size());
        return new Page<>(found.items().stream().map(a -> view(a, actor)).toList(), page.page(), page.size(),
                found.total(), found.exact());
    }

    @Override
    public List<Lawyer> lawyers(Actor actor) {
        Roles.require(actor, READERS);
        Map<String, Long> load = repository.openCasesByLawyer();
        List<Lawyer> result = new ArrayList<>();
        for (Lawyer configured : settings.lawyers().values()) {
            Lawyer l = new Lawyer();
            l.setId(configured.getId());
            l.setName(configured.getName());
            l.setOrganisation(configured.getOrganisation());
            l.setKind(configured.getKind());
            l.setOpenCases(load.getOrDefault(configured.getId(), 0L).intValue());
            result.add(l);
        }
        return result;
    }

    @Override
    public Application perform(Actor actor, String id, LegalAidStep step) {
        if (step == null || step.getAction() == null) {
            throw ValidationException.of("action", FieldViolation.REQUIRED, "say which step to take");
        }
        LegalAidAction action = step.getAction();
        Roles.require(actor, rolesFor(action));
        String note = step.getNote() == null || step.getNote().isBlank() ? null : step.getNote().trim();
        if (note != null && note.length() > TEXT) {
            throw ValidationException.of("note", FieldViolation.TOO_LONG, "at most " + TEXT + " characters");
        }
        switch (action) {
            case REQUEST_MATERIALS, REFUSE, OBJECT, DECIDE_OBJECTION, CONCLUDE -> {
                if (note == null) {
                    throw ValidationException.of("note", FieldViolation.REQUIRED, switch (action) {
                        case REQUEST_MATERIALS -> "say once, completely, what is missing";
                        case REFUSE -> "the written reason for the refusal";
                        case OBJECT -> "the applicant's objection";
                        case DECIDE_OBJECTION -> "the reasons of the decision on the objection";
                        default -> "the outcome of the aided matter";
                    });
                }
            }
            case ASSIGN -> {
                if (step.getLawyerId() == null || !settings.lawyers().containsKey(step.getLawyerId())) {
                    throw ValidationException.of("lawyerId", FieldViolation.UNKNOWN_VALUE,
                            "one of the configured lawyers " + settings.lawyers().keySet());
                }
            }
            default -> {
                // nothing more
            }
        }
        if (action == LegalAidAction.DECIDE_OBJECTION && step.getUpheld() == null) {
            throw ValidationException.of("upheld", FieldViolation.REQUIRED, "true grants aid, false confirms the refusal");
        }
        LocalDate today = today();
        LocalDate on = step.getOccurredOn() == null ? today : step.getOccurredOn();
        if (on.isAfter(today)) {
            throw ValidationException.of("occurredOn", FieldViolation.OUT_OF_RANGE, "not in the future");
        }
        try {
            ApplicationEntity after = repository.change(id, a -> {
                if (!actor.canSeeTownship(a.getTownship())) {
                    throw notFound(id);
                }
                LocalDate floor = floor(a);
                if (floor != null && on.isBefore(floor)) {
                    throw ValidationException.of("occurredOn", FieldViolation.OUT_OF_RANGE, "not before " + floor
                            + ", the application's last dated step: a step cannot precede the record it belongs to");
                }
                if (step.getExpectedVersion() != null && step.getExpectedVersion() != a.getVersion()) {
                    throw new TiaojieException(ErrorCode.CONFLICT, "application " + a.getNumber() + " is at version "
                            + a.getVersion() + ", not " + step.getExpectedVersion() + "; read it again");
                }
                if (!LegalAidRules.allows(a.getStatus(), action, state(a))) {
                    throw new TiaojieException(ErrorCode.ILLEGAL_TRANSITION, action + " is not possible for application "
                            + a.getNumber() + " in status " + a.getStatus() + (action == LegalAidAction.GRANT && !a.isEligible()
                            ? " (" + a.getMeansTest() + ")" : "") + "; possible: " + LegalAidRules.allowed(a.getStatus(), state(a)));
                }
                apply(a, action, step, note, on);
                return history(a, actor, action.name(), note == null ? step.getLawyerId() : note);
            }).orElseThrow(() -> notFound(id));
            return view(after, actor);
        } catch (OptimisticLockException e) {
            throw conflict(id, e);
        } catch (PersistenceException e) {
            if (e.getCause() instanceof OptimisticLockException) {
                throw conflict(id, e);
            }
            throw e;
        }
    }

    /** The application's latest dated event: received, decided, objected to, assigned. */
    static LocalDate floor(ApplicationEntity a) {
        LocalDate floor = a.getReceivedOn();
        for (LocalDate d : new LocalDate[]{a.getDecidedOn(), a.getObjectedOn(), a.getAssignedOn()}) {
            if (d != null && (floor == null || d.isAfter(floor))) {
                floor = d;
            }
        }
        return floor;
    }

    private static void apply(ApplicationEntity a, LegalAidAction action, LegalAidStep step, String note, LocalDate today) {
        switch (action) {
            case REQUEST_MATERIALS -> {
                a.setMissingMaterials(note);
                a.setStatus(ApplicationStatus.MATERIALS_REQUESTED);
            }
            case COMPLETE_MATERIALS -> {
                a.setReceivedOn(today); // the 7 days run from the complete file
                a.setStatus(ApplicationStatus.RECEIVED);
            }
            case GRANT -> {
                a.setDecided(true);
                a.setDecidedOn(today);
                firstDecision(a, today);
                a.setStatus(a.getStatus() == ApplicationStatus.ASSIGNED ? ApplicationStatus.ASSIGNED : ApplicationStatus.GRANTED);
            }
            case REFUSE -> {
                a.setDecided(true);
                a.setDecidedOn(today);
                firstDecision(a, today);
                a.setRefusalReason(note);
                a.setLawyerId(null);
                a.setStatus(ApplicationStatus.REFUSED);
            }
            case OBJECT -> {
                a.setObjection(note);
                a.setObjectedOn(today);
                a.setStatus(ApplicationStatus.OBJECTION_PENDING);
            }
            case DECIDE_OBJECTION -> {
                a.setObjectionDecision(note);
                if (step.getUpheld()) {
                    a.setDecidedOn(today);
                    a.setEligible(true);
                    a.setStatus(ApplicationStatus.GRANTED);
                } else {
                    a.setStatus(ApplicationStatus.REFUSED);
                }
            }
            case ASSIGN -> {
                a.setLawyerId(step.getLawyerId());
                a.setAssignedOn(today);
                a.setStatus(ApplicationStatus.ASSIGNED);
            }
            case CONCLUDE -> {
                a.setOutcome(note);
                a.setStatus(ApplicationStatus.CONCLUDED);
            }
        }
    }

    private static void firstDecision(ApplicationEntity a, LocalDate today) {
        if (a.getFirstDecidedOn() == null) {
            a.setFirstDecidedOn(today);
        }
    }

    private ApplicationEntity fresh(ApplicationStatus status, String township) {
        ApplicationEntity a = new ApplicationEntity();
        a.setId(UUID.randomUUID().toString());
        a.setStatus(status);
        a.setTownship(township);
        a.setCreatedAt(clock.now());
        return a;
    }

    /** The applicant's facts and the means test; the 7 days to decide run from today. */
    private void fill(ApplicationEntity a, ApplicationRequest r) {
        a.setTownship(r.getTownship().trim());
        a.setApplicantName(r.getApplicantName().trim());
        a.setApplicantIdNumber(blankToNull(r.getApplicantIdNumber()));
        a.setApplicantPhone(blankToNull(r.getApplicantPhone()));
        a.setMatter(r.getMatter());
        a.setExemption(r.getExemption());
        a.setMonthlyIncomePerCapita(r.getMonthlyIncomePerCapita());
        a.setUrgent(r.isUrgent());
        a.setDescription(r.getDescription().trim());
        LegalAidRules.MeansTest test = LegalAidRules.meansTest(r.getMatter(), r.getExemption(),
                r.getMonthlyIncomePerCapita(), settings.settings());
        a.setEligible(test.eligible());
        a.setMeansTest(test.result());
        a.setReceivedOn(today());
        a.setStatus(ApplicationStatus.RECEIVED);
    }

    private static void validate(ApplicationRequest r, LocalDate today, ReferenceData master) {
        List<FieldViolation> v = new ArrayList<>();
        if (r == null) {
            throw ValidationException.of("request", FieldViolation.REQUIRED, "the application form is missing");
        }
        if (r.getTownship() == null || !r.getTownship().trim().matches("\\d{6,12}")) {
            v.add(new FieldViolation("township", FieldViolation.REQUIRED, "the township code of the applicant"));
        } else if (master != null && master.township(r.getTownship().trim()).isEmpty()) {
            v.add(new FieldViolation("township", FieldViolation.UNKNOWN_VALUE, "a township of the county"));
        }
        if (r.getApplicantIdNumber() != null && !r.getApplicantIdNumber().isBlank()
                && !ResidentIdNumber.isValid(r.getApplicantIdNumber(), today)) {
            v.add(new FieldViolation("applicantIdNumber", FieldViolation.INVALID_FORMAT,
                    "an 18-character resident ID number with a valid check character and birth date"));
        }
        if (r.getApplicantPhone() != null && !r.getApplicantPhone().isBlank()
                && !ResidentIdNumber.isPhone(r.getApplicantPhone())) {
            v.add(new FieldViolation("applicantPhone", FieldViolation.INVALID_FORMAT,
                    "a mobile number or a landline with its area code"));
        }
        if (r.getApplicantName() == null || r.getApplicantName().isBlank()) {
            v.add(new FieldViolation("applicantName", FieldViolation.REQUIRED, "the applicant's name"));
        }
        if (r.getMatter() == null) {
            v.add(new FieldViolation("matter", FieldViolation.REQUIRED, "the matter aid is asked for"));
        }
        if (r.getDescription() == null || r.getDescription().isBlank()) {
            v.add(new FieldViolation("description", FieldViolation.REQUIRED, "what the applicant needs help with"));
        } else if (r.getDescription().length() > 4000) {
            v.add(new FieldViolation("description", FieldViolation.TOO_LONG, "at most 4000 characters"));
        }
        if (r.getMonthlyIncomePerCapita() != null && r.getMonthlyIncomePerCapita().signum() < 0) {
            v.add(new FieldViolation("monthlyIncomePerCapita", FieldViolation.OUT_OF_RANGE, "an amount in yuan, not negative"));
        }
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
    }

    private static LegalAidRules.State state(ApplicationEntity a) {
        return new LegalAidRules.State(a.isEligible(), a.isUrgent(), a.isDecided(), a.getMissingMaterials() != null,
                a.getObjection() != null);
    }

    private Application view(ApplicationEntity a, Actor actor) {
        Application v = new Application();
        v.setId(a.getId());
        v.setVersion(a.getVersion());
        v.setNumber(a.getNumber());
        v.setStatus(a.getStatus());
        v.setCaseId(a.getCaseId());
        v.setCaseNumber(a.getCaseNumber());
        v.setTownship(a.getTownship());
        v.setApplicantName(a.getApplicantName());
        v.setMatter(a.getMatter());
        v.setExemption(a.getExemption());
        v.setMeansTest(a.getMeansTest());
        v.setEligible(a.isEligible());
        v.setUrgent(a.isUrgent());
        v.setDescription(a.getDescription());
        v.setMissingMaterials(a.getMissingMaterials());
        v.setRefusalReason(a.getRefusalReason());
        v.setObjection(a.getObjection());
        v.setObjectionDecision(a.getObjectionDecision());
        v.setLawyerId(a.getLawyerId());
        Lawyer lawyer = a.getLawyerId() == null ? null : settings.lawyers().get(a.getLawyerId());
        v.setLawyerName(lawyer == null ? null : lawyer.getName());
        v.setOutcome(a.getOutcome());
        v.setReceivedOn(a.getReceivedOn());
        v.setDecidedOn(a.getDecidedOn());
        v.setAssignedOn(a.getAssignedOn());
        v.setNextDeadline(LegalAidRules.running(a.getStatus(), a.getReceivedOn(), a.getDecidedOn(), a.getObjectedOn(),
                settings.settings(), calendar, today()));
        v.setAllowedActions(LegalAidRules.allowed(a.getStatus(), state(a)).stream()
                .filter(x -> actor.hasAnyRole(rolesFor(x))).toList());
        return v;
    }

    /** Officers take every step but the objection's decision, which is the justice bureau's [49]. */
    private static String[] rolesFor(LegalAidAction action) {
        return action == LegalAidAction.DECIDE_OBJECTION ? new String[]{Roles.JUSTICE_BUREAU} : OFFICERS;
    }

    private HistoryEntity history(ApplicationEntity a, Actor actor, String action, String note) {
        return new HistoryEntity(a.getId(), clock.now(), actor.userId(), action, note);
    }


    private static TiaojieException notFound(String id) {
        return new TiaojieException(ErrorCode.NOT_FOUND, "no such legal-aid application");
    }

    private static TiaojieException conflict(String id, Exception e) {
        return new TiaojieException(ErrorCode.CONFLICT, "the application was changed at the same time; read it again", e);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
