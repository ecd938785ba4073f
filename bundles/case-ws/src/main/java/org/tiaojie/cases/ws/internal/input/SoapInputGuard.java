package org.tiaojie.cases.ws.internal.input;

import java.io.InputStream;
import java.util.List;
import java.util.Map;

import javax.xml.namespace.QName;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.apache.cxf.binding.soap.SoapFault;
import org.apache.cxf.binding.soap.SoapMessage;
import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.message.Message;
import org.apache.cxf.message.MessageContentsList;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;
import org.tiaojie.cases.api.ErrorCode;
import org.tiaojie.cases.api.TiaojieException;
import org.tiaojie.cases.api.ValidationException;
import org.tiaojie.cases.ws.internal.HttpStatus;
import org.tiaojie.cases.ws.internal.soap.CaseFault;
import org.tiaojie.cases.ws.internal.soap.CaseFaultInfo;
import org.tiaojie.cases.ws.internal.soap.CaseIntakePort;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The door of the SOAP ports, the same as REST's: a message of at most {@link RestInputGuard#MAX_BODY} bytes,
 * every parameter within {@link InputLimits} (refused with the declared fault), and every other fault — an empty or
 * malformed envelope, an unknown operation, a refused login — given the same stable code in its detail, a Client
 * code when the request was at fault, and a message that never repeats what was sent.
 */
public final class SoapInputGuard {
    private SoapInputGuard() {
    }

    /** In: caps the message size before anything is parsed. */
    public static AbstractPhaseInterceptor<Message> sizeLimit() {
        return new AbstractPhaseInterceptor<>(Phase.RECEIVE) {
            @Override
            public void handleMessage(Message message) {
                @SuppressWarnings("unchecked")
                Map<String, List<String>> headers = (Map<String, List<String>>) message.get(Message.PROTOCOL_HEADERS);
                List<String> length = headers == null ? null : headers.get("Content-Length");
                String declared = length == null || length.isEmpty() ? null : length.get(0).trim();
                if (declared != null && (!declared.matches("\\d{1,18}") || Long.parseLong(declared) > RestInputGuard.MAX_BODY)) {
                    throw clientFault(ErrorCode.REQUEST_TOO_LARGE, "the message is larger than " + RestInputGuard.MAX_BODY
                            + " bytes");
                }
                InputStream in = message.getContent(InputStream.class);
                if (in != null) {
                    message.setContent(InputStream.class, new BoundedBody(in));
                }
            }
        };
    }

    /** In: the operation's parameters within the limits, refused with the declared fault before the service runs. */
    public static AbstractPhaseInterceptor<Message> parameterLimits() {
        return new AbstractPhaseInterceptor<>(Phase.PRE_INVOKE) {
            @Override
            public void handleMessage(Message message) {
                List<Object> parameters = MessageContentsList.getContentsList(message);
                if (parameters == null) {
                    return;
                }
                try {
                    int i = 0;
                    for (Object p : parameters) {
                        if (p instanceof String text) {
                            InputLimits.checkParameter("parameter" + i, text);
                        } else if (p != null) {
                            InputLimits.check(p);
                        }
                        i++;
                    }
                } catch (ValidationException e) {
                    throw new Fault(new CaseFault(e.getMessage(), new CaseFaultInfo(e.code().name(), false,
                            e.violations())));
                }
            }
        };
    }

    /** Out (faults): every fault that is not the declared one gets a stable code and a message with nothing sent in it. */
    public static AbstractPhaseInterceptor<Message> faultCodes() {
        return new AbstractPhaseInterceptor<>(Phase.PRE_MARSHAL) {
            @Override
            public void handleMessage(Message message) {
                Exception e = message.getContent(Exception.class);
                if (!(e instanceof Fault fault)) {
                    return;
                }
                if (fault.getCause() instanceof CaseFault declared) {
                    // The declared fault keeps its words and detail; only whose fault it was is set from its code.
                    whose(fault, message, codeNamed(declared.getFaultInfo().getCode()));
                    return;
                }
                if (declared(fault)) {
                    return;
                }
                ErrorCode code = codeOf(fault);
                fault.setMessage(messageOf(code));
                whose(fault, message, code);
                fault.setDetail(detail(code));
            }
        };
    }

    /** Client (the request was at fault: fix it) or Server (retry later), from the stable code. */
    private static void whose(Fault fault, Message message, ErrorCode code) {
        boolean server = code == ErrorCode.INTERNAL_ERROR || code == ErrorCode.SERVICE_UNAVAILABLE
                || code == ErrorCode.DEPARTMENT_UNAVAILABLE || code == ErrorCode.CONFLICT;
        if (fault instanceof SoapFault soap && message instanceof SoapMessage soapMessage) {
            soap.setFaultCode(server ? soapMessage.getVersion().getReceiver() : soapMessage.getVersion().getSender());
        } else {
            // turned into a SoapFault later, which maps these two to the SOAP version's own codes
            fault.setFaultCode(server ? Fault.FAULT_CODE_SERVER : Fault.FAULT_CODE_CLIENT);
        }
    }

    private static ErrorCode codeNamed(String name) {
        try {
            return ErrorCode.valueOf(name);
        } catch (IllegalArgumentException | NullPointerException e) {
            return ErrorCode.INTERNAL_ERROR;
        }
    }

    private static boolean declared(Fault fault) {
        if (fault.getCause() instanceof CaseFault) {
            return true;
        }
        Element detail = fault.getDetail();
        return detail != null && detail.getElementsByTagNameNS(CaseIntakePort.NAMESPACE, "caseFault").getLength() > 0;
    }

    private static ErrorCode codeOf(Fault fault) {
        for (Throwable t = fault; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof BoundedBody.TooLarge) {
                return ErrorCode.REQUEST_TOO_LARGE;
            }
            if (t instanceof TiaojieException te) {
                return te.code();
            }
            if (t instanceof SecurityException) {
                return ErrorCode.UNAUTHENTICATED;
            }
        }
        for (Throwable t = fault; t != null; t = t.getCause() == t ? null : t.getCause()) {
            // Xerces' schema-validation messages carry the standard "cvc-" keys: the message broke the WSDL's rules.
            if (String.valueOf(t.getMessage()).contains("cvc-")) {
                return ErrorCode.VALIDATION_FAILED;
            }
        }
        String text = String.valueOf(fault.getMessage());
        if (text.startsWith("UNAUTHENTICATED")) {
            return ErrorCode.UNAUTHENTICATED;
        }
        if (fault.getStatusCode() == 401) {
            return ErrorCode.UNAUTHENTICATED;
        }
        // What reaches here was refused by CXF while reading or dispatching the request: the request was at fault.
        return ErrorCode.MALFORMED_REQUEST;
    }

    private static String messageOf(ErrorCode code) {
        return switch (code) {
            case UNAUTHENTICATED -> "UNAUTHENTICATED: log in with HTTP Basic authentication or a WS-Security UsernameToken";
            case REQUEST_TOO_LARGE -> "REQUEST_TOO_LARGE: the message is larger than " + RestInputGuard.MAX_BODY + " bytes";
            case TOO_MANY_REQUESTS -> "TOO_MANY_REQUESTS: too many attempts; wait and retry";
            case VALIDATION_FAILED -> "VALIDATION_FAILED: a value breaks the WSDL's rules (its type, length, count, "
                    + "enumeration or the order of the elements)";
            default -> code.name() + ": the message is not a well-formed request of this port (see its WSDL)";
        };
    }

    /** The same detail element the declared fault carries: {@code caseFault} with the code. */
    private static Element detail(ErrorCode code) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Document d = factory.newDocumentBuilder().newDocument();
            Element detail = d.createElement("detail");
            Element info = d.createElementNS(CaseIntakePort.NAMESPACE, "ns1:caseFault");
            Element c = d.createElement("code");
            c.setTextContent(code.name());
            Element retryable = d.createElement("retryable");
            retryable.setTextContent(Boolean.toString(code.retryable()));
            info.appendChild(c);
            info.appendChild(retryable);
            detail.appendChild(info);
            d.appendChild(detail);
            return detail;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    static Fault clientFault(ErrorCode code, String message) {
        SoapFault fault = new SoapFault(code.name() + ": " + message, new QName("http://schemas.xmlsoap.org/soap/envelope/",
                "Client"));
        fault.initCause(new TiaojieException(code, message));
        fault.setStatusCode(HttpStatus.of(code));
        return fault;
    }
}
