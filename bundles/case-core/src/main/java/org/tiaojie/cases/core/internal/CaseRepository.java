package org.tiaojie.cases.core.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;
import javax.persistence.Query;
import javax.persistence.TypedQuery;
import javax.persistence.criteria.CriteriaBuilder;
import javax.persistence.criteria.CriteriaQuery;
import javax.persistence.criteria.Predicate;
import javax.persistence.criteria.Root;
import javax.transaction.Transactional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.tiaojie.cases.api.CaseFilter;
import org.tiaojie.cases.api.CaseStatus;
import org.tiaojie.cases.api.DueBucket;
import org.tiaojie.cases.api.ErrorCode;
import org.tiaojie.cases.api.Page;
import org.tiaojie.cases.api.PageRequest;
import org.tiaojie.cases.api.Petitioner;
import org.tiaojie.cases.api.PlatformClock;
import org.tiaojie.cases.api.RepeatSubmission;
import org.tiaojie.cases.api.RoutingState;
import org.tiaojie.cases.api.TiaojieException;
import org.tiaojie.cases.core.internal.jpa.AuditEntryEntity;
import org.tiaojie.cases.core.internal.jpa.CaseEntity;
import org.tiaojie.cases.core.internal.jpa.IdempotencyKeyEntity;
import org.tiaojie.cases.core.internal.jpa.PetitionerEmbeddable;
import org.tiaojie.cases.core.internal.jpa.RepeatSubmissionEntity;
import org.tiaojie.cases.core.internal.lifecycle.LifecycleRecord;
import org.tiaojie.cases.core.internal.lifecycle.Milestones;
import org.tiaojie.cases.core.internal.time.TimeRules;
import org.tiaojie.records.internal.NativeRows;
import org.tiaojie.records.internal.Numbering;
import org.tiaojie.records.internal.RowLock;
import org.tiaojie.records.internal.SeriesStart;
import org.tiaojie.records.internal.Times;

/**
 * All database access of the core, one JTA transaction per method. Callers above it retry a method
 * whose transaction collided with another (see {@link org.tiaojie.records.internal.Retry}).
 */
public class CaseRepository {
    private static final Logger LOG = LoggerFactory.getLogger(CaseRepository.class);
    /** How an answer names this store when every retry of a change collided ({@link org.tiaojie.records.internal.Retry}). */
    static final String STORE = "the case store";

    @PersistenceContext(unitName = "tiaojie")
    private EntityManager em;

    private SeriesStart series;

    public void setEntityManager(EntityManager em) {
        this.em = em;
    }

    /** Starts a township's numbering for a year (its own transaction). */
    public void setSeries(SeriesStart series) {
        this.series = series;
    }

    /**
     * Makes sure the township's numbering for the year exists, before a registration's transaction begins (no
     * transaction of its own: nothing is done after the first time in this JVM).
     */
    public void prepareNumbering(String township, int year) {
        series.ensure(seriesOf(township, year));
    }

    /** Makes sure a document counter exists, before the issuing transaction begins (as {@link #prepareNumbering}). */
    public void prepareDocumentSeries(String key) {
        series.ensure(key);
    }

    /**
     * The next number of a document counter, under its row lock until the caller's transaction ends (a case's change,
     * which already holds the case's lock: the order is always case, then counter).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public long nextInSeries(String key) {
        return Numbering.next(em, series, key);
    }

    /** The key of a township's numbering in a year: its row in {@code TJ_CASE_COUNTER}. */
    private static String seriesOf(String township, int year) {
        return township + "/" + year;
    }

    /**
     * Takes the case's row lock for the rest of the transaction, before the case is read: two steps (or a step and a
     * repeat) on one case at the same moment take turns instead of one failing on the other's version.
     */
    private boolean lock(String caseId) {
        return RowLock.lock(em, "TJ_CASE", "ID", caseId, "UPDATED_AT");
    }

    /** What {@link #insert} hands back: the case the submission is part of, in its committed form. */
    record Stored(CaseSnapshot snapshot, boolean replayed, boolean repeat) {
    }

    /** Judges the earlier cases of the same petitioner: the one to link the submission to, if any. */
    @FunctionalInterface
    public interface RepeatCheck {
        Optional<CaseSnapshot> linkTo(List<CaseSnapshot> earlier);
    }

    /**
     * Registers a submission in one transaction: either as a new case with the next case number of its
     * township and year and its first audit entry, or — when {@code repeats} links it to an earlier case
     * of the same petitioner — as a repeat submission of that case. A used idempotency key returns what
     * its first submission produced and writes nothing.
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public Stored insert(CaseEntity fresh, int year, AuditDraft audit, RepeatCheck repeats, Runnable newCaseCheck,
                         String requestHash) {
        if (fresh.getIdempotencyKey() != null) {
            IdempotencyKeyEntity known = em.find(IdempotencyKeyEntity.class, fresh.getIdempotencyKey());
            if (known != null) {
                return replay(known, fresh, requestHash);
            }
        }
        Optional<CaseSnapshot> link = repeats.linkTo(samePetitioner(fresh.getPetitioners()));
        if (link.isPresent() && lock(link.get().id())) {
            return linkRepeat(em.find(CaseEntity.class, link.get().id()), fresh, audit.when(), requestHash);
        }
        newCaseCheck.run();
        // Last, so the counter's lock is held only while the case is written and committed.
        String counterId = seriesOf(fresh.getTownship(), year);
        long number = Numbering.next(em, series, counterId);
        fresh.setCaseNumber(CaseNumbers.format(fresh.getTownship(), year, number));
        em.persist(fresh);
        if (fresh.getIdempotencyKey() != null) {
            em.persist(new IdempotencyKeyEntity(fresh.getIdempotencyKey(), fresh.getId(), null, requestHash));
        }
        em.persist(audit.toEntity(fresh.getId(), audit.afterWith("caseNumber", fresh.getCaseNumber())));
        // Surface key and version collisions here, inside the method, so the caller can retry.
        em.flush();
        return new Stored(CaseSnapshot.of(fresh), false, false);
    }

    private Stored replay(IdempotencyKeyEntity known, CaseEntity fresh, String requestHash) {
        CaseEntity first = em.find(CaseEntity.class, known.getCaseId());
        boolean same;
        if (known.getRequestHash() != null) {
            same = known.getRequestHash().equals(requestHash);
        } else if (known.getRepeatId() != null) {
            RepeatSubmissionEntity repeat = em.find(RepeatSubmissionEntity.class, known.getRepeatId());
            same = first.getTownship().equals(fresh.getTownship()) && repeat.getReceivedBy().equals(fresh.getRegisteredBy());
        } else {
            same = first.getTownship().equals(fresh.getTownship()) && first.getCategory().equals(fresh.getCategory())
                    && first.getRegisteredBy().equals(fresh.getRegisteredBy());
        }
        if (!same) {
            throw new TiaojieException(ErrorCode.IDEMPOTENCY_KEY_REUSED, "this idempotency key was already used for a "
                    + "different submission; nothing was written. Choose a new key for a new submission");
        }
        return new Stored(CaseSnapshot.of(first), true, known.getRepeatId() != null);
    }

    /** Keeps the submission with the earlier case; the case's version moves, so racing steps retry. */
    private Stored linkRepeat(CaseEntity target, CaseEntity fresh, Moment when, String requestHash) {
        RepeatSubmissionEntity repeat = new RepeatSubmissionEntity(UUID.randomUUID().toString(), target.getId(),
                fresh.getRegisteredAt(), fresh.getRegisteredBy(), fresh.getPetitionForm(), fresh.getSource(),
                fresh.getHeadCount(), fresh.getPriorLevel(), fresh.getContent(), fresh.getDemands());
        em.persist(repeat);
        int before = target.getRepeatCount();
        target.setRepeatCount(before + 1);
        target.setUpdatedAt(fresh.getRegisteredAt());
        if (fresh.getIdempotencyKey() != null) {
            em.persist(new IdempotencyKeyEntity(fresh.getIdempotencyKey(), target.getId(), repeat.getId(), requestHash));
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("repeatCount", before + 1);
        after.put("petitionForm", fresh.getPetitionForm().name());
        after.put("source", fresh.getSource().name());
        after.put("headCount", fresh.getHeadCount());
        AuditDraft audit = new AuditDraft(fresh.getRegisteredBy(), "REPEAT_LINKED", when, Map.of("repeatCount", before),
                after);
        em.persist(audit.toEntity(target.getId(), audit.after()));
        em.flush();
        return new Stored(CaseSnapshot.of(target), false, true);
    }

    /**
     * The cases that share a petitioner with the submission: the same resident ID number, or the same name
     * and phone. A petitioner with neither an ID number nor a phone cannot be matched.
     */
    List<CaseSnapshot> samePetitioner(List<PetitionerEmbeddable> petitioners) {
        // One indexed lookup per petitioner (IX_PETITIONER_ID_NUMBER, IX_PETITIONER_PHONE_NAME), in plain SQL: the
        // same two statements every time, and only the case ids; the cases are loaded only when there are any.
        Set<String> found = new LinkedHashSet<>();
        for (PetitionerEmbeddable p : petitioners) {
            Query ids;
            if (p.getIdNumber() != null) {
                ids = em.createNativeQuery("SELECT DISTINCT CASE_ID FROM TJ_CASE_PETITIONER WHERE ID_NUMBER = ?1")
                        .setParameter(1, p.getIdNumber());
            } else if (p.getPhone() != null) {
                ids = em.createNativeQuery("SELECT DISTINCT CASE_ID FROM TJ_CASE_PETITIONER WHERE PHONE = ?1 AND NAME = ?2")
                        .setParameter(1, p.getPhone()).setParameter(2, p.getName());
            } else {
                continue;
            }
            for (Object id : ids.getResultList()) {
                found.add((String) id);
            }
        }
        if (found.isEmpty()) {
            return List.of();
        }
        return snapshots(em.createQuery("SELECT c FROM CaseEntity c WHERE c.id IN :ids", CaseEntity.class)
                .setParameter("ids", List.copyOf(found)).getResultList());
    }

    /**
     * Snapshots of many cases with three queries in all, whatever their number: the cases (already read), then the
     * petitioners and the department fields of all of them (indexed by case id), instead of two queries per case.
     */
    private List<CaseSnapshot> snapshots(List<CaseEntity> entities) {
        if (entities.isEmpty()) {
            return List.of();
        }
        List<String> ids = entities.stream().map(CaseEntity::getId).toList();
        String in = String.join(", ", Collections.nCopies(ids.size(), "?"));
        Map<String, List<Petitioner>> petitioners = new HashMap<>();
        Query people = em.createNativeQuery("SELECT CASE_ID, NAME, ID_NUMBER, PHONE, ADDRESS, VILLAGE "
                + "FROM TJ_CASE_PETITIONER WHERE CASE_ID IN (" + in + ") ORDER BY CASE_ID, ORDINAL");
        Map<String, Map<String, String>> fields = new HashMap<>();
        Query values = em.createNativeQuery("SELECT CASE_ID, FIELD_KEY, FIELD_VALUE FROM TJ_CASE_FIELD "
                + "WHERE CASE_ID IN (" + in + ")");
        for (int i = 0; i < ids.size(); i++) {
            people.setParameter(i + 1, ids.get(i));
            values.setParameter(i + 1, ids.get(i));
        }
        for (Object row : people.getResultList()) {
            Object[] r = (Object[]) row;
            petitioners.computeIfAbsent((String) r[0], k -> new ArrayList<>()).add(new Petitioner(
                    (String) r[1], (String) r[2], (String) r[3], (String) r[4], (String) r[5]));
        }
        for (Object row : values.getResultList()) {
            Object[] r = (Object[]) row;
            fields.computeIfAbsent((String) r[0], k -> new LinkedHashMap<>()).put((String) r[1], (String) r[2]);
        }
        List<CaseSnapshot> result = new ArrayList<>(entities.size());
        for (CaseEntity e : entities) {
            result.add(CaseSnapshot.of(e, petitioners.getOrDefault(e.getId(), List.of()),
                    fields.getOrDefault(e.getId(), Map.of())));
        }
        return result;
    }

    /** The case with its repeat submissions, oldest first. */
    private CaseSnapshot withRepeats(CaseEntity entity) {
        List<RepeatSubmission> repeats = new ArrayList<>();
        if (entity.getRepeatCount() > 0) {
            for (RepeatSubmissionEntity r : em.createQuery("SELECT r FROM RepeatSubmissionEntity r "
                            + "WHERE r.caseId = :caseId ORDER BY r.receivedAt", RepeatSubmissionEntity.class)
                    .setParameter("caseId", entity.getId()).getResultList()) {
                RepeatSubmission dto = new RepeatSubmission();
                dto.setReceivedAt(r.getReceivedAt());
                dto.setReceivedBy(r.getReceivedBy());
                dto.setPetitionForm(r.getPetitionForm());
                dto.setSource(r.getSource());
                dto.setHeadCount(r.getHeadCount());
                dto.setPriorLevel(r.getPriorLevel());
                dto.setContent(r.getContent());
                dto.setDemands(r.getDemands());
                repeats.add(dto);
            }
        }
        return CaseSnapshot.of(entity).withRepeats(repeats);
    }

    @Transactional(Transactional.TxType.REQUIRED)
    public Optional<CaseSnapshot> find(String caseId) {
        return Optional.ofNullable(em.find(CaseEntity.class, caseId)).map(this::withRepeats);
    }

    /** Reads the case and records the read of personal data in its audit trail, atomically. */
    @Transactional(Transactional.TxType.REQUIRED)
    public Optional<CaseSnapshot> findAndAudit(String caseId, AuditDraft audit) {
        CaseEntity entity = em.find(CaseEntity.class, caseId);
        if (entity == null) {
            return Optional.empty();
        }
        em.persist(audit.toEntity(caseId, audit.after()));
        return Optional.of(withRepeats(entity));
    }

    /** Adds an entry to a case's audit trail without changing the case; false when there is no such case. */
    @Transactional(Transactional.TxType.REQUIRED)
    public boolean appendAudit(String caseId, AuditDraft audit) {
        if (em.find(CaseEntity.class, caseId) == null) {
            return false;
        }
        em.persist(audit.toEntity(caseId, audit.after()));
        return true;
    }

    @Transactional(Transactional.TxType.REQUIRED)
    public Optional<CaseSnapshot> findByQueryCode(String queryCode) {
        return em.createQuery("SELECT c FROM CaseEntity c WHERE c.queryCode = :code", CaseEntity.class)
                .setParameter("code", queryCode)
                .getResultList().stream().findFirst().map(CaseSnapshot::of);
    }

    /** A change to one stored case: checks and mutates the entity, and says what to audit. */
    @FunctionalInterface
    public interface Change {
        AuditDraft apply(CaseEntity entity);
    }

    /**
     * Applies a change to one case and writes its audit entry in one transaction. A change that throws
     * leaves nothing behind: the transaction rolls back.
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public Optional<CaseSnapshot> change(String caseId, Change change) {
        if (caseId == null || !lock(caseId)) {
            return Optional.empty();
        }
        CaseEntity entity = em.find(CaseEntity.class, caseId);
        AuditDraft audit = change.apply(entity);
        em.persist(audit.toEntity(caseId, audit.after()));
        em.flush();
        return Optional.of(withRepeats(entity));
    }

    /** Statuses in which a case no longer waits for a department. */
    private static final List<CaseStatus> SETTLED = List.of(CaseStatus.CLOSED, CaseStatus.TRANSFERRED,
            CaseStatus.REDIRECTED, CaseStatus.REFERRED_TO_DISCIPLINE, CaseStatus.TERMINATED);
    /**
     * The others, named: "routing state UNROUTED and status one of these" reads only the index entries of what
     * waits (IX_CASE_ROUTING), where "not settled" would read every unrouted case there ever was.
     */
    private static final List<CaseStatus> WAITING = Arrays.stream(CaseStatus.values())
            .filter(s -> !SETTLED.contains(s)).toList();

    /**
     * Gives a department that is live in the township the open unrouted cases of its categories, at most
     * {@code limit} of them, each with an audit entry, in one transaction.
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public List<CaseSnapshot> routeBacklog(String township, String department, Collection<String> categories,
                                           Moment now, int limit) {
        if (categories.isEmpty()) {
            return List.of();
        }
        List<CaseEntity> waiting = em.createQuery("SELECT c FROM CaseEntity c WHERE c.township = :township "
                        + "AND c.routingState = :unrouted AND c.category IN :categories AND c.status IN :waiting "
                        + "ORDER BY c.registeredAt", CaseEntity.class)
                .setParameter("township", township)
                .setParameter("unrouted", RoutingState.UNROUTED)
                .setParameter("categories", List.copyOf(categories))
                .setParameter("waiting", WAITING)
                .setMaxResults(limit)
                .getResultList();
        for (CaseEntity c : waiting) {
            c.setDepartment(department);
            c.setRoutingState(RoutingState.ROUTED);
            c.setUpdatedAt(now.at());
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("department", department);
            after.put("routingState", RoutingState.ROUTED.name());
            AuditDraft audit = new AuditDraft("system", "ROUTED_FROM_BACKLOG", now,
                    Map.of("routingState", RoutingState.UNROUTED.name()), after);
            em.persist(audit.toEntity(c.getId(), audit.after()));
        }
        em.flush();
        return snapshots(waiting);
    }

    @Transactional(Transactional.TxType.REQUIRED)
    public List<AuditEntryEntity> auditTrail(String caseId) {
        return em.createQuery("SELECT a FROM AuditEntryEntity a WHERE a.recordId = :caseId ORDER BY a.sequence",
                        AuditEntryEntity.class)
                .setParameter("caseId", caseId)
                .getResultList();
    }

    /**
     * What a reader may see and what "live" and "overdue" mean at the moment of the query.
     *
     * @param visibleTownships township codes the reader may see, null for all
     * @param ordinary         whether cases that are not complaints about officials are shown
     * @param withheld         which complaints about officials are shown: all of the scope, the reader's own, none
     * @param reader           the reader's user id, for their own complaints
     * @param live             the departments live now, for DEPARTMENT_OFFLINE and the petition office queue
     * @param today            the county's date, for overdue
     */
    record Scope(List<String> visibleTownships, boolean ordinary, Access.Withheld withheld, String reader,
                 List<DepartmentRegistry.Live> live,
                 LocalDate today) {
    }

    /** One page of cases matching the filter within the scope, newest first. */
    @Transactional(Transactional.TxType.REQUIRED)
    public PageOf find(CaseFilter filter, Scope scope, PageRequest page) {
        return newestFirst((cb, root) -> predicates(cb, root, filter, scope), false, page, null);
    }

    /** Which cases a list reads. */
    @FunctionalInterface
    private interface Where {
        Predicate[] of(CriteriaBuilder cb, Root<CaseEntity> root);
    }

    /**
     * One page of the matches, newest first, counted up to a bound (and past the page asked for): the case numbers of
     * the matches, read from the list's own index, never a million rows for every page. {@code distinct} where the
     * criteria join the petitioners; with an audit draft, every case of the page gets the entry.
     */
    private PageOf newestFirst(Where where, boolean distinct, PageRequest page, AuditDraft audit) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        int bound = Math.max(Page.COUNTED_UP_TO, page.offset() + page.size());
        CriteriaQuery<String> count = cb.createQuery(String.class);
        Root<CaseEntity> countRoot = count.from(CaseEntity.class);
        count.select(countRoot.get("caseNumber")).distinct(distinct).where(where.of(cb, countRoot));
        int counted = em.createQuery(count).setMaxResults(bound + 1).getResultList().size();

        CriteriaQuery<CaseEntity> select = cb.createQuery(CaseEntity.class);
        Root<CaseEntity> root = select.from(CaseEntity.class);
        select.select(root).distinct(distinct).where(where.of(cb, root))
                .orderBy(cb.desc(root.get("registeredAt")), cb.desc(root.get("caseNumber")));
        List<CaseEntity> found = em.createQuery(select).setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultList();
        if (audit != null) {
            for (CaseEntity c : found) {
                em.persist(audit.toEntity(c.getId(), audit.after()));
            }
            em.flush();
        }
        return new PageOf(snapshots(found), Math.min(counted, bound), counted <= bound);
    }

    record PageOf(List<CaseSnapshot> items, long total, boolean exact) {
    }

    /**
     * What a search asks, normalised: every non-null term must hold (a petitioner's terms of one and the same
     * petitioner). {@code nameHan} and {@code namePinyin} are prefixes of the name as written and of its pinyin key.
     */
    record SearchTerms(String caseNumber, String nameHan, String namePinyin, String idNumber, String phone,
                       String village, String category, List<String> words) {
        boolean aboutPetitioners() {
            return nameHan != null || namePinyin != null || idNumber != null || phone != null || village != null;
        }
    }

    /**
     * One page of the cases matching the search within the scope, newest first, counted like {@link #find}. With an
     * audit draft, every case of the page gets the entry, in the transaction that reads them.
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public PageOf search(SearchTerms terms, Scope scope, PageRequest page, AuditDraft audit) {
        return newestFirst((cb, root) -> matching(cb, root, terms, scope), terms.aboutPetitioners(), page, audit);
    }

    private static Predicate[] matching(CriteriaBuilder cb, Root<CaseEntity> root, SearchTerms terms, Scope scope) {
        List<Predicate> where = new ArrayList<>(Arrays.asList(predicates(cb, root,
                new CaseFilter().setCategory(terms.category()), scope)));
        if (terms.caseNumber() != null) {
            where.add(cb.like(root.get("caseNumber"), likePrefix(terms.caseNumber()), '\\'));
        }
        for (String word : terms.words()) {
            where.add(cb.like(root.get("content"), "%" + escapeLike(word) + "%", '\\'));
        }
        if (terms.aboutPetitioners()) {
            javax.persistence.criteria.Join<CaseEntity, PetitionerEmbeddable> p = root.join("petitioners");
            if (terms.idNumber() != null) {
                where.add(cb.equal(p.get("idNumber"), terms.idNumber()));
            }
            if (terms.phone() != null) {
                where.add(cb.equal(p.get("phone"), terms.phone()));
            }
            if (terms.nameHan() != null) {
                where.add(cb.like(p.get("name"), likePrefix(terms.nameHan()), '\\'));
            }
            if (terms.namePinyin() != null) {
                where.add(cb.like(p.get("namePinyin"), likePrefix(terms.namePinyin()), '\\'));
            }
            if (terms.village() != null) {
                where.add(cb.equal(p.get("village"), terms.village()));
            }
        }
        return where.toArray(new Predicate[0]);
    }

    private static String likePrefix(String text) {
        return escapeLike(text) + "%";
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /**
     * Fills the pinyin of up to {@code limit} petitioners registered before names were kept in pinyin; returns how
     * many it filled (0: none is left).
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public int fillPinyin(int limit) {
        List<?> rows = em.createNativeQuery("SELECT CASE_ID, ORDINAL, NAME FROM TJ_CASE_PETITIONER "
                + "WHERE NAME_PINYIN IS NULL").setMaxResults(limit).getResultList();
        int filled = 0;
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            String key = Pinyin.column((String) r[2]);
            // A name without a reading is kept as an empty key, so that it is not read again at every start.
            filled += em.createNativeQuery("UPDATE TJ_CASE_PETITIONER SET NAME_PINYIN = ?1 WHERE CASE_ID = ?2 "
                    + "AND ORDINAL = ?3 AND NAME_PINYIN IS NULL").setParameter(1, key == null ? "" : key)
                    .setParameter(2, r[0]).setParameter(3, ((Number) r[1]).intValue()).executeUpdate();
        }
        return filled;
    }

    /**
     * Derives the milestones of up to {@code limit} cases stored before they were kept, from their lifecycle records;
     * returns how many it wrote (0: none is left). A bulk update, without the version: a clerk's step on the same
     * case at the same moment is never refused because of it, and a row the step wrote meanwhile is left alone.
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public int fillMilestones(int limit, TimeRules rules) {
        List<Object[]> rows = em.createQuery("SELECT c.id, c.lifecycle, c.registeredAt FROM CaseEntity c"
                + " WHERE c.milestones IS NULL", Object[].class).setMaxResults(limit).getResultList();
        int filled = 0;
        for (Object[] r : rows) {
            Milestones m;
            int version = Milestones.VERSION;
            try {
                m = Milestones.of(LifecycleRecord.fromJson((String) r[1],
                        ((Date) r[2]).toInstant().atZone(PlatformClock.ZONE).toLocalDate()), rules);
            } catch (RuntimeException unreadable) {
                // Kept out of the rates (and not read again at every start) rather than stopping the others.
                LOG.warn("the lifecycle record of case {} cannot be read; its milestones are left empty", r[0], unreadable);
                m = new Milestones(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
                version = 0;
            }
            filled += em.createQuery("UPDATE CaseEntity c SET c.receivedOn = :receivedOn, c.triageDue = :triageDue,"
                    + " c.triagedOn = :triagedOn, c.acceptedOn = :acceptedOn, c.handlingDue = :handlingDue,"
                    + " c.completedOn = :completedOn, c.settledOn = :settledOn, c.repliedOn = :repliedOn,"
                    + " c.evaluatedOn = :evaluatedOn, c.evaluation = :evaluation, c.reviewRequestedOn = :reviewRequestedOn,"
                    + " c.reviewDecidedOn = :reviewDecidedOn, c.reviewOutcome = :reviewOutcome,"
                    + " c.reReviewDecidedOn = :reReviewDecidedOn, c.reReviewOutcome = :reReviewOutcome,"
                    + " c.milestones = :version WHERE c.id = :id AND c.milestones IS NULL")
                    .setParameter("receivedOn", m.receivedOn()).setParameter("triageDue", m.triageDue())
                    .setParameter("triagedOn", m.triagedOn()).setParameter("acceptedOn", m.acceptedOn())
                    .setParameter("handlingDue", m.handlingDue()).setParameter("completedOn", m.completedOn())
                    .setParameter("settledOn", m.settledOn()).setParameter("repliedOn", m.repliedOn())
                    .setParameter("evaluatedOn", m.evaluatedOn())
                    .setParameter("evaluation", m.evaluation() == null ? null : m.evaluation().name())
                    .setParameter("reviewRequestedOn", m.reviewRequestedOn())
                    .setParameter("reviewDecidedOn", m.reviewDecidedOn())
                    .setParameter("reviewOutcome", m.reviewOutcome() == null ? null : m.reviewOutcome().name())
                    .setParameter("reReviewDecidedOn", m.reReviewDecidedOn())
                    .setParameter("reReviewOutcome", m.reReviewOutcome() == null ? null : m.reReviewOutcome().name())
                    .setParameter("version", version).setParameter("id", r[0]).executeUpdate();
        }
        return filled;
    }

    /** One open office limit of a case, as the reminders read it: the columns only, no case loaded. */
    record DueRow(String id, String caseNumber, String township, String department, CaseStatus status,
                  LocalDate dueDate, String handlerUser, String leaderUser, String registeredBy,
                  boolean restricted) {
    }

    /**
     * The cases whose office limit falls due on or before {@code dueBy}, earliest first then by id, after the
     * position ({@code afterDue}, {@code afterId}; both null: from the start): a range of {@code IX_CASE_DUE_DATE}.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DueRow> dueBy(LocalDate dueBy, LocalDate afterDue, String afterId, int limit) {
        String after = afterDue == null ? "" : " AND (c.dueDate > :afterDue OR (c.dueDate = :afterDue AND c.id > :afterId))";
        TypedQuery<Object[]> q = em.createQuery("SELECT c.id, c.caseNumber, c.township, c.department, c.status, c.dueDate,"
                + " c.handlerUser, c.leaderUser, c.registeredBy, c.routingState FROM CaseEntity c WHERE c.dueDate IS NOT NULL"
                + " AND c.dueDate <= :dueBy" + after + " ORDER BY c.dueDate, c.id", Object[].class)
                .setParameter("dueBy", dueBy).setMaxResults(limit);
        if (afterDue != null) {
            q.setParameter("afterDue", afterDue).setParameter("afterId", afterId);
        }
        List<DueRow> rows = new ArrayList<>();
        for (Object[] r : q.getResultList()) {
            rows.add(new DueRow((String) r[0], (String) r[1], (String) r[2], (String) r[3], (CaseStatus) r[4],
                    (LocalDate) r[5], (String) r[6], (String) r[7], (String) r[8], r[9] == RoutingState.WITHHELD));
        }
        return rows;
    }

    /**
     * Whose work a worklist reads, beyond what the reader may see: cases naming {@code me} (handler, responsible
     * leader, or my registration not yet dispatched), the cases of {@code units}, or — both null — every case of the
     * scope.
     */
    record Work(String me, List<String> units) {
    }

    /** A worklist's counts and one page of one bucket (or of all three), earliest due date first. */
    record WorkPage(long overdue, long dueToday, long dueThisWeek, List<CaseSnapshot> items) {
    }

    @Transactional(Transactional.TxType.REQUIRED)
    public WorkPage worklist(Work work, Scope scope, DueBucket bucket, LocalDate weekEnds,
                             PageRequest page) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        LocalDate today = scope.today();
        long overdue = countDue(cb, work, scope, null, today.minusDays(1));
        long dueToday = countDue(cb, work, scope, today, today);
        long thisWeek = today.equals(weekEnds) ? 0 : countDue(cb, work, scope, today.plusDays(1), weekEnds);

        CriteriaQuery<CaseEntity> select = cb.createQuery(CaseEntity.class);
        Root<CaseEntity> root = select.from(CaseEntity.class);
        LocalDate from = bucket == null || bucket == DueBucket.OVERDUE ? null
                : bucket == DueBucket.TODAY ? today : today.plusDays(1);
        LocalDate to = bucket == DueBucket.OVERDUE ? today.minusDays(1)
                : bucket == DueBucket.TODAY ? today : weekEnds;
        select.select(root).where(due(cb, root, work, scope, from, to))
                .orderBy(cb.asc(root.get("dueDate")), cb.asc(root.get("caseNumber")));
        List<CaseEntity> items = from != null && from.isAfter(to) ? List.of() : em.createQuery(select)
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return new WorkPage(overdue, dueToday, thisWeek, snapshots(items));
    }

    private long countDue(CriteriaBuilder cb, Work work, Scope scope, LocalDate from, LocalDate to) {
        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<CaseEntity> root = count.from(CaseEntity.class);
        count.select(cb.count(root)).where(due(cb, root, work, scope, from, to));
        return em.createQuery(count).getSingleResult();
    }

    /** Visible to the reader, the work asked for, and due in [from, to] (from null: any time up to {@code to}). */
    private static Predicate[] due(CriteriaBuilder cb, Root<CaseEntity> root, Work work, Scope scope, LocalDate from,
                                   LocalDate to) {
        List<Predicate> where = new ArrayList<>(Arrays.asList(predicates(cb, root, new CaseFilter(), scope)));
        if (work.me() != null) {
            where.add(cb.or(cb.equal(root.get("handlerUser"), work.me()), cb.equal(root.get("leaderUser"), work.me()),
                    cb.and(cb.equal(root.get("registeredBy"), work.me()), cb.isNull(root.get("handlerUser")),
                            cb.isNull(root.get("leaderUser")))));
        }
        if (work.units() != null) {
            where.add(work.units().isEmpty() ? cb.disjunction() : root.get("department").in(work.units()));
        }
        if (from != null) {
            where.add(cb.greaterThanOrEqualTo(root.<LocalDate>get("dueDate"), from));
        } else {
            where.add(cb.isNotNull(root.get("dueDate")));
        }
        where.add(cb.lessThanOrEqualTo(root.<LocalDate>get("dueDate"), to));
        return where.toArray(new Predicate[0]);
    }

    /** The case's department is one of the live ones of its township. */
    private static Predicate liveDepartment(CriteriaBuilder cb, Root<CaseEntity> root, List<DepartmentRegistry.Live> live) {
        return cb.or(live.stream().map(l -> cb.and(cb.equal(root.get("township"), l.township()),
                cb.equal(root.get("department"), l.department()))).toArray(Predicate[]::new));
    }

    private static Predicate[] predicates(CriteriaBuilder cb, Root<CaseEntity> root, CaseFilter filter, Scope scope) {
        List<Predicate> where = new ArrayList<>();
        Predicate complaint = cb.equal(root.get("routingState"), RoutingState.WITHHELD);
        Predicate complaints = switch (scope.withheld()) {
            case ALL -> complaint;
            case OWN -> cb.and(complaint, cb.equal(root.get("registeredBy"), scope.reader()));
            case NONE -> cb.disjunction();
        };
        if (!(scope.ordinary() && scope.withheld() == Access.Withheld.ALL)) {
            // A reader who sees every case of the scope needs no condition (and the count reads only the index).
            where.add(scope.ordinary() ? cb.or(cb.not(complaint), complaints) : complaints);
        }
        List<String> visibleTownships = scope.visibleTownships();
        if (visibleTownships != null) {
            where.add(visibleTownships.isEmpty() ? cb.disjunction() : root.get("township").in(visibleTownships));
        }
        Predicate routed = cb.equal(root.get("routingState"), RoutingState.ROUTED);
        Predicate withLiveDepartment = scope.live().isEmpty() ? cb.disjunction()
                : cb.and(routed, liveDepartment(cb, root, scope.live()));
        Predicate departmentOffline = scope.live().isEmpty() ? routed
                : cb.and(routed, cb.not(liveDepartment(cb, root, scope.live())));
        Predicate queue = cb.or(cb.equal(root.get("routingState"), RoutingState.UNROUTED), departmentOffline);
        if (filter.getPetitionOfficeQueue() != null) {
            where.add(filter.getPetitionOfficeQueue() ? queue : cb.not(queue));
        }
        if (filter.getOverdue() != null) {
            Predicate overdue = cb.lessThan(root.<LocalDate>get("dueDate"), scope.today());
            where.add(filter.getOverdue() ? overdue : cb.or(cb.isNull(root.get("dueDate")), cb.not(overdue)));
        }
        if (filter.getTownship() != null) {
            where.add(cb.equal(root.get("township"), filter.getTownship()));
        }
        if (filter.getStatus() != null) {
            where.add(cb.equal(root.get("status"), filter.getStatus()));
        }
        if (filter.getCategory() != null) {
            where.add(cb.equal(root.get("category"), filter.getCategory()));
        }
        if (filter.getPetitionForm() != null) {
            where.add(cb.equal(root.get("petitionForm"), filter.getPetitionForm()));
        }
        if (filter.getDepartment() != null) {
            where.add(cb.equal(root.get("department"), filter.getDepartment()));
        }
        if (filter.getRoutingState() != null) {
            where.add(switch (filter.getRoutingState()) {
                case ROUTED -> withLiveDepartment;
                case DEPARTMENT_OFFLINE -> departmentOffline;
                default -> cb.equal(root.get("routingState"), filter.getRoutingState());
            });
        }
        if (filter.getRegisteredFrom() != null) {
            where.add(cb.greaterThanOrEqualTo(root.<Date>get("registeredAt"), Times.toDate(filter.getRegisteredFrom())));
        }
        if (filter.getRegisteredTo() != null) {
            where.add(cb.lessThan(root.<Date>get("registeredAt"), Times.toDate(filter.getRegisteredTo())));
        }
        return where.toArray(new Predicate[0]);
    }

    /**
     * Rows of a read-only native query built by the statistics' figure source (its SQL names only fixed columns; the
     * values are bound), at most {@code max}.
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public List<Object[]> figureRows(String sql, List<Object> args, int max) {
        return NativeRows.of(em, sql, args, max);
    }
}
