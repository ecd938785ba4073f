package org.tiaojie.cases.shell.internal;

import java.util.function.Supplier;

import org.tiaojie.cases.api.FieldViolation;
import org.tiaojie.cases.api.TiaojieException;

/** Turns the services' refusals into a one-line console error with the stable code, instead of a stack trace. */
final class Commands {
    private Commands() {
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
}
