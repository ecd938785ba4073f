package org.tiaojie.cases.api.spi;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A way a notice reaches people — 通知渠道: the case's trail, e-mail, an SMS gateway. Supervision hands every
 * reminder and notice to each live notifier; a notifier that leaves in the middle is simply not used for the rest.
 * Registered with the service property {@link #CHANNEL}.
 *
 * <p>A notifier finds the addresses of the {@link Notice#getTownship() township}, {@link Notice#getUnit() unit}
 * and {@link Notice#getPerson() person} itself (its own configuration, a directory), answers
 * {@link Delivery.Outcome#NOT_APPLICABLE} when it has none, and should treat a {@link Notice#getId() notice id}
 * it has delivered before as delivered: a notice is handed over again when an earlier attempt failed.
 */
@ConsumerType
public interface Notifier {
    /** Service property: the channel's stable name, e.g. {@code trail}, {@code email}, {@code sms}. */
    String CHANNEL = "channel";

    /** Delivers the notice, or says why not; thrown exceptions count as {@link Delivery.Outcome#FAILED}. */
    Delivery deliver(Notice notice);
}
