package org.tiaojie.cases.api.spi;

import java.util.Objects;

/**
 * One extra intake field a department needs — e.g. a land matter's parcel number (地块编号).
 *
 * @param key       key in {@code IntakeRequest.departmentFields}
 * @param label     zh-CN label shown on the intake form
 * @param type      value type, checked by the core
 * @param required  whether intake is refused without it
 * @param maxLength longest accepted text
 * @param pattern   regular expression the whole value must match, or null
 */
public record IntakeField(String key, String label, Type type, boolean required, int maxLength, String pattern) {

    /** Value types the core knows how to check. */
    public enum Type {
        TEXT,
        /** A whole number. */
        INTEGER,
        /** An amount of money in yuan with at most two decimals. */
        MONEY,
        /** An ISO date, {@code yyyy-MM-dd}. */
        DATE
    }

    public IntakeField {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(type, "type");
        if (maxLength < 1) {
            throw new IllegalArgumentException("maxLength must be positive");
        }
    }
}
