package org.tiaojie.cases.core.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tiaojie.cases.api.event.CaseEvents;

/**
 * Posts case events after the change has committed. EventAdmin is optional: a case moves whether or
 * not anyone listens, so a missing or failing EventAdmin is logged, never thrown.
 */
public class EventPublisher {
    private static final Logger LOG = LoggerFactory.getLogger(EventPublisher.class);

    private final List<EventAdmin> eventAdmins;

    /** @param eventAdmins a Blueprint reference-list: empty while no EventAdmin is present */
    public EventPublisher(List<EventAdmin> eventAdmins) {
        this.eventAdmins = eventAdmins;
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
