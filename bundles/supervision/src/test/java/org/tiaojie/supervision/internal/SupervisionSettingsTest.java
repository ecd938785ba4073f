package org.tiaojie.supervision.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Hashtable;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.osgi.service.cm.ConfigurationException;

class SupervisionSettingsTest {
    @Test
    void theFileIsReadWholeOrRefusedWithTheLineToFix() throws Exception {
        SupervisionSettings settings = new SupervisionSettings();
        AtomicInteger period = new AtomicInteger();
        settings.onChange(r -> period.set(r.periodSeconds()));
        Hashtable<String, Object> p = new Hashtable<>();
        p.put("reminder.leadWorkingDays", "5, 2,0");
        p.put("reminder.periodSeconds", "300");
        settings.updated(p);
        assertEquals(List.of(0, 2, 5), settings.reminders().rules().leads());
        assertEquals(300, period.get());

        p.put("reminder.leadWorkingDays", "3, soon");
        ConfigurationException bad = assertThrows(ConfigurationException.class, () -> settings.updated(p));
        assertTrue(bad.getReason().contains("reminder.leadWorkingDays"), bad.getReason());
        assertEquals(List.of(0, 2, 5), settings.reminders().rules().leads(), "the settings in force stay");

        p.put("reminder.leadWorkingDays", "3");
        p.put("reminder.periodSeconds", "5");
        assertTrue(assertThrows(ConfigurationException.class, () -> settings.updated(p)).getReason()
                .contains("reminder.periodSeconds"));
        settings.updated(null);
        assertEquals(List.of(1, 3), settings.reminders().rules().leads(), "no file: the defaults");
    }
}
