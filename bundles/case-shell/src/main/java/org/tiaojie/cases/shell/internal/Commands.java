package org.tiaojie.cases.shell.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;

import org.tiaojie.cases.api.ErrorCode;
import org.tiaojie.cases.api.FieldViolation;
import org.tiaojie.cases.api.TiaojieException;

/** Turns the services' refusals into a one-line console error with the stable code, instead of a stack trace. */
final class Commands {
    private Commands() {
    }

    /** An option's value as one of the enumeration's names (any case); otherwise an error listing them. */
    static <E extends Enum<E>> E enumValue(String option, String value, Class<E> type) {
        String name = value.trim().toUpperCase(Locale.ROOT);
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(name)) {
                return e;
            }
        }
        throw new IllegalArgumentException(option + " " + value + " is not one of " + Arrays.toString(type.getEnumConstants()));
    }

    static <T> T call(Supplier<T> work) {
        try {
            return work.get();
        } catch (TiaojieException e) {
            StringBuilder message = new StringBuilder(e.code().name()).append(": ").append(e.getMessage());
            for (FieldViolation v : e.violations()) {
                message.append("\n  ").append(v.getField()).append(": ").append(v.getMessage());
            }
            throw new IllegalStateException(message.toString(), e);
        }
    }

    /**
     * A plug-in's service, which the console's commands take as an optional reference: Karaf registers a bundle's
     * commands only once every mandatory reference of every one of them is there, so one plug-in missing would take
     * the whole console away.
     */
    static <S> S plugin(S service, String plugin) {
        if (service == null) {
            throw new IllegalStateException(ErrorCode.SERVICE_UNAVAILABLE.name() + ": the " + plugin
                    + " plug-in is not installed");
        }
        return service;
    }
}
