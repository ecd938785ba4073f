package org.tiaojie.cases.ws.internal.rest;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.stream.Collectors;

import org.tiaojie.cases.api.FieldViolation;
import org.tiaojie.cases.api.ValidationException;
import org.tiaojie.cases.ws.internal.input.InputLimits;

/** Query parameters are parsed here, not by JAX-RS, so a bad value is a 400 naming the parameter (not a 404). */
final class Params {
    private Params() {
    }

    static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            throw ValidationException.of(name, FieldViolation.UNKNOWN_VALUE, "one of " + allowed);
        }
    }

    static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Instant instant;
        try {
            instant = Instant.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ValidationException.of(name, FieldViolation.INVALID_FORMAT,
                    "an ISO-8601 instant such as 2026-03-01T00:00:00Z");
        }
        // The database's timestamps and the JDK's dates both end long before Instant's range does.
        int year = instant.atZone(java.time.ZoneOffset.UTC).getYear();
        if (year < InputLimits.FIRST_YEAR || year > InputLimits.LAST_YEAR) {
            throw ValidationException.of(name, FieldViolation.OUT_OF_RANGE,
                    "an instant between " + InputLimits.FIRST_YEAR + " and " + InputLimits.LAST_YEAR);
        }
        return instant;
    }

    static int integer(String name, String value, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw ValidationException.of(name, FieldViolation.INVALID_FORMAT, "a whole number");
        }
    }

    /** A date yyyy-MM-dd between 1990 and 2200, or null when absent. */
    static java.time.LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            java.time.LocalDate d = java.time.LocalDate.parse(value.trim());
            if (d.getYear() < 1990 || d.getYear() > 2200) {
                throw ValidationException.of(name, FieldViolation.OUT_OF_RANGE, "a date between 1990 and 2200");
            }
            return d;
        } catch (java.time.format.DateTimeParseException e) {
            throw ValidationException.of(name, FieldViolation.INVALID_FORMAT, "a date yyyy-MM-dd");
        }
    }

    static Boolean bool(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.trim()) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw ValidationException.of(name, FieldViolation.INVALID_FORMAT, "true or false");
        };
    }

    static String text(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
