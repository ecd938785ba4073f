package org.tiaojie.cases.ws.internal.soap;

import org.apache.cxf.binding.soap.SoapFault;
import org.apache.cxf.interceptor.security.JAASLoginInterceptor;
import org.apache.cxf.message.Message;

/** HTTP Basic against Karaf's JAAS realm for SOAP; a failed login is a Client fault with HTTP 401. */
public class SoapAuthentication extends JAASLoginInterceptor {

    public SoapAuthentication() {
        setContextName("karaf");
        setRoleClassifier("org.apache.karaf.jaas.boot.principal.RolePrincipal");
        setRoleClassifierType("classname");
        setUseDoAs(false);
    }

    @Override
    public void handleMessage(Message message) {
        try {
            super.handleMessage(message);
        } catch (SecurityException e) {
            SoapFault fault = new SoapFault("UNAUTHENTICATED: log in with HTTP Basic authentication",
                    SoapFault.FAULT_CODE_CLIENT);
            fault.setStatusCode(401);
            throw fault;
        }
    }
}
