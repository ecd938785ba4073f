package org.tiaojie.mediation.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.tiaojie.mediation.internal.jpa.FileEntity;
import org.tiaojie.mediation.internal.jpa.StepEntity;
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
}
