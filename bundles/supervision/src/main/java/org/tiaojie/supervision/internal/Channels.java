package org.tiaojie.supervision.internal;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.osgi.service.blueprint.container.ServiceUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.tiaojie.cases.api.spi.Delivery;
import org.tiaojie.cases.api.spi.Notice;
import org.tiaojie.cases.api.spi.Notifier;

/**
 * The live notifiers, keyed by their {@code channel} property, and how a notice is handed to them.
 */
public class Channels extends Whiteboard<Notifier> {
    private static final Logger LOG = LoggerFactory.getLogger(Channels.class);

    public Channels() {
        super(Notifier.CHANNEL);
    }

    /**
     * One channel's answer; a notifier that left in the middle answers nothing (empty), one that threw is a failure.
     */
    static Optional<Delivery> deliver(String channel, Notifier notifier, Notice notice) {
        try {
            Delivery d = notifier.deliver(notice);
            return Optional.of(d == null ? Delivery.failed("the notifier gave no answer") : d);
        } catch (ServiceUnavailableException e) {
            return Optional.empty();
        } catch (RuntimeException e) {
            LOG.warn("channel {} could not deliver notice {}", channel, notice.getId(), e);
            return Optional.of(Delivery.failed(e.getClass().getSimpleName() + ": " + e.getMessage()));
        }
    }

    /** Hands the notice to every live channel once; each channel's answer, by channel (a channel that left: none). */
    Map<String, Delivery> deliverToAll(Notice notice) {
        Map<String, Delivery> answers = new TreeMap<>();
        live().forEach((channel, notifier) -> deliver(channel, notifier, notice).ifPresent(d -> {
            answers.put(channel, d);
            if (d.outcome() == Delivery.Outcome.FAILED) {
                LOG.warn("notice {} not delivered by {}: {}", notice.getId(), channel, d.detail());
            }
        }));
        return answers;
    }
}
