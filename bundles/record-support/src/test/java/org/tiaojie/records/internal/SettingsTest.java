package org.tiaojie.records.internal;

import java.util.Hashtable;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SettingsTest {
    @Test
    void aConfigurationIsReadAsTrimmedTextAndNoneIsTheDefaults() {
        Hashtable<String, Object> d = new Hashtable<>();
        d.put("notice.days", " 7 ");
        d.put("court.341122", "县人民法院");
        d.put("enabled", Boolean.TRUE);
        Settings s = Settings.of(d);
        assertEquals(7, s.number("notice.days", 5, 1, 30));
        assertTrue(s.flag("enabled", false));
        assertEquals(Map.of("341122", "县人民法院"), s.withPrefix("court."));
        assertEquals(5, Settings.of((Hashtable<String, Object>) null).number("notice.days", 5, 1, 30));
        assertEquals("x", Settings.of(Map.of("name", " ")).text("name", "x"));
    }

    @Test
    void aValueThatCannotBeReadIsRefusedNamingItsKeyAndWhatWasExpected() {
        Settings s = Settings.of(Map.of("notice.days", "seven", "window.days", "99", "enabled", "yes"));
        IllegalArgumentException notNumber = assertThrows(IllegalArgumentException.class,
                () -> s.number("notice.days", 5, 1, 30));
        assertTrue(notNumber.getMessage().contains("notice.days = seven"), notNumber.getMessage());
        IllegalArgumentException outOfRange = assertThrows(IllegalArgumentException.class,
                () -> s.number("window.days", 30, 1, 60));
        assertTrue(outOfRange.getMessage().contains("between 1 and 60"), outOfRange.getMessage());
        assertThrows(IllegalArgumentException.class, () -> s.flag("enabled", false));
        assertFalse(s.asMap().isEmpty());
    }
}
