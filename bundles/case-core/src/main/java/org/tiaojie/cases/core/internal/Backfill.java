package org.tiaojie.cases.core.internal;

import java.util.function.IntUnaryOperator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.tiaojie.cases.core.internal.time.TimeRules;

/**
 * Derives, in batches and on a thread of its own after the core has started, what rows stored by an earlier version
 * lack: petitioners' names in pinyin (a pinyin search finds them once done) and cases' milestones (the rates count
 * them once done). On several nodes each fills what is still empty; a row is filled once, and a clerk's step is never
 * refused because of it (the rows are updated without their version).
 */
public class Backfill {
    private static final Logger LOG = LoggerFactory.getLogger(Backfill.class);
    private static final int BATCH = 500;

    private final CaseRepository repository;
    private final TimeRules rules;
    private volatile boolean stopped;
    private Thread thread;

    public Backfill(CaseRepository repository, TimeRules rules) {
        this.repository = repository;
        this.rules = rules;
    }

    public synchronized void start() {
        stopped = false;
        thread = new Thread(this::fill, "tiaojie-backfill");
        thread.setDaemon(true);
        thread.start();
    }

    public synchronized void stop() {
        stopped = true;
        if (thread != null) {
            thread.interrupt();
        }
    }

    private void fill() {
        fill("names in pinyin", "petitioners", repository::fillPinyin);
        fill("milestones", "cases", limit -> repository.fillMilestones(limit, rules));
    }

    private void fill(String what, String rows, IntUnaryOperator batch) {
        long total = 0;
        try {
            int filled;
            while (!stopped && (filled = batch.applyAsInt(BATCH)) > 0) {
                total += filled;
            }
            if (total > 0) {
                LOG.info("{} filled for {} {} stored before", what, total, rows);
            }
        } catch (RuntimeException e) {
            // Nothing is lost: what is not filled now is filled at the next start.
            LOG.warn("filling {} stopped after {} {}; the next start goes on", what, total, rows, e);
        }
    }
}
