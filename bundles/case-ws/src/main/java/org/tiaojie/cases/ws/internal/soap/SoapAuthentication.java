package org.tiaojie.cases.ws.internal.soap;

import java.util.Set;

import javax.xml.namespace.QName;

import org.apache.cxf.binding.soap.SoapFault;
import org.apache.cxf.binding.soap.SoapMessage;
import org.apache.cxf.binding.soap.interceptor.AbstractSoapInterceptor;
import org.apache.cxf.configuration.security.AuthorizationPolicy;
import org.apache.cxf.headers.Header;
import org.apache.cxf.phase.Phase;
import org.tiaojie.cases.api.ErrorCode;
import org.tiaojie.cases.api.TiaojieException;
import org.tiaojie.cases.ws.internal.HttpStatus;
import org.tiaojie.cases.ws.internal.auth.Authenticated;
import org.tiaojie.cases.ws.internal.auth.Authenticator;
import org.tiaojie.cases.ws.internal.auth.ClientAddress;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The login of a SOAP caller against Karaf's JAAS realm: HTTP Basic, or a WS-Security UsernameToken with a plain-text
 * password (OASIS UsernameToken Profile 1.1, {@code #PasswordText}) for clients that send one. A digest password
 * cannot be checked against a salted hash and is refused. A failed login is a Client fault with HTTP 401; repeated
 * failures are refused with TOO_MANY_REQUESTS, as over REST.
 */
public class SoapAuthentication extends AbstractSoapInterceptor {
    static final String WSSE = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd";
    static final QName SECURITY = new QName(WSSE, "Security");
    private static final String PASSWORD_TEXT = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText";

    private final Authenticator authenticator;

    public SoapAuthentication(Authenticator authenticator) {
        super(Phase.PRE_PROTOCOL);
        this.authenticator = authenticator;
    }

    @Override
    public Set<QName> getUnderstoodHeaders() {
        return Set.of(SECURITY);
    }

    @Override
    public void handleMessage(SoapMessage message) {
        String[] credentials = usernameToken(message);
        if (credentials == null) {
            AuthorizationPolicy basic = message.get(AuthorizationPolicy.class);
            if (basic != null && basic.getUserName() != null) {
                credentials = new String[]{basic.getUserName(), basic.getPassword()};
            }
        }
        if (credentials == null) {
            throw fault(ErrorCode.UNAUTHENTICATED);
        }
        try {
            Authenticated.set(message, authenticator.login(credentials[0], credentials[1], ClientAddress.of(message)));
        } catch (TiaojieException e) {
            throw fault(e.code() == ErrorCode.TOO_MANY_REQUESTS ? ErrorCode.TOO_MANY_REQUESTS : ErrorCode.UNAUTHENTICATED);
        }
    }

    /** User and password of a UsernameToken in the Security header, or null when there is none. */
    private static String[] usernameToken(SoapMessage message) {
        Header header = message.getHeader(SECURITY);
        if (header == null || !(header.getObject() instanceof Element security)) {
            return null;
        }
        Element token = child(security, "UsernameToken");
        if (token == null) {
            return null;
        }
        Element user = child(token, "Username");
        Element password = child(token, "Password");
        if (user == null || password == null) {
            throw fault(ErrorCode.UNAUTHENTICATED);
        }
        String type = password.getAttribute("Type");
        if (!type.isEmpty() && !PASSWORD_TEXT.equals(type)) {
            throw fault(ErrorCode.UNAUTHENTICATED); // a digest cannot be checked against a salted hash
        }
        return new String[]{user.getTextContent().trim(), password.getTextContent()};
    }

    private static Element child(Element parent, String localName) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && WSSE.equals(e.getNamespaceURI()) && localName.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }

    private static SoapFault fault(ErrorCode code) {
        SoapFault fault = new SoapFault(code == ErrorCode.TOO_MANY_REQUESTS
                ? "TOO_MANY_REQUESTS: too many failed logins; wait and retry"
                : "UNAUTHENTICATED: log in with HTTP Basic authentication or a WS-Security UsernameToken",
                SoapFault.FAULT_CODE_CLIENT);
        fault.initCause(new TiaojieException(code, code.name()));
        fault.setStatusCode(HttpStatus.of(code));
        return fault;
    }
}
