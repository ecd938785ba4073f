package org.tiaojie.supervision.internal;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.service.blueprint.container.ServiceUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tiaojie.cases.api.spi.Delivery;
import org.tiaojie.cases.api.spi.Notice;
import org.tiaojie.cases.api.spi.Notifier;

/**
 * The live notifiers, keyed by their {@code channel} property (whiteboard: a later registration of a name wins, and
 * a notifier that leaves is dropped only if it is the one registered under its name).
 */
public class Channels {
    private static final Logger LOG = LoggerFactory.getLogger(Channels.class);
    private final Map<String, Notifier> notifiers = new ConcurrentHashMap<>();

    public void bind(Notifier notifier, Map<String, ?> properties) {
        name(properties).ifPresent(n -> notifiers.put(n, notifier));
    }

    public void unbind(Notifier notifier, Map<String, ?> properties) {
        name(properties).ifPresent(n -> notifiers.remove(n, notifier));
    }

    /** The channels live now, in name order. */
    Map<String, Notifier> live() {
        return new TreeMap<>(notifiers);
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

    /** Hands the notice to every live channel, for notices whose deliveries are not kept (they are in the trail). */
    void deliverToAll(Notice notice) {
        live().forEach((channel, notifier) -> deliver(channel, notifier, notice)
                .filter(d -> d.outcome() == Delivery.Outcome.FAILED)
                .ifPresent(d -> LOG.warn("notice {} not delivered by {}: {}", notice.getId(), channel, d.detail())));
    }

    private static Optional<String> name(Map<String, ?> properties) {
        Object v = properties == null ? null : properties.get(Notifier.CHANNEL);
        if (v == null || String.valueOf(v).isBlank()) {
            LOG.warn("a notifier without its '{}' property is ignored", Notifier.CHANNEL);
            return Optional.empty();
        }
        return Optional.of(String.valueOf(v).trim());
    }
}
