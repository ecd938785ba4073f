package org.tiaojie.cases.ws.internal.soap;

import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebResult;
import javax.jws.WebService;

import org.tiaojie.cases.api.Acknowledgement;
import org.tiaojie.cases.api.CaseSearch;
import org.tiaojie.cases.api.CaseView;
import org.tiaojie.cases.api.IntakeRequest;

/** Petition intake over SOAP (document/literal wrapped), for systems that integrate by WSDL. */
@WebService(name = "CaseIntake", targetNamespace = CaseIntakePort.NAMESPACE)
public interface CaseIntakePort {
    String NAMESPACE = "http://tiaojie.org/soap/intake/v1";

    /** Registers a petition (登记); same rules and answers as {@code POST /cxf/api/v1/cases}. */
    @WebMethod
    @WebResult(name = "acknowledgement")
    Acknowledgement registerCase(@WebParam(name = "request") IntakeRequest request) throws CaseFault;

    /** Reads a case, personal data masked. */
    @WebMethod
    @WebResult(name = "case")
    CaseView getCase(@WebParam(name = "caseId") String caseId) throws CaseFault;

    /**
     * Searches cases (查询) by number, petitioner name (also in pinyin), ID number, phone, village, category and words;
     * same rules as {@code POST /cxf/api/v1/cases/search}: a search by ID number or phone needs a purpose and is
     * recorded in every case found. Faults: VALIDATION_FAILED, ACCESS_DENIED.
     */
    @WebMethod
    @WebResult(name = "cases")
    SoapPages.CasePage searchCases(@WebParam(name = "search") CaseSearch search, @WebParam(name = "page") Integer page,
                                   @WebParam(name = "size") Integer size) throws CaseFault;
}
