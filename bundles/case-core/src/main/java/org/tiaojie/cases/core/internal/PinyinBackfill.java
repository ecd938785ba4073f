package org.tiaojie.cases.core.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives the petitioners registered before names were kept in pinyin their pinyin key, in batches, on a thread of its
 * own after the core has started (a name search in pinyin finds them once it is done). On several nodes each fills
 * what is still empty; a row is filled once.
 */
public class PinyinBackfill {
    private static final Logger LOG = LoggerFactory.getLogger(PinyinBackfill.class);
    private static final int BATCH = 500;

    private final CaseRepository repository;
    private volatile boolean stopped;
    private Thread thread;

    public PinyinBackfill(CaseRepository repository) {
        this.repository = repository;
    }

    public synchronized void start() {
        stopped = false;
        thread = new Thread(this::fill, "tiaojie-pinyin-backfill");
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
        long total = 0;
        try {
            int filled;
            while (!stopped && (filled = repository.fillPinyin(BATCH)) > 0) {
                total += filled;
            }
            if (total > 0) {
                LOG.info("names in pinyin filled for {} petitioners registered before", total);
            }
        } catch (RuntimeException e) {
            // Nothing is lost: what is not filled now is filled at the next start.
            LOG.warn("filling names in pinyin stopped after {} petitioners; the next start goes on", total, e);
        }
    }
}
