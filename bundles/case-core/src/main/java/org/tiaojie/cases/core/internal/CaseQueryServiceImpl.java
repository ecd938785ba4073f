package org.tiaojie.cases.core.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;


import org.tiaojie.cases.api.Actor;
import org.tiaojie.cases.api.AuditEntry;
import org.tiaojie.cases.api.CaseFilter;
import org.tiaojie.cases.api.CaseQueryService;
import org.tiaojie.cases.api.CaseSearch;
import org.tiaojie.cases.api.PersonalData;
import org.tiaojie.cases.api.CaseView;
import org.tiaojie.cases.api.DueBucket;
import org.tiaojie.cases.api.ErrorCode;
import org.tiaojie.cases.api.WorkScope;
import org.tiaojie.cases.api.Worklist;
import org.tiaojie.cases.api.FieldViolation;
import org.tiaojie.cases.api.Page;
import org.tiaojie.cases.api.PageRequest;
import org.tiaojie.cases.api.PlatformClock;
import org.tiaojie.cases.api.Petitioner;
import org.tiaojie.cases.api.Progress;
import org.tiaojie.cases.api.ReferenceData;
import org.tiaojie.cases.api.Roles;
import org.tiaojie.cases.api.RoutingState;
import org.tiaojie.cases.core.internal.time.TimeRules;
import org.tiaojie.cases.api.TiaojieException;
import org.tiaojie.cases.api.ValidationException;
import org.tiaojie.cases.api.mediation.DisputeSummary;
import org.tiaojie.cases.api.spi.DisputeLocator;
import org.tiaojie.cases.core.internal.jpa.AuditEntryEntity;
import org.tiaojie.cases.core.internal.lifecycle.LifecycleRecord;
import org.tiaojie.cases.core.internal.lifecycle.Milestones;

/** Reading cases within the townships the actor may see; personal data only through an audited call. */
public class CaseQueryServiceImpl implements CaseQueryService {
    /** The roles that read cases of their scope (masked); operators administer and do not read cases. */
    static final String[] READERS = Roles.CASE_READERS;


    private static final java.util.regex.Pattern MODULE = java.util.regex.Pattern.compile("[a-z][a-z0-9-]{1,39}");

    private final CaseRepository repository;
    private final DepartmentRegistry departments;
    private final ReferenceData referenceData;
    private final PlatformClock clock;
    private final TimeRules rules;
    private final CaseViews views;
    private volatile List<DisputeLocator> disputeLocators = List.of();

    public CaseQueryServiceImpl(CaseRepository repository, DepartmentRegistry departments,
                                ReferenceData referenceData, TimeRules rules, PlatformClock clock) {
        this.repository = repository;
        this.departments = departments;
        this.referenceData = referenceData;
        this.clock = clock;
        this.rules = rules;
        this.views = new CaseViews(rules, clock, departments);
    }

    @Override
    public Progress progress(String queryCode) {
        String code = queryCode == null ? "" : queryCode.trim().toUpperCase(java.util.Locale.ROOT);
        // Same answer for malformed and unknown codes: no hint how close a guess was.
        CaseSnapshot c = QueryCodes.wellFormed(code) ? repository.findByQueryCode(code).orElse(null) : null;
        if (c == null) {
            throw new TiaojieException(ErrorCode.NOT_FOUND, "no case with this query code");
        }
        return views.progress(c);
    }

    /** The grand-mediation centre, when installed (a Blueprint reference-list, empty otherwise). */
    public void setDisputeLocators(List<DisputeLocator> disputeLocators) {
        this.disputeLocators = disputeLocators;
    }

    @Override
    public CaseView get(Actor actor, String caseId) {
        Roles.require(actor, READERS);
        CaseView view = views.staffView(visible(actor, caseId, repository.find(caseId).orElse(null)), actor);
        view.setMediation(mediationOf(caseId));
        return view;
    }

    /** Where the case's dispute is in mediation; nothing while the centre is away or leaving. */
    private DisputeSummary mediationOf(String caseId) {
        for (DisputeLocator locator : List.copyOf(disputeLocators)) {
            try {
                Optional<DisputeSummary> found = locator.locate(caseId);
                if (found.isPresent()) {
                    return found.get();
                }
            } catch (RuntimeException e) {
                if (!Plugins.leftDuringTheCall(e)) {
                    throw e;
                }
                // the centre is on its way out: the case shows no mediation for now
            }
        }
        return null;
    }

    @Override
    public Page<CaseView> find(Actor actor, CaseFilter filter, PageRequest page) {
        Roles.require(actor, READERS);
        CaseFilter criteria = filter == null ? new CaseFilter() : filter;
        if (criteria.getTownship() != null && !actor.canSeeTownship(criteria.getTownship())) {
            throw new TiaojieException(ErrorCode.ACCESS_DENIED,
                    actor.userId() + " is not assigned to township " + criteria.getTownship());
        }
        CaseRepository.PageOf result = repository.find(criteria, scopeOf(actor, views.today()), page);
        return new Page<>(result.items().stream().map(c -> views.staffView(c, actor)).toList(), page.page(), page.size(),
                result.total(), result.exact());
    }

    @Override
    public Worklist worklist(Actor actor, WorkScope scope, DueBucket bucket, PageRequest page) {
        Roles.require(actor, READERS);
        if (scope == null) {
            throw ValidationException.of("scope", FieldViolation.REQUIRED, "whose work: MINE, UNIT or TOWNSHIP");
        }
        if (scope == WorkScope.UNIT && actor.units().isEmpty()) {
            throw ValidationException.of("scope", FieldViolation.UNKNOWN_VALUE, actor.userId()
                    + " belongs to no unit (a role unit:<department> in the realm); ask for MINE or TOWNSHIP");
        }
        CaseRepository.Work work = switch (scope) {
            case MINE -> new CaseRepository.Work(actor.userId(), null);
            case UNIT -> new CaseRepository.Work(null, List.copyOf(actor.units()));
            case TOWNSHIP -> new CaseRepository.Work(null, null);
        };
        LocalDate today = views.today();
        LocalDate weekEnds = today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        CaseRepository.WorkPage found = repository.worklist(work, scopeOf(actor, today), bucket, weekEnds, page);
        Worklist list = new Worklist();
        list.setScope(scope);
        list.setBucket(bucket);
        list.setToday(today);
        list.setWeekEnds(weekEnds);
        list.setOverdue(found.overdue());
        list.setDueToday(found.dueToday());
        list.setDueThisWeek(found.dueThisWeek());
        list.setItems(found.items().stream().map(c -> views.staffView(c, actor)).toList());
        list.setPage(page.page());
        list.setSize(page.size());
        list.setTotal(bucket == null ? found.overdue() + found.dueToday() + found.dueThisWeek() : switch (bucket) {
            case OVERDUE -> found.overdue();
            case TODAY -> found.dueToday();
            case THIS_WEEK -> found.dueThisWeek();
        });
        return list;
    }

    @Override
    public Page<CaseView> search(Actor actor, CaseSearch search, PageRequest page) {
        Roles.require(actor, READERS);
        if (search == null) {
            throw ValidationException.of("search", FieldViolation.REQUIRED, "at least one criterion");
        }
        List<FieldViolation> v = new ArrayList<>();
        String caseNumber = term(v, "caseNumber", search.getCaseNumber(), 40);
        String name = term(v, "name", search.getName(), 50);
        String idNumber = term(v, "idNumber", search.getIdNumber(), 18);
        String phone = term(v, "phone", search.getPhone(), 20);
        String village = term(v, "village", search.getVillage(), 20);
        String category = term(v, "category", search.getCategory(), 64);
        if (category != null && referenceData.category(category).isEmpty()) {
            // A misspelt code would otherwise look like "no such cases".
            v.add(new FieldViolation("category", FieldViolation.UNKNOWN_VALUE, "unknown category '" + category + "'"));
        }
        String words = term(v, "words", search.getWords(), 200);
        String purpose = term(v, "purpose", search.getPurpose(), 500);
        String nameHan = null;
        String namePinyin = null;
        if (name != null) {
            if (Pinyin.hasHan(name)) {
                nameHan = name;
            } else {
                namePinyin = Pinyin.typed(name);
                if (namePinyin.isEmpty()) {
                    v.add(new FieldViolation("name", FieldViolation.INVALID_FORMAT,
                            "a name in Chinese characters or in pinyin letters"));
                }
            }
        }
        boolean personal = idNumber != null || phone != null;
        if (personal && purpose == null) {
            v.add(new FieldViolation("purpose", FieldViolation.REQUIRED, "a search by ID number or phone uses personal "
                    + "data: say why; the reason is kept in the trail of every case found"));
        }
        List<String> wordList = words == null ? List.of() : List.of(words.split("\\s+"));
        if (wordList.size() > 5) {
            v.add(new FieldViolation("words", FieldViolation.TOO_LONG, "at most 5 words"));
        }
        if (v.isEmpty() && caseNumber == null && name == null && !personal && village == null && category == null
                && wordList.isEmpty()) {
            v.add(new FieldViolation("search", FieldViolation.REQUIRED, "at least one of caseNumber, name, idNumber, "
                    + "phone, village, category, words"));
        }
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
        CaseRepository.SearchTerms terms = new CaseRepository.SearchTerms(
                caseNumber == null ? null : caseNumber.toUpperCase(java.util.Locale.ROOT), nameHan,
                namePinyin == null || namePinyin.isEmpty() ? null : namePinyin,
                idNumber == null ? null : idNumber.toUpperCase(java.util.Locale.ROOT), phone, village, category, wordList);
        AuditDraft audit = null;
        if (personal) {
            Map<String, Object> after = new java.util.LinkedHashMap<>();
            after.put("purpose", purpose);
            if (idNumber != null) {
                after.put("idNumber", PersonalData.idNumber(terms.idNumber()));
            }
            if (phone != null) {
                after.put("phone", PersonalData.phone(phone));
            }
            audit = new AuditDraft(actor.userId(), "PERSONAL_DATA_SEARCH", Moment.of(clock), null, after);
        }
        CaseRepository.PageOf result = repository.search(terms, scopeOf(actor, views.today()), page, audit);
        return new Page<>(result.items().stream().map(c -> views.staffView(c, actor)).toList(), page.page(), page.size(),
                result.total(), result.exact());
    }

    /** A search term trimmed (null when empty), and a violation when too long. */
    private static String term(List<FieldViolation> v, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String t = value.trim();
        if (t.length() > max) {
            v.add(new FieldViolation(field, FieldViolation.TOO_LONG, "at most " + max + " characters"));
        }
        return t;
    }

    /** What the actor may see, as every list reads it. */
    private CaseRepository.Scope scopeOf(Actor actor, LocalDate today) {
        List<String> visible = actor.isCountyWide() ? null : List.copyOf(actor.townships());
        return new CaseRepository.Scope(visible, Access.readsOrdinary(actor), Access.withheld(actor), actor.userId(),
                departments.all(), today);
    }

    @Override
    public List<Petitioner> revealPetitioners(Actor actor, String caseId, String purpose) {
        Roles.require(actor, Roles.PERSONAL_DATA_READERS);
        if (purpose == null || purpose.isBlank()) {
            throw ValidationException.of("purpose", FieldViolation.REQUIRED,
                    "say why the petitioners' personal data is needed; the reason is kept in the audit trail");
        }
        if (purpose.length() > 500) {
            throw ValidationException.of("purpose", FieldViolation.TOO_LONG, "at most 500 characters");
        }
        // Check visibility before the audited read, so a refused request leaves no trace of access.
        visible(actor, caseId, repository.find(caseId).orElse(null));
        AuditDraft audit = new AuditDraft(actor.userId(), "PERSONAL_DATA_READ", Moment.of(clock), null,
                Map.of("purpose", purpose.trim()));
        return visible(actor, caseId, repository.findAndAudit(caseId, audit).orElse(null)).petitioners();
    }

    @Override
    public CaseView share(Actor actor, String caseId, String module) {
        Roles.require(actor, READERS);
        if (module == null || !MODULE.matcher(module).matches()) {
            throw new IllegalArgumentException("a module name such as mediation-centre, not " + module);
        }
        // One answer for absent, invisible and withheld cases, so a refusal reveals nothing [30, 46].
        TiaojieException notFound = new TiaojieException(ErrorCode.CASE_NOT_FOUND, "no such case");
        if (caseId == null || caseId.isBlank() || caseId.length() > 36) {
            throw notFound;
        }
        CaseSnapshot shared = repository.change(caseId, entity -> {
            if (entity.getRoutingState() == RoutingState.WITHHELD
                    || !Access.maySee(actor, entity.getTownship(), entity.getRoutingState(), entity.getRegisteredBy())) {
                throw notFound;
            }
            LifecycleRecord r = LifecycleRecord.fromJson(entity.getLifecycle(),
                    entity.getRegisteredAt().atZone(PlatformClock.ZONE).toLocalDate());
            if (!r.sharedWith.contains(module)) {
                // Only the first share changes the case, so later ones never race a clerk's step.
                r.sharedWith.add(module);
                entity.setLifecycle(r.toJson(), Milestones.of(r, rules));
            }
            return new AuditDraft(actor.userId(), "SHARED", Moment.of(clock), null, Map.of("module", module));
        }).orElseThrow(() -> notFound);
        CaseView view = views.staffView(shared, actor);
        view.setMediation(mediationOf(caseId));
        return view;
    }

    @Override
    public List<AuditEntry> auditTrail(Actor actor, String caseId) {
        Roles.require(actor, READERS);
        visible(actor, caseId, repository.find(caseId).orElse(null));
        return repository.auditTrail(caseId).stream().map(CaseQueryServiceImpl::toDto).toList();
    }

    /** Absent and invisible cases look the same, so ids cannot be probed across townships. */
    private static CaseSnapshot visible(Actor actor, String caseId, CaseSnapshot c) {
        if (c == null || !Access.maySee(actor, c.township(), c.routingState(), c.registeredBy())) {
            throw new TiaojieException(ErrorCode.CASE_NOT_FOUND, "no such case");
        }
        return c;
    }

    private static AuditEntry toDto(AuditEntryEntity e) {
        AuditEntry dto = new AuditEntry();
        dto.setSequence(e.getSequence());
        dto.setAt(e.getAt());
        dto.setRealAt(e.getRealAt());
        dto.setActor(e.getActor());
        dto.setAction(e.getAction());
        dto.setBefore(e.getBefore());
        dto.setAfter(e.getAfter());
        return dto;
    }
}
