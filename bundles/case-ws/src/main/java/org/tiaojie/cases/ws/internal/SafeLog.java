package org.tiaojie.cases.ws.internal;

import java.sql.SQLException;
import java.util.UUID;

import org.slf4j.Logger;

/**
 * Logs an unexpected failure without its messages: a database's or a parser's message may quote the data it failed
 * on — an ID number, a phone — and nothing personal goes into the log. The exception classes and where they were
 * thrown are enough to find the fault; the reference ties the log line to the answer the caller got.
 */
public final class SafeLog {
    private SafeLog() {
    }

    /**
     * Logs the failure and returns its reference. The line is compact, since Karaf's log layout keeps the first 500
     * characters of a message: each cause's class with the SQL state of a database error (a code, never data) and
     * where it was thrown, then the platform's own frame nearest the failure.
     */
    public static String failure(Logger log, String what, Throwable failure) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        StringBuilder chain = new StringBuilder();
        String ours = null;
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 8; t = next(t), depth++) {
            chain.append(depth == 0 ? "" : " <- ").append(t.getClass().getSimpleName());
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                chain.append(" [SQL state ").append(sql.getSQLState()).append(']');
            }
            StackTraceElement[] frames = t.getStackTrace();
            if (frames.length > 0) {
                chain.append(" (").append(frames[0].getFileName()).append(':').append(frames[0].getLineNumber()).append(')');
            }
            for (StackTraceElement frame : frames) {
                if (ours == null && frame.getClassName().startsWith("org.tiaojie.")) {
                    ours = frame.toString();
                }
            }
        }
        log.error("{} [{}] (messages withheld: they may quote personal data): {}; in {}", what, reference, chain, ours);
        return reference;
    }

    /** The cause, or the driver's exception an SQL exception carries as its next. */
    private static Throwable next(Throwable t) {
        Throwable cause = t.getCause();
        if (cause == null && t instanceof SQLException sql) {
            cause = sql.getNextException();
        }
        return cause == t ? null : cause;
    }
}
