package org.tiaojie.records.internal;

import javax.persistence.EntityManager;

/**
 * Gapless numbers: the next number of a series (a township's cases in a year, a channel's files in a year) taken
 * under the row lock of the series' counter, held until the caller's transaction ends. Two registrations at the
 * same moment take turns for the few milliseconds between the counter's update and their commit; neither fails,
 * and a transaction that rolls back gives its number back, so an auditor never sees a gap.
 *
 * <p>The counter is a table with a key column and {@code NEXT_VALUE}, not mapped as an entity: only these statements
 * touch it, and the lock, not an optimistic check, keeps two takers apart. The update is the lock: it is issued first, so there is no window
 * between reading the counter and locking it. Call it as the last step before the record is written.
 */
public final class Numbering {
    private Numbering() {
    }

    /**
     * Takes the next number of a series.
     *
     * @param em     the entity manager of the caller's transaction
     * @param series the counter table of the series, and how to start a series the first time it is used (in a
     *               transaction of its own; two callers starting the same series at the same moment are fine)
     * @param key    which series: a township and year, a year
     */
    public static long next(EntityManager em, SeriesStart series, Object key) {
        if (advance(em, series, key) == 0) {
            series.start(key);
            if (advance(em, series, key) == 0) {
                throw new IllegalStateException("the counter of series " + key + " could not be created");
            }
        }
        Object next = em.createNativeQuery("SELECT NEXT_VALUE FROM " + series.table() + " WHERE " + series.keyColumn()
                + " = ?1").setParameter(1, key).getSingleResult();
        return ((Number) next).longValue() - 1;
    }

    // Plain SQL, on the caller's connection: one statement that locks the row and moves the counter.
    private static int advance(EntityManager em, SeriesStart series, Object key) {
        return em.createNativeQuery("UPDATE " + series.table() + " SET NEXT_VALUE = NEXT_VALUE + 1 WHERE "
                + series.keyColumn() + " = ?1").setParameter(1, key).executeUpdate();
    }
}
