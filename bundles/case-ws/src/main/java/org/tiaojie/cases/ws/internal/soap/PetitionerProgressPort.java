package org.tiaojie.cases.ws.internal.soap;

import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebResult;
import javax.jws.WebService;

import org.tiaojie.cases.api.Progress;

/**
 * The petitioner's view over SOAP, for kiosks and the hotline's systems: no login, only the query code
 * from the receipt. Same answer as {@code GET /cxf/api/v1/progress/{queryCode}}.
 */
@WebService(name = "PetitionerProgress", targetNamespace = PetitionerProgressPort.NAMESPACE)
public interface PetitionerProgressPort {
    String NAMESPACE = "http://tiaojie.org/soap/progress/v1";

    /** Status, stage dates, the running deadline and the reply; nothing about other people or staff. Fault: NOT_FOUND. */
    @WebMethod
    @WebResult(name = "progress")
    Progress getProgress(@WebParam(name = "queryCode") String queryCode) throws CaseFault;
}
