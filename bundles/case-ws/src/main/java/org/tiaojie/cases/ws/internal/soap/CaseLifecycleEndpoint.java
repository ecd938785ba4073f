package org.tiaojie.cases.ws.internal.soap;

import java.util.List;

import javax.jws.WebService;

import org.tiaojie.cases.api.AuditEntry;
import org.tiaojie.cases.api.CaseAction;
import org.tiaojie.cases.api.CaseQueryService;
import org.tiaojie.cases.api.CaseView;
import org.tiaojie.cases.api.DueBucket;
import org.tiaojie.cases.api.PageRequest;
import org.tiaojie.cases.api.WorkScope;
import org.tiaojie.cases.api.Worklist;
import org.tiaojie.cases.api.LifecycleService;
import org.tiaojie.cases.api.StepRequest;
import org.tiaojie.cases.ws.internal.ActorResolver;

/** Implements {@link CaseLifecyclePort} on the core's lifecycle and query services. */
@WebService(endpointInterface = "org.tiaojie.cases.ws.internal.soap.CaseLifecyclePort",
        serviceName = "CaseLifecycleService", portName = "CaseLifecyclePort", targetNamespace = CaseLifecyclePort.NAMESPACE)
public class CaseLifecycleEndpoint implements CaseLifecyclePort {
    private final LifecycleService lifecycle;
    private final CaseQueryService queries;

    public CaseLifecycleEndpoint(LifecycleService lifecycle, CaseQueryService queries) {
        this.lifecycle = lifecycle;
        this.queries = queries;
    }

    @Override
    public CaseView performStep(String caseId, StepRequest step) throws CaseFault {
        return SoapCalls.call(() -> lifecycle.perform(ActorResolver.current(), caseId, step));
    }

    @Override
    public List<CaseAction> allowedActions(String caseId) throws CaseFault {
        return SoapCalls.call(() -> lifecycle.allowedActions(ActorResolver.current(), caseId));
    }

    @Override
    public Worklist worklist(WorkScope scope, DueBucket bucket, Integer page, Integer size) throws CaseFault {
        return SoapCalls.call(() -> queries.worklist(ActorResolver.current(), scope == null ? WorkScope.MINE : scope,
                bucket, PageRequest.of(page == null ? 0 : page, size == null ? PageRequest.DEFAULT_SIZE : size)));
    }

    @Override
    public List<AuditEntry> auditTrail(String caseId) throws CaseFault {
        return SoapCalls.call(() -> queries.auditTrail(ActorResolver.current(), caseId));
    }
}
