package org.tiaojie.mediation.administrative.internal;

import java.util.Arrays;
import java.util.Dictionary;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.osgi.service.cm.ConfigurationException;
import org.osgi.service.cm.ManagedService;
import org.tiaojie.cases.api.DayCount;
import org.tiaojie.mediation.internal.ConfirmationWindow;
import org.tiaojie.records.internal.Settings;

/**
 * Sectors, the notice limit and the confirmation window (PID {@code org.tiaojie.mediation.administrative}). A
 * configuration that cannot be read is refused as a whole and the previous one stays.
 */
public class AdministrativeSettings implements ManagedService {
    private volatile Map<String, Sector> sectors = Map.of();
    private volatile int noticeDays = 5;
    private volatile ConfirmationWindow window = ConfirmationWindow.STATUTORY;

    @Override
    public void updated(Dictionary<String, ?> properties) throws ConfigurationException {
        Map<String, String> p = Settings.of(properties).asMap();
        try {
            Map<String, Sector> parsed = new LinkedHashMap<>();
            p.forEach((key, value) -> {
                if (key.startsWith("sector.")) {
                    Sector s = parseSector(key.substring("sector.".length()).trim(), value);
                    parsed.put(s.code(), s);
                }
            });
            int notice = Integer.parseInt(p.getOrDefault("notice.days", "5").trim());
            if (notice < 1 || notice > 30) {
                throw new IllegalArgumentException("notice.days must be 1..30");
            }
            ConfirmationWindow w = new ConfirmationWindow(Integer.parseInt(p.getOrDefault("confirmation.days", "30").trim()),
                    Integer.parseInt(p.getOrDefault("reminder.days", "5").trim()));
            sectors = Map.copyOf(parsed);
            noticeDays = notice;
            window = w;
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(null, e.getMessage(), e);
        }
    }

    static Sector parseSector(String code, String value) {
        String[] parts = value.split("\\|");
        if (parts.length < 4) {
            throw new IllegalArgumentException("sector." + code + " needs name | categories | days | CALENDAR_DAYS or WORKING_DAYS | basis");
        }
        Set<String> categories = Arrays.stream(parts[1].split(",")).map(String::trim).filter(c -> !c.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
        int days = Integer.parseInt(parts[2].trim());
        if (days < 1 || days > 90) {
            throw new IllegalArgumentException("sector." + code + ": days must be 1..90");
        }
        return new Sector(code, parts[0].trim(), categories, days, DayCount.valueOf(parts[3].trim()),
                parts.length > 4 ? parts[4].trim() : "");
    }

    /** The sector that covers the category, if any. */
    Optional<Sector> sectorOf(String category) {
        return sectors.values().stream().filter(s -> s.categories().contains(category)).findFirst();
    }

    Map<String, Sector> sectors() {
        return sectors;
    }

    int noticeDays() {
        return noticeDays;
    }

    ConfirmationWindow window() {
        return window;
    }
}
