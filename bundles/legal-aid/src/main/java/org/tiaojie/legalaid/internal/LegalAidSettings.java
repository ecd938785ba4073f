package org.tiaojie.legalaid.internal;

import java.util.Collections;
import java.util.Dictionary;
import java.util.Map;
import java.util.TreeMap;

import org.osgi.service.cm.ConfigurationException;
import org.osgi.service.cm.ManagedService;
import org.tiaojie.cases.api.legalaid.Lawyer;
import org.tiaojie.records.internal.Settings;

/** The centre's configuration, PID {@code org.tiaojie.legalaid}: means standard, time limits, lawyers. */
public class LegalAidSettings implements ManagedService {
    private volatile LegalAidRules.Settings settings = LegalAidRules.Settings.DEFAULT;
    private volatile Map<String, Lawyer> lawyers = Map.of();

    @Override
    public void updated(Dictionary<String, ?> properties) throws ConfigurationException {
        Map<String, String> p = Settings.of(properties).asMap();
        try {
            LegalAidRules.Settings parsed = LegalAidRules.Settings.parse(p);
            Map<String, Lawyer> parsedLawyers = parseLawyers(p);
            settings = parsed;
            lawyers = parsedLawyers;
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(null, e.getMessage(), e);
        }
    }

    static Map<String, Lawyer> parseLawyers(Map<String, String> p) {
        Map<String, Lawyer> result = new TreeMap<>();
        p.forEach((key, value) -> {
            if (key.startsWith("lawyer.") && !value.isBlank()) {
                String id = key.substring("lawyer.".length()).trim();
                String[] parts = value.split("\\|");
                String kind = parts.length > 2 ? parts[2].trim() : "LAWYER";
                if (!kind.equals("LAWYER") && !kind.equals("LEGAL_WORKER")) {
                    throw new IllegalArgumentException(key + ": kind must be LAWYER or LEGAL_WORKER");
                }
                Lawyer l = new Lawyer();
                l.setId(id);
                l.setName(parts[0].trim());
                l.setOrganisation(parts.length > 1 ? parts[1].trim() : null);
                l.setKind(kind);
                result.put(id, l);
            }
        });
        return Collections.unmodifiableMap(result);
    }

    LegalAidRules.Settings settings() {
        return settings;
    }

    Map<String, Lawyer> lawyers() {
        return lawyers;
    }
}
