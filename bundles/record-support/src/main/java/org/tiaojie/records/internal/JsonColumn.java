package org.tiaojie.records.internal;

import java.util.function.Supplier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * A part of a record kept whole as one JSON document in a text column (a dispute's parties and attempts, a
 * mediation file's sessions, a case's lifecycle): read and written only through this codec, so every bundle stores
 * dates as ISO-8601 text, ignores properties a later version added (a record written by a newer release stays
 * readable after a downgrade) and fails with the record it could not read.
 *
 * @param <T> the document's plain-data class (public fields or bean properties)
 */
public final class JsonColumn<T> {
    private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final Class<T> type;
    private final Supplier<T> empty;

    private JsonColumn(Class<T> type, Supplier<T> empty) {
        this.type = type;
        this.empty = empty;
    }

    /**
     * @param empty what an absent document reads as
     */
    public static <T> JsonColumn<T> of(Class<T> type, Supplier<T> empty) {
        return new JsonColumn<>(type, empty);
    }

    /**
     * The document in the column.
     *
     * @param record names the record in the error, e.g. its number
     */
    public T read(String column, Object record) {
        if (column == null || column.isBlank()) {
            return empty.get();
        }
        try {
            return JSON.readValue(column, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the stored " + type.getSimpleName() + " of " + record + " is unreadable", e);
        }
    }

    /** The column's text for the document. */
    public String write(T document) {
        try {
            return JSON.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(type.getSimpleName() + " must be plain data", e);
        }
    }
}
