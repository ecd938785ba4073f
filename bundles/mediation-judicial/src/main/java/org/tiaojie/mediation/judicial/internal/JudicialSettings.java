package org.tiaojie.mediation.judicial.internal;

import java.util.Dictionary;
import java.util.Map;
import java.util.TreeMap;

import org.osgi.service.cm.ConfigurationException;
import org.osgi.service.cm.ManagedService;
import org.tiaojie.records.internal.Settings;

/**
 * Courts and time limits (PID {@code org.tiaojie.mediation.judicial}); statutory defaults until the
 * configuration arrives. A configuration that cannot be read is refused as a whole and the previous stays.
 */
public class JudicialSettings implements ManagedService {
    private volatile Map<String, String> courts = Map.of();
    private volatile JudicialMediationRules.Limits limits = JudicialMediationRules.Limits.STATUTORY;

    @Override
    public void updated(Dictionary<String, ?> properties) throws ConfigurationException {
        Map<String, String> p = Settings.of(properties).asMap();
        try {
            Map<String, String> c = new TreeMap<>();
            p.forEach((key, value) -> {
                if (key.startsWith("court.")) {
                    c.put(key.substring("court.".length()).trim(), value);
                }
            });
            JudicialMediationRules.Limits s = JudicialMediationRules.Limits.STATUTORY;
            limits = new JudicialMediationRules.Limits(
                    days(p, "pre-filing.days", s.preFiling()), days(p, "in-litigation.days", s.inLitigation()),
                    days(p, "simple-procedure.days", s.simpleProcedure()), days(p, "confirmation.accept.days", s.accept()),
                    days(p, "confirmation.decide.days", s.decide()), days(p, "confirmation.extension.days", s.extension()),
                    days(p, "confirmation.window.days", s.window()));
            courts = Map.copyOf(c);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(null, e.getMessage(), e);
        }
    }

    private static int days(Map<String, String> p, String key, int fallback) {
        int value = Integer.parseInt(p.getOrDefault(key, Integer.toString(fallback)));
        if (value < 1 || value > 90) {
            throw new IllegalArgumentException(key + " must be 1..90");
        }
        return value;
    }

    Map<String, String> courts() {
        return courts;
    }

    JudicialMediationRules.Limits limits() {
        return limits;
    }
}
