package org.tiaojie.mediation.people.internal;

import java.util.Collections;
import java.util.Dictionary;
import java.util.Map;
import java.util.TreeMap;

import org.osgi.service.cm.ConfigurationException;
import org.osgi.service.cm.ManagedService;
import org.tiaojie.mediation.internal.ConfirmationWindow;
import org.tiaojie.records.internal.Settings;

/** Committees, mediators and the confirmation window (PID {@code org.tiaojie.mediation.people}). */
public class ChannelSettings implements ManagedService {
    /** A mediation committee — 人民调解委员会 — of a village or township. */
    record Committee(String code, String name, String township) {
    }

    /** A people's mediator — 人民调解员 — of a committee. */
    record Mediator(String id, String name, String committee) {
    }

    private volatile ConfirmationWindow rules = ConfirmationWindow.STATUTORY;
    private volatile Map<String, Committee> committees = Map.of();
    private volatile Map<String, Mediator> mediators = Map.of();

    @Override
    public void updated(Dictionary<String, ?> properties) throws ConfigurationException {
        Map<String, String> p = Settings.of(properties).asMap();
        try {
            Map<String, Committee> c = new TreeMap<>();
            Map<String, Mediator> m = new TreeMap<>();
            p.forEach((key, value) -> {
                String[] parts = value.split("\\|");
                if (key.startsWith("committee.")) {
                    String code = key.substring("committee.".length()).trim();
                    c.put(code, new Committee(code, parts[0].trim(), parts.length > 1 ? parts[1].trim() : null));
                } else if (key.startsWith("mediator.")) {
                    String id = key.substring("mediator.".length()).trim();
                    m.put(id, new Mediator(id, parts[0].trim(), parts.length > 1 ? parts[1].trim() : null));
                }
            });
            int days = Integer.parseInt(p.getOrDefault("confirmation.days", "30").trim());
            int remind = Integer.parseInt(p.getOrDefault("reminder.days", "5").trim());
            rules = new ConfirmationWindow(days, remind);
            committees = Collections.unmodifiableMap(c);
            mediators = Collections.unmodifiableMap(m);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(null, e.getMessage(), e);
        }
    }

    ConfirmationWindow rules() {
        return rules;
    }

    Map<String, Committee> committees() {
        return committees;
    }

    Map<String, Mediator> mediators() {
        return mediators;
    }
}
