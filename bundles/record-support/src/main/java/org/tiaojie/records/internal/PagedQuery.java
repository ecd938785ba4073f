package org.tiaojie.records.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

/**
 * A list of records filtered, sorted and paged in the database, with the number of all that match: what a page of
 * a plug-in's list needs, in two queries, whatever the table's size. Filters left null are left out.
 *
 * <pre>
 * PagedQuery.from(em, FileEntity.class).equal("status", status).in("township", townships)
 *         .page("createdAt DESC, number DESC", offset, size);
 * </pre>
 */
public final class PagedQuery<T> {
    private static final String ALIAS = "r";

    /**
     * One page of records and the number of those that match, counted up to {@link #COUNTED_UP_TO} and past the page
     * ({@code exact} false when more match).
     */
    public record Slice<T>(List<T> items, long total, boolean exact) {
    }

    /** As far as a list counts (the API's {@code Page.COUNTED_UP_TO}). */
    public static final int COUNTED_UP_TO = 1_000;

    private final EntityManager em;
    private final Class<T> entity;
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();
    private boolean empty;

    private PagedQuery(EntityManager em, Class<T> entity) {
        this.em = em;
        this.entity = entity;
    }

    public static <T> PagedQuery<T> from(EntityManager em, Class<T> entity) {
        return new PagedQuery<>(em, entity);
    }

    /** The field equals the value; no condition when the value is null. */
    public PagedQuery<T> equal(String field, Object value) {
        if (value != null) {
            String name = "p" + parameters.size();
            conditions.add(ALIAS + "." + field + " = :" + name);
            parameters.put(name, value);
        }
        return this;
    }

    /** The field is one of the values; no condition when they are null, no records when they are empty. */
    public PagedQuery<T> in(String field, Collection<?> values) {
        if (values != null) {
            if (values.isEmpty()) {
                empty = true;
            } else {
                String name = "p" + parameters.size();
                conditions.add(ALIAS + "." + field + " IN :" + name);
                parameters.put(name, List.copyOf(values));
            }
        }
        return this;
    }

    /**
     * The page, sorted by {@code orderBy} (fields of the entity, each with ASC or DESC, comma-separated; the last
     * one should be unique, so the order is stable across pages).
     */
    public Slice<T> page(String orderBy, int offset, int size) {
        if (empty) {
            return new Slice<>(List.of(), 0, true);
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        String from = " FROM " + entity.getSimpleName() + " " + ALIAS + where;
        List<String> order = new ArrayList<>();
        for (String part : orderBy.split(",")) {
            order.add(ALIAS + "." + part.trim());
        }
        // Counted up to a bound, by the order's last (unique) field: read from the list's index, never the table.
        String key = order.get(order.size() - 1).split("\\s+")[0];
        int bound = Math.max(COUNTED_UP_TO, offset + size);
        TypedQuery<Object> count = em.createQuery("SELECT " + key + from, Object.class);
        parameters.forEach(count::setParameter);
        int counted = count.setMaxResults(bound + 1).getResultList().size();
        long total = Math.min(counted, bound);
        if (total == 0 || offset >= total) {
            return new Slice<>(List.of(), total, counted <= bound);
        }
        TypedQuery<T> page = em.createQuery("SELECT " + ALIAS + from + " ORDER BY " + String.join(", ", order), entity);
        parameters.forEach(page::setParameter);
        return new Slice<>(page.setFirstResult(offset).setMaxResults(size).getResultList(), total, counted <= bound);
    }
}
