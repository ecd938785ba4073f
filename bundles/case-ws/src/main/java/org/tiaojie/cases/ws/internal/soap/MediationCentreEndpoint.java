package org.tiaojie.cases.ws.internal.soap;

import java.util.List;

import javax.jws.WebService;

import org.tiaojie.cases.api.mediation.ChannelAssessment;
import org.tiaojie.cases.api.mediation.Dispute;
import org.tiaojie.cases.api.mediation.DisputeDispatch;
import org.tiaojie.cases.api.mediation.DisputeRequest;
import org.tiaojie.cases.api.mediation.DisputeStep;
import org.tiaojie.cases.api.mediation.MediationCentre;
import org.tiaojie.cases.api.mediation.Party;
import org.tiaojie.cases.ws.internal.ActorResolver;

/** Implements {@link MediationCentrePort} on the centre while it is installed. */
@WebService(endpointInterface = "org.tiaojie.cases.ws.internal.soap.MediationCentrePort",
        serviceName = "MediationCentreService", portName = "MediationCentrePort", targetNamespace = MediationCentrePort.NAMESPACE)
public class MediationCentreEndpoint implements MediationCentrePort {
    private final MediationCentre centre;

    public MediationCentreEndpoint(MediationCentre centre) {
        this.centre = centre;
    }

    @Override
    public Dispute receive(DisputeRequest request) throws CaseFault {
        return SoapCalls.call(() -> centre.receive(ActorResolver.current(), request));
    }

    @Override
    public Dispute getDispute(String id) throws CaseFault {
        return SoapCalls.call(() -> centre.get(ActorResolver.current(), id));
    }

    @Override
    public SoapPages.DisputePage listDisputes(String status, String township, Integer page, Integer size)
            throws CaseFault {
        return SoapCalls.call(() -> SoapPages.DisputePage.of(centre.list(ActorResolver.current(), SoapCalls.text(status),
                SoapCalls.text(township), SoapCalls.page(page, size))));
    }

    @Override
    public List<ChannelAssessment> assess(String id) throws CaseFault {
        return SoapCalls.call(() -> centre.assess(ActorResolver.current(), id));
    }

    @Override
    public Dispute dispatch(String id, DisputeDispatch dispatch) throws CaseFault {
        return SoapCalls.call(() -> centre.dispatch(ActorResolver.current(), id, dispatch));
    }

    @Override
    public List<Party> revealParties(String id, String purpose) throws CaseFault {
        return SoapCalls.call(() -> centre.revealParties(ActorResolver.current(), id, purpose));
    }

    @Override
    public Dispute performStep(String id, String action, DisputeStep step) throws CaseFault {
        return SoapCalls.call(() -> centre.perform(ActorResolver.current(), id, action, step));
    }
}
