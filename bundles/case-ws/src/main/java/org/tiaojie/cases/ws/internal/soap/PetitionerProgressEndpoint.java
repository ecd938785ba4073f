package org.tiaojie.cases.ws.internal.soap;

import javax.jws.WebService;

import org.apache.cxf.phase.PhaseInterceptorChain;
import org.tiaojie.cases.api.CaseQueryService;
import org.tiaojie.cases.api.Progress;
import org.tiaojie.cases.ws.internal.auth.ClientAddress;
import org.tiaojie.cases.ws.internal.auth.LookupLimiter;

/** Implements {@link PetitionerProgressPort}; deliberately outside the staff login. */
@WebService(endpointInterface = "org.tiaojie.cases.ws.internal.soap.PetitionerProgressPort",
        serviceName = "PetitionerProgressService", portName = "PetitionerProgressPort",
        targetNamespace = PetitionerProgressPort.NAMESPACE)
public class PetitionerProgressEndpoint implements PetitionerProgressPort {
    private final CaseQueryService queries;
    private final LookupLimiter limiter;

    public PetitionerProgressEndpoint(CaseQueryService queries, LookupLimiter limiter) {
        this.queries = queries;
        this.limiter = limiter;
    }

    @Override
    public Progress getProgress(String queryCode) throws CaseFault {
        return SoapCalls.call(() -> limiter.progress(queries, queryCode,
                ClientAddress.of(PhaseInterceptorChain.getCurrentMessage())));
    }
}
