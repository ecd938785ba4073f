package org.tiaojie.cases.core.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tiaojie.cases.api.PlatformClock;
import org.tiaojie.cases.api.spi.Delivery;
import org.tiaojie.cases.api.spi.Notice;
import org.tiaojie.cases.api.spi.Notifier;

/**
 * The default notifier (channel {@code trail}): a notice about a case goes into the case's audit trail
 * ({@code NOTICE_SENT}, what it said and to whom), where everyone who opens the case sees it, and every notice into
 * the log. Needs no address and no server, so a reminder is never lost for want of one.
 */
public class TrailNotifier implements Notifier {
    static final String ACTION = "NOTICE_SENT";
    private static final Logger LOG = LoggerFactory.getLogger(TrailNotifier.class);
    private final CaseRepository repository;
    private final PlatformClock clock;

    public TrailNotifier(CaseRepository repository, PlatformClock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Override
    public Delivery deliver(Notice notice) {
        LOG.info("{} {} {} (township {}, unit {}, person {})", notice.getKind(), notice.getId(),
                notice.getSubject(), notice.getTownship(), notice.getUnit(), notice.getPerson());
        if (notice.getCaseId() == null) {
            return Delivery.delivered("log");
        }
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("notice", notice.getId());
        entry.put("kind", notice.getKind());
        entry.put("subject", notice.getSubject());
        entry.put("text", notice.getBody());
        put(entry, "dueDate", notice.getDueDate() == null ? null : notice.getDueDate().toString());
        put(entry, "unit", notice.getUnit());
        put(entry, "person", notice.getPerson());
        boolean written = repository.appendAudit(notice.getCaseId(),
                new AuditDraft("system", ACTION, Moment.of(clock), null, entry));
        return written ? Delivery.delivered("case trail") : Delivery.notApplicable("no such case");
    }

    private static void put(Map<String, Object> entry, String key, Object value) {
        if (value != null) {
            entry.put(key, value);
        }
    }
}
