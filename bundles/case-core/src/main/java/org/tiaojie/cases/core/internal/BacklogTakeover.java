package org.tiaojie.cases.core.internal;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tiaojie.cases.api.PlatformClock;
import org.tiaojie.cases.api.event.CaseEvents;
import org.tiaojie.records.internal.Retry;

/**
 * When a department comes online in a township it takes that township's unrouted backlog for its
 * categories. Runs on its own thread, never in the service event that announced the department, and
 * sweeps every live department again at a fixed interval: a case registered unrouted in the instant the
 * department arrived, or while the core was down, is picked up by the next sweep.
 */
public class BacklogTakeover {
    private static final Logger LOG = LoggerFactory.getLogger(BacklogTakeover.class);
    private static final int BATCH = 200;

    private final CaseRepository repository;
    private final DepartmentRegistry departments;
    private final EventPublisher events;
    private final long sweepSeconds;
    private final PlatformClock clock;
    private ScheduledExecutorService executor;

    public BacklogTakeover(CaseRepository repository, DepartmentRegistry departments, EventPublisher events,
                           PlatformClock clock, long sweepSeconds) {
        this.clock = clock;
        this.repository = repository;
        this.departments = departments;
        this.events = events;
        this.sweepSeconds = sweepSeconds;
    }

    public synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "tiaojie-backlog-takeover");
            t.setDaemon(true);
            return t;
        });
        departments.onOnline(this::schedule);
        executor.scheduleWithFixedDelay(this::sweep, 0, sweepSeconds, TimeUnit.SECONDS);
    }

    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    private synchronized void schedule(DepartmentRegistry.Live live) {
        if (executor == null) {
            return;
        }
        try {
            executor.execute(() -> takeOver(live.township(), live.department()));
        } catch (RejectedExecutionException stopping) {
            LOG.debug("Not taking over the backlog of {} in {}: stopping", live.department(), live.township());
        }
    }

    /**
     * Asks each live department for its township's waiting cases of its categories: one indexed query per live
     * department (IX_CASE_ROUTING), which reads only cases that wait for it, however many cases are stored.
     */
    private void sweep() {
        try {
            for (DepartmentRegistry.Live live : departments.all()) {
                takeOver(live.township(), live.department());
            }
        } catch (RuntimeException e) {
            LOG.warn("The unrouted-backlog sweep failed; the next one tries again: {}", e.toString());
        }
    }

    /** Takes the backlog in batches, as long as the department is still live. */
    void takeOver(String township, String department) {
        try {
            while (true) {
                // Read the categories afresh: the department may have left or changed since it was announced.
                var live = departments.find(township, department);
                if (live.isEmpty()) {
                    return;
                }
                var categories = live.get().intake().acceptedCategories();
                List<CaseSnapshot> routed = Retry.transaction(CaseRepository.STORE, () ->
                        repository.routeBacklog(township, department, categories, Moment.of(clock), BATCH));
                for (CaseSnapshot c : routed) {
                    events.postCase(CaseEvents.ROUTED_FROM_BACKLOG, c, "system", null);
                }
                if (!routed.isEmpty()) {
                    LOG.info("Department {} took {} unrouted case(s) of township {}", department, routed.size(), township);
                }
                if (routed.size() < BATCH) {
                    return;
                }
            }
        } catch (RuntimeException e) {
            // The next sweep tries again; a failure here must not end the scheduled sweeps.
            LOG.warn("Could not hand the unrouted backlog of township {} to {}: {}", township, department, e.toString());
        }
    }
}
