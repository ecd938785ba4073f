package org.tiaojie.cases.ws.internal;

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

    /** Logs the failure and returns its reference. */
    public static String failure(Logger log, String what, Throwable failure) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        StringBuilder chain = new StringBuilder();
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 10; t = t.getCause() == t ? null : t.getCause(), depth++) {
            chain.append(depth == 0 ? "" : "\n  caused by ").append(t.getClass().getName());
            StackTraceElement[] frames = t.getStackTrace();
            for (int i = 0; i < Math.min(frames.length, 12); i++) {
                chain.append("\n    at ").append(frames[i]);
            }
        }
        log.error("{} [{}] (messages withheld: they may quote personal data)\n{}", what, reference, chain);
        return reference;
    }
}
