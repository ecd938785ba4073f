package org.tiaojie.mediation.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.tiaojie.mediation.internal.jpa.FileEntity;
import org.tiaojie.mediation.internal.jpa.StepEntity;
import org.tiaojie.records.internal.NativeRows;
import org.tiaojie.records.internal.Numbering;
import org.tiaojie.records.internal.PagedQuery;
import org.tiaojie.records.internal.RowLock;
import org.tiaojie.records.internal.SeriesStart;

/** A channel's own tables, through its persistence unit's template; one JTA transaction per method. */
public class FileStore {
    private final JpaTemplate jpa;
    private volatile SeriesStart series;
    private volatile String recordTable;

    public FileStore(JpaTemplate jpa) {
        this.jpa = jpa;
    }

    /** Starts a year's numbering of the channel's files (its own transaction). */
    public void setSeries(SeriesStart series) {
        this.series = series;
    }

    /** The channel's table of files, e.g. {@code TJ_PM_RECORD} (as its orm.xml names it). */
    public void setRecordTable(String recordTable) {
        this.recordTable = recordTable;
    }

    /** Numbers the file (prefix-year-sequence) and stores it with its first step, in one transaction. */
    public FileEntity insert(FileEntity fresh, String prefix, int year, Function<FileEntity, StepEntity> step) {
        series.ensure(year);
        return jpa.txExpr(TransactionType.Required, em -> {
            long number = Numbering.next(em, series, year);
            fresh.setNumber(String.format("%s-%d-%04d", prefix, year, number));
            em.persist(fresh);
            em.persist(step.apply(fresh));
            em.flush();
            return fresh;
        });
    }

    /** Runs the work in one JTA transaction (joining a running one), so calls into other units commit with it. */
    public <R> R inTransaction(java.util.function.Supplier<R> work) {
        return jpa.txExpr(TransactionType.Required, em -> work.get());
    }

    public Optional<FileEntity> find(String id) {
        return id == null ? Optional.empty()
                : Optional.ofNullable(jpa.txExpr(TransactionType.Required, em -> em.find(FileEntity.class, id)));
    }

    /**
     * One page, newest first, filtered in the database: by status (any when null) and by township (any of
     * {@code townships}; all when null).
     */
    public PagedQuery.Slice<FileEntity> list(String status, Collection<String> townships, int offset, int size) {
        return jpa.txExpr(TransactionType.Required, em -> PagedQuery.from(em, FileEntity.class)
                .equal("status", status).in("township", townships)
                .page("createdAt DESC, number DESC", offset, size));
    }

    /** Changes a file and records the step in one transaction; empty when there is no such file. */
    public Optional<FileEntity> change(String id, Function<FileEntity, StepEntity> change) {
        if (id == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(jpa.txExpr(TransactionType.Required, em -> {
            // Two steps on one file at the same moment take turns.
            if (!RowLock.lock(em, recordTable, "ID", id, "CREATED_AT")) {
                return null;
            }
            FileEntity entity = em.find(FileEntity.class, id);
            em.persist(change.apply(entity));
            em.flush();
            return entity;
        }));
    }

    /**
     * The files whose followed limit falls due on or before {@code dueBy}, by due date then id, after the position
     * given (none: from the start), at most {@code limit} (IX_xx_DUE).
     */
    public List<FileEntity> dueBy(LocalDate dueBy, LocalDate afterDue, String afterId, int limit) {
        return jpa.txExpr(TransactionType.Required, em -> {
            String after = afterDue == null ? ""
                    : " AND (f.dueDate > :afterDue OR (f.dueDate = :afterDue AND f.id > :afterId))";
            var query = em.createQuery("SELECT f FROM FileEntity f WHERE f.dueDate IS NOT NULL AND f.dueDate <= :dueBy"
                    + after + " ORDER BY f.dueDate, f.id", FileEntity.class).setParameter("dueBy", dueBy);
            if (afterDue != null) {
                query.setParameter("afterDue", afterDue).setParameter("afterId", afterId == null ? "" : afterId);
            }
            return query.setMaxResults(limit).getResultList();
        });
    }

    /**
     * Lets the parties' windows that closed before {@code today} go: an agreement nobody asked the court to confirm
     * in time has no limit left to remind anyone of. Plain SQL on the caller's connection; how many it let go.
     */
    public int closeWindows(String status, LocalDate today) {
        return jpa.txExpr(TransactionType.Required, em -> em.createNativeQuery("UPDATE " + recordTable
                + " SET DUE_DATE = NULL WHERE DUE_DATE < ?1 AND STATUS = ?2")
                .setParameter(1, java.sql.Date.valueOf(today)).setParameter(2, status).executeUpdate());
    }

    /**
     * Gives the files stored before DUE_DATE was kept their due date: one batch of the unsettled ones without one, by
     * id after {@code afterId}; the last id looked at, or null when there were none.
     */
    public String backfillDueDates(Collection<String> settledStatuses, Function<FileEntity, LocalDate> dueDate,
                                   String afterId, int batch) {
        return jpa.txExpr(TransactionType.Required, em -> {
            List<FileEntity> files = em.createQuery("SELECT f FROM FileEntity f WHERE f.dueDate IS NULL"
                            + " AND f.status NOT IN :settled AND f.id > :after ORDER BY f.id", FileEntity.class)
                    .setParameter("settled", settledStatuses).setParameter("after", afterId)
                    .setMaxResults(batch).getResultList();
            files.forEach(f -> f.setDueDate(dueDate.apply(f)));
            em.flush();
            return files.isEmpty() ? null : files.get(files.size() - 1).getId();
        });
    }

    /** The channel's table of steps, beside its table of files ({@code TJ_PM_RECORD}: {@code TJ_PM_HISTORY}). */
    public String historyTable() {
        return recordTable.replace("_RECORD", "_HISTORY");
    }

    public String recordTable() {
        return recordTable;
    }

    /** Rows of a read-only native query of the channel's rates (fixed columns; values bound), at most {@code max}. */
    public List<Object[]> rateRows(String sql, List<Object> args, int max) {
        return jpa.txExpr(TransactionType.Required, em -> NativeRows.of(em, sql, args, max));
    }
}
