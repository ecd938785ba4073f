package org.tiaojie.cases.api.spi;

/** What a {@link Notifier} did with a notice — 送达结果. */
public final class Delivery {
    /** Whether the notice went out. */
    public enum Outcome {
        /** Sent (or already sent before under the same notice id). */
        DELIVERED,
        /** This channel has no address for anyone the notice is for; nothing to retry. */
        NOT_APPLICABLE,
        /** It did not go out and may another time (the mail server did not answer); handed over again later. */
        FAILED
    }

    private final Outcome outcome;
    private final String detail;

    private Delivery(Outcome outcome, String detail) {
        this.outcome = outcome;
        this.detail = detail == null ? "" : detail;
    }

    /** Sent; {@code detail} says to whom, without personal data (e.g. "2 addresses of unit land"). */
    public static Delivery delivered(String detail) {
        return new Delivery(Outcome.DELIVERED, detail);
    }

    /** Nobody to send to on this channel. */
    public static Delivery notApplicable(String detail) {
        return new Delivery(Outcome.NOT_APPLICABLE, detail);
    }

    /** Not sent this time. */
    public static Delivery failed(String detail) {
        return new Delivery(Outcome.FAILED, detail);
    }

    public Outcome outcome() {
        return outcome;
    }

    /** In words, at most a line; never personal data. */
    public String detail() {
        return detail;
    }

    @Override
    public String toString() {
        return outcome + (detail.isEmpty() ? "" : ": " + detail);
    }
}
