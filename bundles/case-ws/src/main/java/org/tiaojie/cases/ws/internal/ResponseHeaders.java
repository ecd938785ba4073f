package org.tiaojie.cases.ws.internal;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;

import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;
import org.tiaojie.cases.api.PlatformClock;

/**
 * Headers on every answer, REST and SOAP. Answers may carry personal data: {@code Cache-Control: no-store} keeps
 * them out of caches and {@code X-Content-Type-Options: nosniff} keeps browsers from guessing their type. While the
 * platform's clock is a training clock set away from the real time, {@value #HEADER} says so, so no one mistakes a
 * training installation's dates for real ones; the clock is looked up in a reference-list, so an answer never waits
 * for a core that is away.
 */
public final class ResponseHeaders {
    public static final String HEADER = "Tiaojie-Clock";

    private final List<PlatformClock> clocks;

    public ResponseHeaders(List<PlatformClock> clocks) {
        this.clocks = clocks;
    }

    /** The header's value, or null when the clock is the real one (or not there). */
    String value() {
        for (PlatformClock clock : List.copyOf(clocks)) {
            try {
                if (clock.isShifted()) {
                    return "training; now=" + OffsetDateTime.ofInstant(clock.now(), PlatformClock.ZONE)
                            + "; real=" + OffsetDateTime.ofInstant(clock.realNow(), PlatformClock.ZONE);
                }
                return null;
            } catch (RuntimeException leaving) {
                // the core is on its way out: nothing to say
            }
        }
        return null;
    }

    /** For REST answers. */
    public ContainerResponseFilter restFilter() {
        return new ContainerResponseFilter() {
            @Override
            public void filter(ContainerRequestContext request, ContainerResponseContext response) throws IOException {
                response.getHeaders().putSingle("Cache-Control", "no-store");
                response.getHeaders().putSingle("X-Content-Type-Options", "nosniff");
                String value = value();
                if (value != null) {
                    response.getHeaders().putSingle(HEADER, value);
                }
            }
        };
    }

    /** For SOAP answers and faults. */
    public AbstractPhaseInterceptor<Message> soapInterceptor() {
        return new AbstractPhaseInterceptor<>(Phase.PRE_STREAM) {
            @Override
            public void handleMessage(Message message) {
                @SuppressWarnings("unchecked")
                Map<String, List<String>> headers = (Map<String, List<String>>) message.get(Message.PROTOCOL_HEADERS);
                if (headers == null) {
                    headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
                    message.put(Message.PROTOCOL_HEADERS, headers);
                }
                headers.put("Cache-Control", new ArrayList<>(List.of("no-store")));
                headers.put("X-Content-Type-Options", new ArrayList<>(List.of("nosniff")));
                String value = value();
                if (value != null) {
                    headers.put(HEADER, new ArrayList<>(List.of(value)));
                }
            }
        };
    }
}
