package org.tiaojie.cases.ws.internal.soap;

import javax.jws.WebService;

import org.tiaojie.cases.api.CaseQueryService;
import org.tiaojie.cases.api.Progress;

/** Implements {@link PetitionerProgressPort}; deliberately outside the staff login. */
@WebService(endpointInterface = "org.tiaojie.cases.ws.internal.soap.PetitionerProgressPort",
        serviceName = "PetitionerProgressService", portName = "PetitionerProgressPort",
        targetNamespace = PetitionerProgressPort.NAMESPACE)
public class PetitionerProgressEndpoint implements PetitionerProgressPort {
    private final CaseQueryService queries;

    public PetitionerProgressEndpoint(CaseQueryService queries) {
        this.queries = queries;
    }

    @Override
    public Progress getProgress(String queryCode) throws CaseFault {
        return SoapCalls.call(() -> queries.progress(queryCode));
    }
}
