package org.tiaojie.cases.ws.internal.soap;

import java.util.List;

import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebResult;
import javax.jws.WebService;

import org.tiaojie.cases.api.mediation.MediationRecord;
import org.tiaojie.cases.api.mediation.MediationRequest;
import org.tiaojie.cases.api.mediation.MediationStep;
import org.tiaojie.cases.api.mediation.Party;

/** Mediation over SOAP: the same operations, rules and faults as {@code /cxf/api/v1/mediation/{channel}}. */
@WebService(name = "Mediation", targetNamespace = MediationPort.NAMESPACE)
public interface MediationPort {
    String NAMESPACE = "http://tiaojie.org/soap/mediation/v1";

    @WebMethod
    @WebResult(name = "record")
    MediationRecord open(@WebParam(name = "channel") String channel, @WebParam(name = "request") MediationRequest request)
            throws CaseFault;

    @WebMethod
    @WebResult(name = "record")
    MediationRecord getRecord(@WebParam(name = "channel") String channel, @WebParam(name = "id") String id) throws CaseFault;

    /** One page of the channel's records in the caller's townships, newest first; page from 0, size 1–200 (default 20). */
    @WebMethod
    @WebResult(name = "page")
    SoapPages.RecordPage listRecords(@WebParam(name = "channel") String channel, @WebParam(name = "status") String status,
                                     @WebParam(name = "township") String township, @WebParam(name = "page") Integer page,
                                     @WebParam(name = "size") Integer size) throws CaseFault;

    /** The parties with phones unmasked, for those who take the file's steps; the purpose is kept in its history. */
    @WebMethod
    @WebResult(name = "party")
    List<Party> revealParties(@WebParam(name = "channel") String channel, @WebParam(name = "id") String id,
                              @WebParam(name = "purpose") String purpose) throws CaseFault;

    /** Faults: VALIDATION_FAILED, ACCESS_DENIED, NOT_FOUND, ILLEGAL_TRANSITION, TIME_LIMIT_EXPIRED, CONFLICT, SERVICE_UNAVAILABLE. */
    @WebMethod
    @WebResult(name = "record")
    MediationRecord performStep(@WebParam(name = "channel") String channel, @WebParam(name = "id") String id,
                                @WebParam(name = "step") MediationStep step) throws CaseFault;
}
