package org.tiaojie.supervision.internal;

import java.util.ArrayList;
import java.util.Dictionary;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.osgi.service.cm.ConfigurationException;
import org.osgi.service.cm.ManagedService;
import org.tiaojie.records.internal.Settings;

/**
 * Supervision's configuration, PID {@code org.tiaojie.supervision} ({@code etc/org.tiaojie.supervision.cfg}). A file
 * that cannot be read is refused whole, with the line to fix, and the settings in force stay.
 */
public class SupervisionSettings implements ManagedService {
    /** The reminder job's settings, all read and checked together. */
    record Reminders(ReminderRules rules, int periodSeconds, int retrySeconds, int maxAttempts, int batch) {
        static final Reminders DEFAULT = new Reminders(new ReminderRules(List.of(3, 1)), 900, 600, 5, 500);

        static Reminders parse(Settings s) {
            List<Integer> leads = new ArrayList<>();
            String text = s.text("reminder.leadWorkingDays", "3, 1");
            for (String part : text.split(",")) {
                if (part.isBlank()) {
                    continue;
                }
                try {
                    leads.add(Integer.parseInt(part.trim()));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("reminder.leadWorkingDays = " + text
                            + ": whole numbers of working days, comma-separated", e);
                }
            }
            ReminderRules rules;
            try {
                rules = new ReminderRules(leads);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("reminder.leadWorkingDays = " + text + ": " + e.getMessage(), e);
            }
            return new Reminders(rules, s.number("reminder.periodSeconds", 900, 30, 86_400),
                    s.number("reminder.retrySeconds", 600, 30, 86_400), s.number("reminder.maxAttempts", 5, 1, 100),
                    s.number("reminder.batch", 500, 10, 1000));
        }
    }

    /** Notices and accountability. */
    record Oversight(int overdueWorkingDays, int maxReplyDays) {
        static final Oversight DEFAULT = new Oversight(5, 90);

        static Oversight parse(Settings s) {
            return new Oversight(s.number("accountability.overdueWorkingDays", 5, 1, 60),
                    s.number("notice.maxReplyDays", 90, 1, 365));
        }
    }

    private volatile Reminders reminders = Reminders.DEFAULT;
    private volatile Oversight oversight = Oversight.DEFAULT;
    private final List<Consumer<Reminders>> listeners = new CopyOnWriteArrayList<>();

    @Override
    public void updated(Dictionary<String, ?> properties) throws ConfigurationException {
        Reminders parsed;
        Oversight parsedOversight;
        try {
            parsed = Reminders.parse(Settings.of(properties));
            parsedOversight = Oversight.parse(Settings.of(properties));
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(null, e.getMessage(), e);
        }
        reminders = parsed;
        oversight = parsedOversight;
        listeners.forEach(l -> l.accept(parsed));
    }

    Reminders reminders() {
        return reminders;
    }

    Oversight oversight() {
        return oversight;
    }

    /** Called with the new settings whenever they change (the schedule follows the period). */
    void onChange(Consumer<Reminders> listener) {
        listeners.add(listener);
    }
}
