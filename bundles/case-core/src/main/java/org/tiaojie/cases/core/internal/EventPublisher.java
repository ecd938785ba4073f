package org.tiaojie.cases.core.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.transaction.Status;
import javax.transaction.Synchronization;
import javax.transaction.TransactionSynchronizationRegistry;

import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tiaojie.cases.api.event.CaseEvents;

/**
 * Posts case events once the change has committed. A caller may run a case step inside a transaction of its
 * own (the grand-mediation centre settles and closes a case together with its dispute); then the event waits
 * for that transaction's commit and is dropped on a rollback, so listeners never hear of a change that did
 * not happen. EventAdmin is optional: a case moves whether or not anyone listens, so a missing or failing
 * EventAdmin is logged, never thrown.
 */
public class EventPublisher {
    private static final Logger LOG = LoggerFactory.getLogger(EventPublisher.class);

    private final List<EventAdmin> eventAdmins;
    private final List<TransactionSynchronizationRegistry> transactions;

    /** @param eventAdmins a Blueprint reference-list: empty while no EventAdmin is present */
    public EventPublisher(List<EventAdmin> eventAdmins) {
        this(eventAdmins, List.of());
    }

    /**
     * @param eventAdmins  a Blueprint reference-list: empty while no EventAdmin is present
     * @param transactions a Blueprint reference-list of the transaction manager's synchronization registry
     */
    public EventPublisher(List<EventAdmin> eventAdmins, List<TransactionSynchronizationRegistry> transactions) {
        this.eventAdmins = eventAdmins;
        this.transactions = transactions;
    }

    /** Posts a case topic with the properties every case event carries: ids, township, department, actor. */
    void postCase(String topic, CaseSnapshot c, String actor, String action) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put(CaseEvents.CASE_ID, c.id());
        event.put(CaseEvents.CASE_NUMBER, c.caseNumber());
        event.put(CaseEvents.TOWNSHIP, c.township());
        if (c.department() != null) {
            event.put(CaseEvents.DEPARTMENT, c.department());
        }
        if (action != null) {
            event.put(CaseEvents.ACTION, action);
        }
        event.put(CaseEvents.ACTOR, actor);
        post(topic, event);
    }

    void post(String topic, Map<String, ?> properties) {
        for (TransactionSynchronizationRegistry registry : List.copyOf(transactions)) {
            try {
                if (registry.getTransactionKey() != null) {
                    registry.registerInterposedSynchronization(new Synchronization() {
                        @Override
                        public void beforeCompletion() {
                        }

                        @Override
                        public void afterCompletion(int status) {
                            if (status == Status.STATUS_COMMITTED) {
                                postNow(topic, properties);
                            }
                        }
                    });
                    return;
                }
            } catch (RuntimeException e) {
                LOG.debug("No transaction to wait for ({}); posting {} now", e.toString(), topic);
            }
            break;
        }
        postNow(topic, properties);
    }

    private void postNow(String topic, Map<String, ?> properties) {
        try {
            for (EventAdmin eventAdmin : eventAdmins) {
                eventAdmin.postEvent(new Event(topic, properties));
                return;
            }
            LOG.debug("No EventAdmin; event {} not posted", topic);
        } catch (RuntimeException e) {
            LOG.warn("Could not post event {}: {}", topic, e.toString());
        }
    }
}
