package org.tiaojie.cases.ws.internal.soap;

import java.util.List;

import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebResult;
import javax.jws.WebService;

import org.tiaojie.cases.api.AuditEntry;
import org.tiaojie.cases.api.CaseAction;
import org.tiaojie.cases.api.CaseView;
import org.tiaojie.cases.api.DueBucket;
import org.tiaojie.cases.api.WorkScope;
import org.tiaojie.cases.api.Worklist;
import org.tiaojie.cases.api.StepRequest;

/**
 * The statutory path over SOAP: the same steps, rules and faults as {@code /cxf/api/v1/cases/{id}/steps}.
 * Staff only (HTTP Basic).
 */
@WebService(name = "CaseLifecycle", targetNamespace = CaseLifecyclePort.NAMESPACE)
public interface CaseLifecyclePort {
    String NAMESPACE = "http://tiaojie.org/soap/lifecycle/v1";

    /**
     * Records one step (受理、转送、导入法定途径、转纪检监察、分类、交办、异议、延期、意见书、送达、评价、办结、复查、复核).
     * Faults: VALIDATION_FAILED, ACCESS_DENIED, CASE_NOT_FOUND, ILLEGAL_TRANSITION, TIME_LIMIT_EXPIRED, CONFLICT.
     */
    @WebMethod
    @WebResult(name = "case")
    CaseView performStep(@WebParam(name = "caseId") String caseId, @WebParam(name = "step") StepRequest step)
            throws CaseFault;

    /** The steps the caller may take on the case today. */
    @WebMethod
    @WebResult(name = "action")
    List<CaseAction> allowedActions(@WebParam(name = "caseId") String caseId) throws CaseFault;

    /**
     * A worklist (待办): the cases of the scope (MINE, UNIT, TOWNSHIP) that are overdue, due today or due this week,
     * earliest due date first, with the count of each bucket; bucket absent: all three. Faults: VALIDATION_FAILED,
     * ACCESS_DENIED.
     */
    @WebMethod
    @WebResult(name = "worklist")
    Worklist worklist(@WebParam(name = "scope") WorkScope scope, @WebParam(name = "bucket") DueBucket bucket,
                      @WebParam(name = "page") Integer page, @WebParam(name = "size") Integer size) throws CaseFault;

    /** The case's archive (档案): every change with who, when, before and after. Read-only. */
    @WebMethod
    @WebResult(name = "entry")
    List<AuditEntry> auditTrail(@WebParam(name = "caseId") String caseId) throws CaseFault;
}
