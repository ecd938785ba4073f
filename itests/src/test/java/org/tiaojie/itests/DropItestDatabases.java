package org.tiaojie.itests;

import org.junit.runner.Result;
import org.junit.runner.notification.RunListener;

/**
 * Drops the throwaway PostgreSQL databases when the whole itest run has finished: every Pax Exam container has
 * stopped by then, and the test JVM is still alive (failsafe may halt it before its shutdown hooks run).
 */
public class DropItestDatabases extends RunListener {
    @Override
    public void testRunFinished(Result result) {
        ItestDatabase.dropAll();
    }
}
