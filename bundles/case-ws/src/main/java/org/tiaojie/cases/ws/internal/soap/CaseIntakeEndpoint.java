package org.tiaojie.cases.ws.internal.soap;

import javax.jws.WebService;

import org.tiaojie.cases.api.Acknowledgement;
import org.tiaojie.cases.api.CaseQueryService;
import org.tiaojie.cases.api.CaseService;
import org.tiaojie.cases.api.CaseSearch;
import org.tiaojie.cases.api.CaseView;
import org.tiaojie.cases.api.PageRequest;
import org.tiaojie.cases.api.IntakeRequest;
import org.tiaojie.cases.ws.internal.ActorResolver;

/** Implements the SOAP port on the same services as REST; every failure becomes the declared {@link CaseFault}. */
@WebService(endpointInterface = "org.tiaojie.cases.ws.internal.soap.CaseIntakePort",
        serviceName = "CaseIntakeService", portName = "CaseIntakePort", targetNamespace = CaseIntakePort.NAMESPACE)
public class CaseIntakeEndpoint implements CaseIntakePort {
    private final CaseService cases;
    private final CaseQueryService queries;

    public CaseIntakeEndpoint(CaseService cases, CaseQueryService queries) {
        this.cases = cases;
        this.queries = queries;
    }

    @Override
    public Acknowledgement registerCase(IntakeRequest request) throws CaseFault {
        return SoapCalls.call(() -> cases.register(ActorResolver.current(), request));
    }

    @Override
    public CaseView getCase(String caseId) throws CaseFault {
        return SoapCalls.call(() -> queries.get(ActorResolver.current(), caseId));
    }

    @Override
    public SoapPages.CasePage searchCases(CaseSearch search, Integer page, Integer size) throws CaseFault {
        return SoapPages.CasePage.of(SoapCalls.call(() -> queries.search(ActorResolver.current(), search,
                PageRequest.of(page == null ? 0 : page, size == null ? PageRequest.DEFAULT_SIZE : size))));
    }
}
