package org.tiaojie.cases.ws.internal.soap;

import java.util.List;

import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebResult;
import javax.jws.WebService;

import org.tiaojie.cases.api.legalaid.Application;
import org.tiaojie.cases.api.legalaid.ApplicationRequest;
import org.tiaojie.cases.api.legalaid.ApplicationStatus;
import org.tiaojie.cases.api.legalaid.Lawyer;
import org.tiaojie.cases.api.legalaid.LegalAidStep;

/** Legal aid over SOAP: the same operations, rules and faults as {@code /cxf/api/v1/legal-aid}. Staff only. */
@WebService(name = "LegalAid", targetNamespace = LegalAidPort.NAMESPACE)
public interface LegalAidPort {
    String NAMESPACE = "http://tiaojie.org/soap/legalaid/v1";

    @WebMethod
    @WebResult(name = "application")
    Application apply(@WebParam(name = "request") ApplicationRequest request) throws CaseFault;

    @WebMethod
    @WebResult(name = "application")
    Application getApplication(@WebParam(name = "id") String id) throws CaseFault;

    /** One page of the applications of the caller's townships, newest first; page from 0, size 1–200 (default 20). */
    @WebMethod
    @WebResult(name = "page")
    SoapPages.ApplicationPage listApplications(@WebParam(name = "status") ApplicationStatus status,
                                               @WebParam(name = "township") String township,
                                               @WebParam(name = "page") Integer page,
                                               @WebParam(name = "size") Integer size) throws CaseFault;

    /** Faults: VALIDATION_FAILED, ACCESS_DENIED, NOT_FOUND, ILLEGAL_TRANSITION, CONFLICT, SERVICE_UNAVAILABLE. */
    @WebMethod
    @WebResult(name = "application")
    Application performStep(@WebParam(name = "id") String id, @WebParam(name = "step") LegalAidStep step) throws CaseFault;

    @WebMethod
    @WebResult(name = "lawyer")
    List<Lawyer> lawyers() throws CaseFault;
}
