package org.tiaojie.statistics.internal;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.tiaojie.cases.api.statistics.FigureSource;

/** Every module's figures as its source comes and goes (whiteboard, keyed by the {@code source} property). */
public class FigureSources {
    private static final Logger LOG = LoggerFactory.getLogger(FigureSources.class);
    private final Map<String, FigureSource> byName = new ConcurrentHashMap<>();

    public void bind(FigureSource source, Map<String, ?> properties) {
        String name = name(properties);
        if (name == null) {
            LOG.warn("a figure source without its '{}' property is ignored", FigureSource.SOURCE);
        } else {
            byName.put(name, source);
        }
    }

    public void unbind(FigureSource source, Map<String, ?> properties) {
        String name = name(properties);
        if (name != null) {
            byName.remove(name, source);
        }
    }

    /** The sources there now, by name. */
    SortedMap<String, FigureSource> live() {
        return new TreeMap<>(byName);
    }

    private static String name(Map<String, ?> properties) {
        Object v = properties == null ? null : properties.get(FigureSource.SOURCE);
        return v == null || v.toString().isBlank() ? null : v.toString().trim();
    }
}
