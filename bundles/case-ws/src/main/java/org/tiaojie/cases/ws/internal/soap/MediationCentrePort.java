package org.tiaojie.cases.ws.internal.soap;

import java.util.List;

import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebResult;
import javax.jws.WebService;

import org.tiaojie.cases.api.mediation.ChannelAssessment;
import org.tiaojie.cases.api.mediation.Dispute;
import org.tiaojie.cases.api.mediation.DisputeDispatch;
import org.tiaojie.cases.api.mediation.DisputeRequest;
import org.tiaojie.cases.api.mediation.DisputeStep;
import org.tiaojie.cases.api.mediation.Party;

/**
 * The grand-mediation centre over SOAP: the same operations, rules and faults as
 * {@code /cxf/api/v1/mediation-centre/disputes}. Faults: VALIDATION_FAILED, ACCESS_DENIED, NOT_FOUND,
 * ILLEGAL_TRANSITION, TIME_LIMIT_EXPIRED, CONFLICT, SERVICE_UNAVAILABLE, DEPARTMENT_UNAVAILABLE.
 */
@WebService(name = "MediationCentre", targetNamespace = MediationCentrePort.NAMESPACE)
public interface MediationCentrePort {
    String NAMESPACE = "http://tiaojie.org/soap/mediation-centre/v1";

    @WebMethod
    @WebResult(name = "dispute")
    Dispute receive(@WebParam(name = "request") DisputeRequest request) throws CaseFault;

    @WebMethod
    @WebResult(name = "dispute")
    Dispute getDispute(@WebParam(name = "id") String id) throws CaseFault;

    /** One page of the disputes of the caller's townships, newest first; page from 0, size 1–200 (default 20). */
    @WebMethod
    @WebResult(name = "page")
    SoapPages.DisputePage listDisputes(@WebParam(name = "status") String status,
                                       @WebParam(name = "township") String township,
                                       @WebParam(name = "page") Integer page,
                                       @WebParam(name = "size") Integer size) throws CaseFault;

    @WebMethod
    @WebResult(name = "assessment")
    List<ChannelAssessment> assess(@WebParam(name = "id") String id) throws CaseFault;

    @WebMethod
    @WebResult(name = "dispute")
    Dispute dispatch(@WebParam(name = "id") String id, @WebParam(name = "dispatch") DisputeDispatch dispatch) throws CaseFault;

    /** The parties with phones unmasked, for the centre's staff; the purpose is kept in the dispute's history. */
    @WebMethod
    @WebResult(name = "party")
    List<Party> revealParties(@WebParam(name = "id") String id, @WebParam(name = "purpose") String purpose) throws CaseFault;

    /** REFER_TO_LEGAL_ROUTE or CLOSE_CASE. */
    @WebMethod
    @WebResult(name = "dispute")
    Dispute performStep(@WebParam(name = "id") String id, @WebParam(name = "action") String action,
                        @WebParam(name = "step") DisputeStep step) throws CaseFault;
}
