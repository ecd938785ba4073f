package org.tiaojie.cases.ws.internal.soap;

import java.util.List;

import javax.jws.WebService;

import org.tiaojie.cases.api.legalaid.Application;
import org.tiaojie.cases.api.legalaid.ApplicationRequest;
import org.tiaojie.cases.api.legalaid.ApplicationStatus;
import org.tiaojie.cases.api.legalaid.Lawyer;
import org.tiaojie.cases.api.legalaid.LegalAidService;
import org.tiaojie.cases.api.legalaid.LegalAidStep;
import org.tiaojie.cases.ws.internal.ActorResolver;

/** Implements {@link LegalAidPort} on the legal-aid plug-in's service, while it is installed. */
@WebService(endpointInterface = "org.tiaojie.cases.ws.internal.soap.LegalAidPort",
        serviceName = "LegalAidService", portName = "LegalAidPort", targetNamespace = LegalAidPort.NAMESPACE)
public class LegalAidEndpoint implements LegalAidPort {
    private final LegalAidService legalAid;

    public LegalAidEndpoint(LegalAidService legalAid) {
        this.legalAid = legalAid;
    }

    @Override
    public Application apply(ApplicationRequest request) throws CaseFault {
        return SoapCalls.call(() -> legalAid.apply(ActorResolver.current(), request));
    }

    @Override
    public Application getApplication(String id) throws CaseFault {
        return SoapCalls.call(() -> legalAid.get(ActorResolver.current(), id));
    }

    @Override
    public SoapPages.ApplicationPage listApplications(ApplicationStatus status, String township, Integer page,
                                                      Integer size) throws CaseFault {
        return SoapCalls.call(() -> SoapPages.ApplicationPage.of(legalAid.list(ActorResolver.current(), status,
                SoapCalls.text(township), SoapCalls.page(page, size))));
    }

    @Override
    public Application performStep(String id, LegalAidStep step) throws CaseFault {
        return SoapCalls.call(() -> legalAid.perform(ActorResolver.current(), id, step));
    }

    @Override
    public List<Lawyer> lawyers() throws CaseFault {
        return SoapCalls.call(() -> legalAid.lawyers(ActorResolver.current()));
    }
}
