package org.tiaojie.cases.core.internal.time;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.tiaojie.cases.api.WorkingCalendar;

/**
 * The core's one deadline rule on the calendar the distribution ships (2025 and 2026), for the unit tests of the
 * core and of every plug-in: they count on the real rule, not a copy of it.
 */
public final class OfficialCalendar {
    private static final TimeRules RULES = new TimeRules(shipped(), TimeLimits.STATUTORY);

    private OfficialCalendar() {
    }

    /** The WorkingCalendar service as the core publishes it, with the shipped years loaded. */
    public static WorkingCalendar service() {
        return RULES;
    }

    public static TimeRules rules() {
        return RULES;
    }

    static WorkCalendar shipped() {
        List<WorkCalendar.Year> years = new ArrayList<>();
        for (String year : List.of("2025", "2026")) {
            String resource = "/org.tiaojie.calendar.year-" + year + ".cfg";
            try (InputStream in = OfficialCalendar.class.getResourceAsStream(resource);
                 Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                Properties p = new Properties();
                p.load(reader);
                Map<String, String> map = new LinkedHashMap<>();
                p.stringPropertyNames().forEach(k -> map.put(k, p.getProperty(k)));
                years.add(WorkCalendar.Year.parse(map));
            } catch (IOException | NullPointerException e) {
                throw new IllegalStateException("the shipped calendar " + resource + " is not on the test class path", e);
            }
        }
        return new WorkCalendar(years);
    }
}
