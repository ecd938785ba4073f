package org.tiaojie.cases.ws.internal.input;

import java.beans.BeanInfo;
import java.beans.IntrospectionException;
import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import org.tiaojie.cases.api.FieldViolation;
import org.tiaojie.cases.api.ValidationException;

/**
 * The limits every request is held to at the door, REST and SOAP alike, before any service sees it: each text's
 * declared maximum ({@code @Schema(maxLength)} on the API's getters, the same numbers the OpenAPI document and the
 * database columns carry), each list's ({@code @ArraySchema(maxItems)}), each map's ({@code maxProperties}), only
 * characters that XML 1.0 can carry (so whatever is stored comes back over SOAP too), and dates in a sensible range.
 * A violation names the field and never echoes the input.
 */
public final class InputLimits {
    /** A text property without a declared maximum is held to this. */
    public static final int DEFAULT_MAX_LENGTH = 2000;
    /** A list without a declared maximum is held to this. */
    public static final int DEFAULT_MAX_ITEMS = 50;
    /** Keys and values of a map of texts (department fields). */
    public static final int MAP_KEY_MAX = 64;
    public static final int MAP_VALUE_MAX = 500;
    /** Query and path parameters: codes, ids, dates, purposes. */
    public static final int PARAMETER_MAX = 500;
    /** Dates outside these years are typing errors or probes. */
    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2200;

    private static final Map<Class<?>, List<Property>> PROPERTIES = new ConcurrentHashMap<>();

    private record Property(String name, Method getter, int maxLength, int maxItems, int itemMaxLength,
                            int maxProperties) {
    }

    private InputLimits() {
    }

    /** Checks a request object and everything in it. */
    public static void check(Object request) {
        List<FieldViolation> v = new ArrayList<>();
        walk(request, "", v, 0);
        if (!v.isEmpty()) {
            throw new ValidationException(v.size() > 20 ? v.subList(0, 20) : v);
        }
    }

    /** The declared limits of a request property: text length, list size, list items' length, map size. */
    public record Limits(int maxLength, int maxItems, int itemMaxLength, int maxProperties) {
    }

    /** The limits the door holds a request type's property to, as the WSDL declares them; empty if unknown. */
    public static java.util.Optional<Limits> limitsOf(Class<?> type, String property) {
        return properties(type).stream().filter(p -> p.name().equals(property)).findFirst()
                .map(p -> new Limits(p.maxLength(), p.maxItems(), p.itemMaxLength(), p.maxProperties()));
    }

    /** Checks one query, path or SOAP parameter of text. */
    public static void checkParameter(String name, String value) {
        List<FieldViolation> v = new ArrayList<>();
        text(v, name, value, PARAMETER_MAX);
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
    }

    /** Whether every character can be carried by XML 1.0 (no control characters but tab, LF and CR; no lone surrogates). */
    public static boolean xmlSafe(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            } else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0xFFFE || c == 0xFFFF) {
                return false;
            }
        }
        return true;
    }

    private static void walk(Object value, String path, List<FieldViolation> v, int depth) {
        if (value == null || depth > 8) {
            return;
        }
        for (Property p : properties(value.getClass())) {
            Object child;
            try {
                child = p.getter().invoke(value);
            } catch (IllegalAccessException | InvocationTargetException e) {
                continue;
            }
            String field = path.isEmpty() ? p.name() : path + "." + p.name();
            check(child, field, p, v, depth);
        }
    }

    private static void check(Object child, String field, Property p, List<FieldViolation> v, int depth) {
        if (child == null) {
            return;
        }
        if (child instanceof String text) {
            text(v, field, text, p.maxLength());
        } else if (child instanceof Collection<?> items) {
            if (items.size() > p.maxItems()) {
                v.add(new FieldViolation(field, FieldViolation.TOO_LONG, "at most " + p.maxItems() + " items"));
                return;
            }
            int i = 0;
            for (Object item : items) {
                String at = field + "[" + i++ + "]";
                if (item instanceof String text) {
                    text(v, at, text, p.itemMaxLength());
                } else if (item != null && !simple(item)) {
                    walk(item, at, v, depth + 1);
                }
            }
        } else if (child instanceof Map<?, ?> map) {
            if (map.size() > p.maxProperties()) {
                v.add(new FieldViolation(field, FieldViolation.TOO_LONG, "at most " + p.maxProperties() + " entries"));
                return;
            }
            for (Map.Entry<?, ?> e : map.entrySet()) {
                String key = String.valueOf(e.getKey());
                String at = field + "." + (key.length() > MAP_KEY_MAX || !xmlSafe(key) ? "?" : key);
                text(v, at, key, MAP_KEY_MAX);
                if (e.getValue() instanceof String text) {
                    text(v, at, text, MAP_VALUE_MAX);
                }
            }
        } else if (child instanceof LocalDate date) {
            year(v, field, date.getYear());
        } else if (child instanceof Instant instant) {
            year(v, field, instant.atOffset(ZoneOffset.UTC).getYear());
        } else if (child instanceof BigDecimal amount) {
            if (amount.precision() - amount.scale() > 12 || amount.scale() > 2) {
                v.add(new FieldViolation(field, FieldViolation.OUT_OF_RANGE, "at most 12 digits and 2 decimals"));
            }
        } else if (!simple(child)) {
            walk(child, field, v, depth + 1);
        }
    }

    private static void text(List<FieldViolation> v, String field, String text, int max) {
        if (text == null) {
            return;
        }
        if (text.length() > max) {
            v.add(new FieldViolation(field, FieldViolation.TOO_LONG, "at most " + max + " characters"));
        } else if (!xmlSafe(text)) {
            v.add(new FieldViolation(field, FieldViolation.INVALID_FORMAT,
                    "contains characters that cannot be stored (control characters or broken surrogate pairs)"));
        }
    }

    private static void year(List<FieldViolation> v, String field, int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            v.add(new FieldViolation(field, FieldViolation.OUT_OF_RANGE, "a date between " + FIRST_YEAR + " and " + LAST_YEAR));
        }
    }

    /** Values with nothing inside to check. */
    private static boolean simple(Object o) {
        return o instanceof Number || o instanceof Boolean || o instanceof Enum<?> || o instanceof Character
                || !o.getClass().getName().startsWith("org.tiaojie.");
    }

    private static List<Property> properties(Class<?> type) {
        return PROPERTIES.computeIfAbsent(type, InputLimits::introspect);
    }

    private static List<Property> introspect(Class<?> type) {
        if (!type.getName().startsWith("org.tiaojie.")) {
            return List.of();
        }
        BeanInfo info;
        try {
            info = Introspector.getBeanInfo(type, Object.class);
        } catch (IntrospectionException e) {
            throw new IllegalStateException("cannot read " + type.getName(), e);
        }
        List<Property> result = new ArrayList<>();
        for (PropertyDescriptor d : info.getPropertyDescriptors()) {
            Method getter = d.getReadMethod();
            if (getter == null || d.getWriteMethod() == null) {
                continue; // only what a request can set
            }
            Schema schema = getter.getAnnotation(Schema.class);
            ArraySchema array = getter.getAnnotation(ArraySchema.class);
            int maxLength = schema != null && schema.maxLength() < Integer.MAX_VALUE ? schema.maxLength() : DEFAULT_MAX_LENGTH;
            int maxItems = array != null && array.maxItems() >= 0 && array.maxItems() < Integer.MAX_VALUE
                    ? array.maxItems() : DEFAULT_MAX_ITEMS;
            int itemMax = array != null && array.schema().maxLength() < Integer.MAX_VALUE
                    ? array.schema().maxLength() : DEFAULT_MAX_LENGTH;
            int maxProperties = schema != null && schema.maxProperties() > 0 ? schema.maxProperties() : DEFAULT_MAX_ITEMS;
            result.add(new Property(d.getName(), getter, maxLength, maxItems, itemMax, maxProperties));
        }
        return List.copyOf(result);
    }
}
