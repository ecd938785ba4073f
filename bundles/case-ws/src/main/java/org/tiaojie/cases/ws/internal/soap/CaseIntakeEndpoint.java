package org.tiaojie.cases.ws.internal.soap;

import java.util.List;
import java.util.function.Supplier;

import javax.jws.WebService;

import org.osgi.service.blueprint.container.ServiceUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tiaojie.cases.api.Acknowledgement;
import org.tiaojie.cases.api.CaseQueryService;
import org.tiaojie.cases.api.CaseService;
import org.tiaojie.cases.api.CaseView;
import org.tiaojie.cases.api.ErrorCode;
import org.tiaojie.cases.api.FieldViolation;
import org.tiaojie.cases.api.IntakeRequest;
import org.tiaojie.cases.api.TiaojieException;
import org.tiaojie.cases.ws.internal.ActorResolver;

/** Implements the SOAP port on the same services as REST; every failure becomes the declared {@link CaseFault}. */
@WebService(endpointInterface = "org.tiaojie.cases.ws.internal.soap.CaseIntakePort",
        serviceName = "CaseIntakeService", portName = "CaseIntakePort", targetNamespace = CaseIntakePort.NAMESPACE)
public class CaseIntakeEndpoint implements CaseIntakePort {
    private static final Logger LOG = LoggerFactory.getLogger(CaseIntakeEndpoint.class);

    private final CaseService cases;
    private final CaseQueryService queries;

    public CaseIntakeEndpoint(CaseService cases, CaseQueryService queries) {
        this.cases = cases;
        this.queries = queries;
    }

    @Override
    public Acknowledgement registerCase(IntakeRequest request) throws CaseFault {
        return call(() -> cases.register(ActorResolver.current(), request));
    }

    @Override
    public CaseView getCase(String caseId) throws CaseFault {
        return call(() -> queries.get(ActorResolver.current(), caseId));
    }

    private static <T> T call(Supplier<T> work) throws CaseFault {
        try {
            return work.get();
        } catch (TiaojieException e) {
            throw fault(e.code(), e.getMessage(), e.violations(), e);
        } catch (ServiceUnavailableException e) {
            throw fault(ErrorCode.SERVICE_UNAVAILABLE, "a service this request needs is not available right now; please retry",
                    List.of(), e);
        } catch (RuntimeException e) {
            LOG.error("Unexpected failure", e);
            throw fault(ErrorCode.INTERNAL_ERROR, "an unexpected error occurred; nothing was written", List.of(), e);
        }
    }

    private static CaseFault fault(ErrorCode code, String message, List<FieldViolation> violations, Throwable cause) {
        return new CaseFault(message, new CaseFaultInfo(code.name(), code.retryable(), violations), cause);
    }
}
