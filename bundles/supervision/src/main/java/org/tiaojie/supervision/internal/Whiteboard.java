package org.tiaojie.supervision.internal;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Services of one kind as they come and go, keyed by a service property (the whiteboard): a later registration of
 * a name wins, and one that leaves is dropped only if it is the one registered under its name. Blueprint's
 * reference-list listener calls {@link #bind} and {@link #unbind} with the service's properties.
 *
 * @param <S> the service interface
 */
public class Whiteboard<S> {
    private static final Logger LOG = LoggerFactory.getLogger(Whiteboard.class);
    private final String property;
    private final Map<String, S> services = new ConcurrentHashMap<>();

    protected Whiteboard(String property) {
        this.property = property;
    }

    public void bind(S service, Map<String, ?> properties) {
        name(properties).ifPresent(n -> services.put(n, service));
    }

    public void unbind(S service, Map<String, ?> properties) {
        name(properties).ifPresent(n -> services.remove(n, service));
    }

    /** The services live now, in name order. */
    Map<String, S> live() {
        return new TreeMap<>(services);
    }

    Optional<S> get(String name) {
        return Optional.ofNullable(services.get(name));
    }

    private Optional<String> name(Map<String, ?> properties) {
        Object v = properties == null ? null : properties.get(property);
        if (v == null || String.valueOf(v).isBlank()) {
            LOG.warn("a service without its '{}' property is ignored", property);
            return Optional.empty();
        }
        return Optional.of(String.valueOf(v).trim());
    }
}
