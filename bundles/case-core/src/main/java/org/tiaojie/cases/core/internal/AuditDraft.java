package org.tiaojie.cases.core.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.tiaojie.cases.core.internal.jpa.AuditEntryEntity;

/** An audit entry being prepared: who, what, when, and the changed values before and after. */
record AuditDraft(String actor, String action, Moment when, Map<String, Object> before, Map<String, Object> after) {
    private static final ObjectMapper JSON = new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    AuditDraft {
        before = before == null ? null : new LinkedHashMap<>(before);
        after = after == null ? null : new LinkedHashMap<>(after);
    }

    Map<String, Object> afterWith(String key, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(after == null ? Map.of() : after);
        copy.put(key, value);
        return copy;
    }

    AuditEntryEntity toEntity(String caseId, Map<String, Object> afterValues) {
        return new AuditEntryEntity(caseId, when.at(), when.realAt(), actor, action, json(before), json(afterValues));
    }

    private static String json(Map<String, Object> values) {
        if (values == null) {
            return null;
        }
        try {
            return JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit values must be plain data", e);
        }
    }
}
