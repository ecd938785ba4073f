package org.tiaojie.cases.core.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;
import javax.persistence.TypedQuery;
import javax.persistence.criteria.CriteriaBuilder;
import javax.persistence.criteria.CriteriaQuery;
import javax.persistence.criteria.Predicate;
import javax.persistence.criteria.Root;
import javax.transaction.Transactional;

import org.tiaojie.cases.api.CaseFilter;
import org.tiaojie.cases.api.CaseStatus;
import org.tiaojie.cases.api.ErrorCode;
import org.tiaojie.cases.api.PageRequest;
import org.tiaojie.cases.api.RepeatSubmission;
import org.tiaojie.cases.api.RoutingState;
import org.tiaojie.cases.api.TiaojieException;
import org.tiaojie.cases.core.internal.jpa.AuditEntryEntity;
import org.tiaojie.cases.core.internal.jpa.CaseEntity;
import org.tiaojie.cases.core.internal.jpa.CaseNumberCounter;
import org.tiaojie.cases.core.internal.jpa.IdempotencyKeyEntity;
import org.tiaojie.cases.core.internal.jpa.PetitionerEmbeddable;
import org.tiaojie.cases.core.internal.jpa.RepeatSubmissionEntity;

/**
 * All database access of the core, one JTA transaction per method. Callers above it retry a method
 * whose transaction collided with another (see {@link Retry}).
 */
public class CaseRepository {

    @PersistenceContext(unitName = "tiaojie")
    private EntityManager em;

    public void setEntityManager(EntityManager em) {
        this.em = em;
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
        if (link.isPresent()) {
            return linkRepeat(em.find(CaseEntity.class, link.get().id()), fresh, audit.when(), requestHash);
        }
        newCaseCheck.run();
        String counterId = CaseNumberCounter.idOf(fresh.getTownship(), year);
        CaseNumberCounter counter = em.find(CaseNumberCounter.class, counterId);
        if (counter == null) {
            counter = new CaseNumberCounter(counterId);
            em.persist(counter);
        }
        fresh.setCaseNumber(CaseNumbers.format(fresh.getTownship(), year, counter.take()));
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
                fresh.getRegisteredAt(), fresh.getRegisteredBy(), fresh.getChannel(), fresh.getSource(),
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
        after.put("channel", fresh.getChannel().name());
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
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        for (PetitionerEmbeddable p : petitioners) {
            int i = params.size();
            if (p.getIdNumber() != null) {
                conditions.add("p.idNumber = :v" + i);
                params.put("v" + i, p.getIdNumber());
            } else if (p.getPhone() != null) {
                conditions.add("(p.name = :v" + i + " AND p.phone = :v" + (i + 1) + ")");
                params.put("v" + i, p.getName());
                params.put("v" + (i + 1), p.getPhone());
            }
        }
        if (conditions.isEmpty()) {
            return List.of();
        }
        // Ids first: DISTINCT over whole rows would compare the CLOB column, which Derby and PostgreSQL refuse.
        TypedQuery<String> ids = em.createQuery("SELECT DISTINCT c.id FROM CaseEntity c JOIN c.petitioners p WHERE "
                + String.join(" OR ", conditions), String.class);
        params.forEach(ids::setParameter);
        List<String> found = ids.getResultList();
        if (found.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT c FROM CaseEntity c WHERE c.id IN :ids", CaseEntity.class)
                .setParameter("ids", found).getResultList().stream().map(CaseSnapshot::of).toList();
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
                dto.setChannel(r.getChannel());
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
        CaseEntity entity = em.find(CaseEntity.class, caseId);
        if (entity == null) {
            return Optional.empty();
        }
        AuditDraft audit = change.apply(entity);
        em.persist(audit.toEntity(caseId, audit.after()));
        em.flush();
        return Optional.of(withRepeats(entity));
    }

    /** Statuses in which a case no longer waits for a department. */
    private static final List<CaseStatus> SETTLED = List.of(CaseStatus.CLOSED, CaseStatus.TRANSFERRED,
            CaseStatus.REDIRECTED, CaseStatus.REFERRED_TO_DISCIPLINE, CaseStatus.TERMINATED);

    /** The townships and categories that have open unrouted cases, as {township, category} pairs: one cheap query. */
    @Transactional(Transactional.TxType.REQUIRED)
    public List<String[]> unroutedTownshipsAndCategories() {
        List<String[]> pairs = new ArrayList<>();
        for (Object[] row : em.createQuery("SELECT DISTINCT c.township, c.category FROM CaseEntity c "
                        + "WHERE c.routingState = :unrouted AND c.status NOT IN :settled", Object[].class)
                .setParameter("unrouted", RoutingState.UNROUTED)
                .setParameter("settled", SETTLED)
                .getResultList()) {
            pairs.add(new String[]{(String) row[0], (String) row[1]});
        }
        return pairs;
    }

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
                        + "AND c.routingState = :unrouted AND c.category IN :categories AND c.status NOT IN :settled "
                        + "ORDER BY c.registeredAt", CaseEntity.class)
                .setParameter("township", township)
                .setParameter("unrouted", RoutingState.UNROUTED)
                .setParameter("categories", List.copyOf(categories))
                .setParameter("settled", SETTLED)
                .setMaxResults(limit)
                .getResultList();
        List<CaseSnapshot> routed = new ArrayList<>();
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
            routed.add(CaseSnapshot.of(c));
        }
        em.flush();
        return routed;
    }

    @Transactional(Transactional.TxType.REQUIRED)
    public List<AuditEntryEntity> auditTrail(String caseId) {
        return em.createQuery("SELECT a FROM AuditEntryEntity a WHERE a.caseId = :caseId ORDER BY a.sequence",
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
        CriteriaBuilder cb = em.getCriteriaBuilder();

        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<CaseEntity> countRoot = count.from(CaseEntity.class);
        count.select(cb.count(countRoot)).where(predicates(cb, countRoot, filter, scope));
        long total = em.createQuery(count).getSingleResult();

        CriteriaQuery<CaseEntity> select = cb.createQuery(CaseEntity.class);
        Root<CaseEntity> root = select.from(CaseEntity.class);
        select.select(root).where(predicates(cb, root, filter, scope))
                .orderBy(cb.desc(root.get("registeredAt")), cb.desc(root.get("caseNumber")));
        TypedQuery<CaseEntity> query = em.createQuery(select)
                .setFirstResult(page.offset())
                .setMaxResults(page.size());
        List<CaseSnapshot> items = new ArrayList<>();
        for (CaseEntity entity : query.getResultList()) {
            items.add(CaseSnapshot.of(entity));
        }
        return new PageOf(items, total);
    }

    record PageOf(List<CaseSnapshot> items, long total) {
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
        where.add(scope.ordinary() ? cb.or(cb.not(complaint), complaints) : complaints);
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
            Predicate overdue = cb.lessThan(root.<java.sql.Date>get("dueDate"), java.sql.Date.valueOf(scope.today()));
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
        if (filter.getChannel() != null) {
            where.add(cb.equal(root.get("channel"), filter.getChannel()));
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
            where.add(cb.greaterThanOrEqualTo(root.<Date>get("registeredAt"), Date.from(filter.getRegisteredFrom())));
        }
        if (filter.getRegisteredTo() != null) {
            where.add(cb.lessThan(root.<Date>get("registeredAt"), Date.from(filter.getRegisteredTo())));
        }
        return where.toArray(new Predicate[0]);
    }
}
