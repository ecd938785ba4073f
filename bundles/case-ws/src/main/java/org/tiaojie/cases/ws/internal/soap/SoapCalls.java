package org.tiaojie.cases.ws.internal.soap;

import java.util.List;
import java.util.function.Supplier;

import org.osgi.service.blueprint.container.ServiceUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tiaojie.cases.api.ErrorCode;
import org.tiaojie.cases.ws.internal.SafeLog;
import org.tiaojie.cases.api.FieldViolation;
import org.tiaojie.cases.api.TiaojieException;

/** Runs a SOAP operation on the core services; every failure becomes the declared {@link CaseFault}. */
final class SoapCalls {
    private static final Logger LOG = LoggerFactory.getLogger(SoapCalls.class);

    private SoapCalls() {
    }

    static <T> T call(Supplier<T> work) throws CaseFault {
        try {
            return work.get();
        } catch (TiaojieException e) {
            throw fault(e.code(), e.getMessage(), e.violations(), e);
        } catch (ServiceUnavailableException e) {
            throw fault(ErrorCode.SERVICE_UNAVAILABLE, "a service this request needs is not available right now; please retry",
                    List.of(), e);
        } catch (RuntimeException e) {
            String reference = SafeLog.failure(LOG, "Unexpected failure", e);
            throw fault(ErrorCode.INTERNAL_ERROR, "an unexpected error occurred; nothing was written. It has been logged as "
                    + reference + ".", List.of(), null);
        }
    }

    /** Paging as REST does it: page from 0, size 1–200, 20 when absent. */
    static org.tiaojie.cases.api.PageRequest page(Integer page, Integer size) {
        return org.tiaojie.cases.api.PageRequest.of(page == null ? 0 : page,
                size == null ? org.tiaojie.cases.api.PageRequest.DEFAULT_SIZE : size);
    }

    static String text(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static CaseFault fault(ErrorCode code, String message, List<FieldViolation> violations, Throwable cause) {
        return new CaseFault(message, new CaseFaultInfo(code.name(), code.retryable(), violations), cause);
    }
}
