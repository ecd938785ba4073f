package org.tiaojie.supervision.internal;

import java.util.Hashtable;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

/**
 * Puts the reminder job on Karaf's scheduler (its whiteboard: a {@link Runnable} service with a period), never
 * concurrently with itself on this node, and moves it when the configured period changes. Other nodes run their
 * own; the database keeps them from sending a reminder twice.
 */
public class ReminderSchedule {
    static final String JOB_NAME = "tiaojie-reminders";
    private final BundleContext context;
    private final Runnable job;
    private final SupervisionSettings settings;
    private ServiceRegistration<Runnable> registration;
    private int period;

    public ReminderSchedule(BundleContext context, Runnable job, SupervisionSettings settings) {
        this.context = context;
        this.job = job;
        this.settings = settings;
    }

    public synchronized void start() {
        settings.onChange(r -> reschedule(r.periodSeconds()));
        reschedule(settings.reminders().periodSeconds());
    }

    public synchronized void stop() {
        if (registration != null) {
            try {
                registration.unregister();
            } catch (IllegalStateException e) {
                // already gone with the bundle
            }
            registration = null;
        }
    }

    private synchronized void reschedule(int seconds) {
        if (registration != null && seconds == period) {
            return;
        }
        stop();
        Hashtable<String, Object> p = new Hashtable<>();
        p.put("scheduler.name", JOB_NAME);
        p.put("scheduler.period", (long) seconds);
        p.put("scheduler.concurrent", Boolean.FALSE);
        p.put("scheduler.immediate", Boolean.FALSE);
        registration = context.registerService(Runnable.class, job, p);
        period = seconds;
    }
}
