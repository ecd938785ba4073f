package org.tiaojie.cases.ws.internal.soap;

import java.util.List;

import javax.jws.WebService;

import org.tiaojie.cases.api.mediation.MediationRecord;
import org.tiaojie.cases.api.mediation.MediationRequest;
import org.tiaojie.cases.api.mediation.MediationStep;
import org.tiaojie.cases.api.mediation.Party;
import org.tiaojie.cases.ws.internal.ActorResolver;
import org.tiaojie.cases.ws.internal.MediationChannels;

/** Implements {@link MediationPort} on whichever channels are live. */
@WebService(endpointInterface = "org.tiaojie.cases.ws.internal.soap.MediationPort",
        serviceName = "MediationService", portName = "MediationPort", targetNamespace = MediationPort.NAMESPACE)
public class MediationEndpoint implements MediationPort {
    private final MediationChannels channels;

    public MediationEndpoint(MediationChannels channels) {
        this.channels = channels;
    }

    @Override
    public MediationRecord open(String channel, MediationRequest request) throws CaseFault {
        return SoapCalls.call(() -> channels.require(channel).open(ActorResolver.current(), request));
    }

    @Override
    public MediationRecord getRecord(String channel, String id) throws CaseFault {
        return SoapCalls.call(() -> channels.require(channel).get(ActorResolver.current(), id));
    }

    @Override
    public SoapPages.RecordPage listRecords(String channel, String status, String township, Integer page, Integer size)
            throws CaseFault {
        return SoapCalls.call(() -> SoapPages.RecordPage.of(channels.require(channel).list(ActorResolver.current(),
                SoapCalls.text(status), SoapCalls.text(township), SoapCalls.page(page, size))));
    }

    @Override
    public List<Party> revealParties(String channel, String id, String purpose) throws CaseFault {
        return SoapCalls.call(() -> channels.require(channel).revealParties(ActorResolver.current(), id, purpose));
    }

    @Override
    public MediationRecord performStep(String channel, String id, MediationStep step) throws CaseFault {
        return SoapCalls.call(() -> channels.require(channel).perform(ActorResolver.current(), id, step));
    }
}
