package org.tiaojie.records.internal;

import java.util.Collections;
import java.util.Dictionary;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * A bundle's configuration (its PID in Config Admin, from its {@code .cfg}) as plain text values, with the typed
 * reads every settings class needs. A value that cannot be read is refused with the key and what was expected, so
 * the operator's log says which line of which file to fix; the caller turns it into Config Admin's
 * {@code ConfigurationException}, keeping the settings it had.
 */
public final class Settings {
    private final Map<String, String> values;

    private Settings(Map<String, String> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    /** The configuration as Config Admin hands it over; none ({@code null}) is the defaults. */
    public static Settings of(Dictionary<String, ?> properties) {
        Map<String, String> p = new TreeMap<>();
        if (properties != null) {
            for (Enumeration<String> keys = properties.keys(); keys.hasMoreElements(); ) {
                String key = keys.nextElement();
                Object value = properties.get(key);
                if (value != null) {
                    p.put(key, String.valueOf(value).trim());
                }
            }
        }
        return new Settings(p);
    }

    public static Settings of(Map<String, String> values) {
        return new Settings(new TreeMap<>(values));
    }

    /** Every value, by key. */
    public Map<String, String> asMap() {
        return values;
    }

    /** The value, or the default when the key is absent or blank. */
    public String text(String key, String otherwise) {
        String v = values.get(key);
        return v == null || v.isBlank() ? otherwise : v;
    }

    /** A whole number within [min, max], or the default when absent. */
    public int number(String key, int otherwise, int min, int max) {
        String v = values.get(key);
        if (v == null || v.isBlank()) {
            return otherwise;
        }
        try {
            int n = Integer.parseInt(v);
            if (n < min || n > max) {
                throw new IllegalArgumentException(key + " = " + v + ": must be between " + min + " and " + max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " = " + v + ": must be a whole number", e);
        }
    }

    /** true or false, or the default when absent. */
    public boolean flag(String key, boolean otherwise) {
        String v = values.get(key);
        if (v == null || v.isBlank()) {
            return otherwise;
        }
        if (!v.equalsIgnoreCase("true") && !v.equalsIgnoreCase("false")) {
            throw new IllegalArgumentException(key + " = " + v + ": must be true or false");
        }
        return Boolean.parseBoolean(v);
    }

    /** The values whose keys start with the prefix, by the rest of the key, in key order (e.g. {@code lawyer.}). */
    public Map<String, String> withPrefix(String prefix) {
        Map<String, String> found = new LinkedHashMap<>();
        values.forEach((k, v) -> {
            if (k.startsWith(prefix) && k.length() > prefix.length() && !v.isBlank()) {
                found.put(k.substring(prefix.length()).trim(), v);
            }
        });
        return found;
    }
}
