package org.tiaojie.cases.core.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.transaction.Status;
import javax.transaction.Synchronization;
import javax.transaction.TransactionSynchronizationRegistry;

import org.junit.jupiter.api.Test;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EventPublisherTest {
    private final List<String> posted = new ArrayList<>();
    private final EventAdmin eventAdmin = new EventAdmin() {
        @Override
        public void postEvent(Event event) {
            posted.add(event.getTopic());
        }

        @Override
        public void sendEvent(Event event) {
            posted.add(event.getTopic());
        }
    };

    /** A registry with or without a running transaction, keeping what is registered on it. */
    private static final class Registry implements TransactionSynchronizationRegistry {
        final Object key;
        final List<Synchronization> synchronizations = new ArrayList<>();

        Registry(Object key) {
            this.key = key;
        }

        @Override
        public Object getTransactionKey() {
            return key;
        }

        @Override
        public void putResource(Object k, Object value) {
        }

        @Override
        public Object getResource(Object k) {
            return null;
        }

        @Override
        public void registerInterposedSynchronization(Synchronization sync) {
            synchronizations.add(sync);
        }

        @Override
        public int getTransactionStatus() {
            return key == null ? Status.STATUS_NO_TRANSACTION : Status.STATUS_ACTIVE;
        }

        @Override
        public void setRollbackOnly() {
        }

        @Override
        public boolean getRollbackOnly() {
            return false;
        }
    }

    @Test
    void withoutATransactionTheEventGoesAtOnce() {
        new EventPublisher(List.of(eventAdmin), List.of(new Registry(null))).post("tiaojie/case/SETTLED", Map.of());
        new EventPublisher(List.of(eventAdmin)).post("tiaojie/case/CLOSED", Map.of());
        assertEquals(List.of("tiaojie/case/SETTLED", "tiaojie/case/CLOSED"), posted);
    }

    @Test
    void insideACallersTransactionTheEventWaitsForTheCommitAndIsDroppedOnARollback() {
        Registry committed = new Registry("tx1");
        new EventPublisher(List.of(eventAdmin), List.of(committed)).post("tiaojie/case/SETTLED", Map.of());
        assertEquals(List.of(), posted, "nothing before the commit");
        committed.synchronizations.forEach(s -> s.afterCompletion(Status.STATUS_COMMITTED));
        assertEquals(List.of("tiaojie/case/SETTLED"), posted);

        Registry rolledBack = new Registry("tx2");
        new EventPublisher(List.of(eventAdmin), List.of(rolledBack)).post("tiaojie/case/CLOSED", Map.of());
        rolledBack.synchronizations.forEach(s -> s.afterCompletion(Status.STATUS_ROLLEDBACK));
        assertEquals(List.of("tiaojie/case/SETTLED"), posted, "a change that did not happen is not announced");
    }
}
