package org.tiaojie.cases.ws.internal.soap;

import javax.xml.ws.WebFault;

/** The declared SOAP fault of every operation: its detail carries the stable error code and invalid fields. */
@WebFault(name = "caseFault", targetNamespace = CaseIntakePort.NAMESPACE)
public class CaseFault extends Exception {
    private static final long serialVersionUID = 1L;

    private final CaseFaultInfo faultInfo;

    public CaseFault(String message, CaseFaultInfo faultInfo) {
        super(message);
        this.faultInfo = faultInfo;
    }

    public CaseFault(String message, CaseFaultInfo faultInfo, Throwable cause) {
        super(message, cause);
        this.faultInfo = faultInfo;
    }

    public CaseFaultInfo getFaultInfo() {
        return faultInfo;
    }
}
