package org.tiaojie.statistics.internal;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every module's figure or rate source as it comes and goes (a keyed whiteboard: the {@code source} service
 * property, the same for both kinds). One per name: a second service under a name already bound is ignored.
 */
public abstract class Sources<S> {
    private static final Logger LOG = LoggerFactory.getLogger(Sources.class);
    static final String PROPERTY = "source";
    private final Map<String, S> byName = new ConcurrentHashMap<>();

    public void bind(S source, Map<String, ?> properties) {
        String name = name(properties);
        if (name == null) {
            LOG.warn("a statistics source without its '{}' property is ignored", PROPERTY);
        } else if (byName.putIfAbsent(name, source) != null && byName.get(name) != source) {
            LOG.warn("a second statistics source named '{}' is ignored while the first is there", name);
        }
    }

    public void unbind(S source, Map<String, ?> properties) {
        String name = name(properties);
        if (name != null) {
            byName.remove(name, source);
        }
    }

    /** The sources there now, by name. */
    SortedMap<String, S> live() {
        return new TreeMap<>(byName);
    }

    private static String name(Map<String, ?> properties) {
        Object v = properties == null ? null : properties.get(PROPERTY);
        return v == null || v.toString().isBlank() ? null : v.toString().trim();
    }
}
