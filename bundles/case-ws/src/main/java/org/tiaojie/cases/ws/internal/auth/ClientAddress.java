package org.tiaojie.cases.ws.internal.auth;

import javax.servlet.http.HttpServletRequest;

import org.apache.cxf.message.Message;
import org.apache.cxf.transport.http.AbstractHTTPDestination;

/** The caller's network address, as the connection shows it. */
public final class ClientAddress {
    private ClientAddress() {
    }

    public static String of(Message message) {
        Object request = message == null ? null : message.get(AbstractHTTPDestination.HTTP_REQUEST);
        if (request instanceof HttpServletRequest http && http.getRemoteAddr() != null) {
            return http.getRemoteAddr();
        }
        return "unknown";
    }
}
