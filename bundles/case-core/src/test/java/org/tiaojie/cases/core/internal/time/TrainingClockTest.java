package org.tiaojie.cases.core.internal.time;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Hashtable;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.service.cm.ConfigurationException;
import org.tiaojie.cases.api.Actor;
import org.tiaojie.cases.api.ErrorCode;
import org.tiaojie.cases.api.TiaojieException;
import org.tiaojie.cases.core.internal.config.ConfigFiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrainingClockTest {
    private static final Instant REAL = Instant.parse("2026-12-02T02:00:00Z");
    private static final Actor OPERATOR = Actor.fromRoleNames("operator", List.of("operator"));
    private static final Actor CLERK = Actor.fromRoleNames("clerk", List.of("clerk", "township:341122101"));

    @TempDir
    Path etc;

    /** A clock whose configuration file is read back at once, as fileinstall and Config Admin would. */
    private TrainingClock clock(boolean training) {
        AtomicReference<TrainingClock> self = new AtomicReference<>();
        ConfigFiles files = new ConfigFiles(etc) {
            @Override
            public synchronized void write(String fileName, String comment, java.util.Map<String, String> properties) {
                super.write(fileName, comment, properties);
                deliver(self.get(), properties.get("offset"));
            }

            @Override
            public synchronized void delete(String fileName) {
                super.delete(fileName);
                deliver(self.get(), null);
            }
        };
        TrainingClock c = new TrainingClock(Clock.fixed(REAL, ZoneOffset.UTC), training, files);
        self.set(c);
        return c;
    }

    private static void deliver(TrainingClock c, String offset) {
        Hashtable<String, Object> p = new Hashtable<>();
        if (offset != null) {
            p.put("offset", offset);
        }
        try {
            c.updated(p);
        } catch (ConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aTrainingClockMovesForwardOnlyAndSaysSo() throws Exception {
        TrainingClock c = clock(true);
        assertFalse(c.isShifted());
        assertEquals(LocalDate.parse("2026-12-02"), c.today());
        c.advance(OPERATOR, Duration.ofDays(60));
        assertTrue(c.isShifted());
        assertEquals(LocalDate.parse("2027-01-31"), c.today());
        assertEquals(REAL, c.realNow());
        assertTrue(Files.readString(etc.resolve("org.tiaojie.clock.cfg")).contains("offset = PT1440H"));

        assertEquals(ErrorCode.VALIDATION_FAILED, assertThrows(TiaojieException.class,
                () -> c.set(OPERATOR, REAL.plus(Duration.ofDays(1)))).code(), "never backwards");
        assertEquals(ErrorCode.ACCESS_DENIED, assertThrows(TiaojieException.class,
                () -> c.advance(CLERK, Duration.ofDays(1))).code(), "operators only");
        c.set(OPERATOR, Instant.parse("2027-03-01T01:00:00Z"));
        assertEquals(LocalDate.parse("2027-03-01"), c.today());
        c.reset(OPERATOR);
        assertFalse(c.isShifted());
        assertEquals(REAL, c.now());
    }

    @Test
    void aProductionClockIsTheRealTimeWhateverTheFileSays() throws Exception {
        TrainingClock c = clock(false);
        assertEquals(ErrorCode.ACCESS_DENIED, assertThrows(TiaojieException.class,
                () -> c.advance(OPERATOR, Duration.ofDays(1))).code());
        Hashtable<String, Object> dropped = new Hashtable<>();
        dropped.put("offset", "P60D");
        assertThrows(ConfigurationException.class, () -> c.updated(dropped));
        assertFalse(c.isShifted());
        assertEquals(REAL, c.now());
        assertFalse(c.state().isTrainingInstallation());
    }
}
