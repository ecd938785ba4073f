package org.tiaojie.cases.core.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import org.tiaojie.cases.api.IntakeRequest;

/**
 * What an idempotency key stands for: a digest of the submission (every field but the key itself, in a canonical
 * order) and of who made it. A retry carries the same digest; another submission under the same key does not.
 */
final class RequestHash {
    private static final ObjectMapper CANONICAL = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private RequestHash() {
    }

    static String of(String submitter, IntakeRequest request) {
        ObjectNode tree = CANONICAL.valueToTree(request);
        tree.remove("idempotencyKey");
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest((submitter + "\n"
                    + CANONICAL.writeValueAsString(tree)).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot digest the submission", e);
        }
    }
}
