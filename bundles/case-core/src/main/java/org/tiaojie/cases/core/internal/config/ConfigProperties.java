package org.tiaojie.cases.core.internal.config;

import java.util.Dictionary;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;

/** Config Admin dictionaries as plain string maps, for the parsers of the core's configurations. */
public final class ConfigProperties {
    private ConfigProperties() {
    }

    /** The properties as strings; an absent configuration ({@code null}) is an empty map. */
    public static Map<String, String> asMap(Dictionary<String, ?> properties) {
        Map<String, String> map = new LinkedHashMap<>();
        if (properties != null) {
            for (Enumeration<String> keys = properties.keys(); keys.hasMoreElements(); ) {
                String key = keys.nextElement();
                map.put(key, String.valueOf(properties.get(key)));
            }
        }
        return map;
    }
}
