package org.tiaojie.cases.shell.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.tiaojie.cases.api.ClockControl;
import org.tiaojie.cases.api.ClockState;
import org.tiaojie.cases.api.PlatformClock;

/** tiaojie:clock-set — move a training installation's clock forward (operators only, training installations only). */
@Command(scope = "tiaojie", name = "clock-set",
        description = "Moves a training installation's clock: to a time (2027-01-04, 2027-01-04T09:00+08:00), forward by a "
                + "duration (--by 60d, 2h, P3D), or back to the real time (--reset). Refused on a production installation")
@Service
public class ClockSetCommand implements Action {
    @Argument(index = 0, name = "time", description = "The date or time to set (county time when no offset is given)")
    private String time;

    @Option(name = "--by", description = "Move forward by this much: 60d, 12h, 30m or an ISO-8601 duration such as P60D")
    private String by;

    @Option(name = "--reset", description = "Back to the real time (for a fresh training round)")
    private boolean reset;

    @Reference
    private ClockControl clock;

    @Override
    public Object execute() {
        ClockState s;
        if (reset) {
            s = Commands.call(() -> clock.reset(ShellActor.current()));
        } else if (by != null) {
            Duration d = duration(by);
            s = Commands.call(() -> clock.advance(ShellActor.current(), d));
        } else if (time != null) {
            OffsetDateTime t = time(time);
            s = Commands.call(() -> clock.set(ShellActor.current(), t.toInstant()));
        } else {
            throw new IllegalArgumentException("give a time, --by or --reset");
        }
        System.out.println("The platform's clock now says " + OffsetDateTime.ofInstant(s.getNow(), PlatformClock.ZONE)
                + (s.isShifted() ? " (training clock; real time " + OffsetDateTime.ofInstant(s.getRealNow(),
                PlatformClock.ZONE) + ")" : " (the real time)"));
        return null;
    }

    static Duration duration(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        try {
            if (t.matches("\\d+[dhm]")) {
                long n = Long.parseLong(t.substring(0, t.length() - 1));
                return switch (t.charAt(t.length() - 1)) {
                    case 'd' -> Duration.ofDays(n);
                    case 'h' -> Duration.ofHours(n);
                    default -> Duration.ofMinutes(n);
                };
            }
            return Duration.parse(text.trim().toUpperCase(Locale.ROOT));
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new IllegalArgumentException("not a duration: " + text + " (60d, 12h, 30m or P60D)");
        }
    }

    static OffsetDateTime time(String text) {
        String t = text.trim();
        try {
            if (t.length() == 10) {
                return LocalDate.parse(t).atTime(9, 0).atZone(PlatformClock.ZONE).toOffsetDateTime();
            }
            return OffsetDateTime.parse(t);
        } catch (DateTimeParseException e) {
            try {
                return java.time.LocalDateTime.parse(t).atZone(PlatformClock.ZONE).toOffsetDateTime();
            } catch (DateTimeParseException again) {
                throw new IllegalArgumentException("not a date or time: " + text + " (2027-01-04 or 2027-01-04T09:00+08:00)");
            }
        }
    }
}
