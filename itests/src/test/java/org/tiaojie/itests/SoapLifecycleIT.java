package org.tiaojie.itests;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.io.StringReader;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.Source;
import javax.xml.ws.Dispatch;
import javax.xml.ws.soap.SOAPFaultException;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

/**
 * The statutory path over SOAP, as an integrating system sees it: the WSDLs served by the distribution,
 * steps recorded through the lifecycle port, declared faults, and the petitioner's public progress port.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class SoapLifecycleIT extends TiaojieTestSupport {
    private static final String CASES = "http://tiaojie.org/cases/v1";
    private static final String INTAKE = "http://tiaojie.org/soap/intake/v1";
    private static final String LIFECYCLE = "http://tiaojie.org/soap/lifecycle/v1";
    private static final String PROGRESS = "http://tiaojie.org/soap/progress/v1";

    /** The text of a field of the operation's result, following {@code path} down from the result element. */
    private static String field(String xml, String... path) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Element at = firstChild(factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)))
                .getDocumentElement(), null);
        for (String name : path) {
            at = firstChild(at, name);
            assertNotNull(String.join("/", path) + " in " + xml, at);
        }
        return at.getTextContent();
    }

    private static Element firstChild(Element parent, String localName) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && (localName == null || localName.equals(e.getLocalName()))) {
                return e;
            }
        }
        return null;
    }

    private static String step(String caseId, String stepXml) {
        return "<l:performStep xmlns:l='" + LIFECYCLE + "' xmlns:c='" + CASES + "'><caseId>" + caseId + "</caseId>"
                + "<step>" + stepXml + "</step></l:performStep>";
    }

    private static String faultCode(Dispatch<Source> port, String payload) throws Exception {
        try {
            invoke(port, payload);
        } catch (SOAPFaultException e) {
            return e.getFault().getDetail() == null ? "" : e.getFault().getDetail().getTextContent();
        }
        fail("expected a fault for " + payload);
        return null;
    }

    @Test
    public void aCaseIsRegisteredHandledAndFollowedOverSoap() throws Exception {
        waitForReady();
        Dispatch<Source> intake = soapPort("/soap/intake", INTAKE, "CaseIntakeService", "CaseIntakePort", "clerk");
        String ack = invoke(intake, "<i:registerCase xmlns:i='" + INTAKE + "' xmlns:c='" + CASES + "'><request>"
                + "<c:category>LABOUR_WAGES</c:category><c:content>工程款拖欠农民工工资"
                + "</c:content><c:headCount>7</c:headCount><c:nature>REQUEST</c:nature><c:petitionForm>LETTER</c:petitionForm><c:petitioners><c:name>周六</c:name>"
                + "<c:phone>" + uniquePhone() + "</c:phone></c:petitioners><c:priorLevel>COUNTY</c:priorLevel>"
                + "<c:township>341122101</c:township></request></i:registerCase>");
        String caseId = field(ack, "caseId");
        String queryCode = field(ack, "queryCode");
        assertEquals("REGISTERED", field(ack, "outcome"));

        Dispatch<Source> lifecycle = soapPort("/soap/lifecycle", LIFECYCLE, "CaseLifecycleService", "CaseLifecyclePort", "clerk");
        String wsdl = get("/soap/lifecycle?wsdl", null).body();
        assertTrue("the WSDL declares the fault", wsdl.contains("CaseFault") && wsdl.contains("performStep"));
        String intakeWsdl = get("/soap/intake?wsdl", null).body();
        assertTrue("the WSDL declares the limits the door enforces", intakeWsdl.matches(
                "(?s).*name=\"content\">\\s*<xs:simpleType>\\s*<xs:restriction base=\"xs:string\">\\s*"
                        + "<xs:maxLength value=\"8000\"/>.*") && intakeWsdl.contains("maxOccurs=\"5\" minOccurs=\"0\" "
                        + "name=\"petitioners\""));

        String allowed = invoke(lifecycle, "<l:allowedActions xmlns:l='" + LIFECYCLE + "'><caseId>" + caseId
                + "</caseId></l:allowedActions>");
        assertTrue(allowed, allowed.contains(">ACCEPT<") && allowed.contains(">CLASSIFY<"));

        String accepted = invoke(lifecycle, step(caseId, "<c:action>ACCEPT</c:action><c:serviceMethod>POST</c:serviceMethod>"));
        assertEquals("ACCEPTED", field(accepted, "status"));
        assertTrue("a collective petition of seven", accepted.contains("collective>true<"));

        assertTrue(faultCode(lifecycle, step(caseId, "<c:action>ACCEPT</c:action><c:serviceMethod>POST</c:serviceMethod>"))
                .contains("ILLEGAL_TRANSITION"));
        String missing = faultCode(lifecycle, step(caseId, "<c:action>DISPATCH</c:action>"));
        assertTrue(missing, missing.contains("VALIDATION_FAILED") && missing.contains("responsibility"));

        invoke(lifecycle, step(caseId, "<c:action>DISPATCH</c:action><c:responsibility>"
                + "<c:cooperatingUnits>司法所</c:cooperatingUnits><c:handler>刘干事</c:handler>"
                + "<c:handlingClass>URGENT</c:handlingClass><c:leadUnit>劳保所</c:leadUnit>"
                + "<c:responsibleLeader>陈镇长</c:responsibleLeader></c:responsibility>"));
        invoke(lifecycle, step(caseId, "<c:action>EXTEND</c:action><c:days>5</c:days><c:note>需调取工地考勤</c:note>"));
        assertTrue("extended once only", faultCode(lifecycle,
                step(caseId, "<c:action>EXTEND</c:action><c:days>5</c:days><c:note>再次延期</c:note>"))
                .contains("ILLEGAL_TRANSITION"));
        invoke(lifecycle, step(caseId, "<c:action>ISSUE_OPINION</c:action><c:opinion><c:decision>SUPPORT</c:decision>"
                + "<c:facts>经核实拖欠三个月</c:facts><c:legalBasis>《保障农民工工资支付条例》第三条</c:legalBasis>"
                + "<c:request>支付拖欠工资</c:request></c:opinion>"));
        String served = invoke(lifecycle, step(caseId, "<c:action>SERVE</c:action><c:serviceMethod>IN_PERSON</c:serviceMethod>"));
        assertEquals("SERVED", field(served, "status"));
        assertEquals("REVIEW_REQUEST", field(served, "nextDeadline", "kind"));

        Dispatch<Source> handler = soapPort("/soap/lifecycle", LIFECYCLE, "CaseLifecycleService", "CaseLifecyclePort", "handler");
        assertTrue("closing is the petition office's step", faultCode(handler,
                step(caseId, "<c:action>CLOSE</c:action>")).contains("ACCESS_DENIED"));

        String trail = invoke(lifecycle, "<l:auditTrail xmlns:l='" + LIFECYCLE + "'><caseId>" + caseId + "</caseId></l:auditTrail>");
        for (String action : new String[]{"REGISTERED", "ACCEPT", "DISPATCH", "EXTEND", "ISSUE_OPINION", "SERVE"}) {
            assertTrue(action + " in " + trail, trail.contains(">" + action + "<"));
        }

        // The petitioner, without any account: the reply and the review window, no staff names.
        Dispatch<Source> progress = soapPort("/soap/progress", PROGRESS, "PetitionerProgressService",
                "PetitionerProgressPort", null);
        String seen = invoke(progress, "<p:getProgress xmlns:p='" + PROGRESS + "'><queryCode>" + queryCode
                + "</queryCode></p:getProgress>");
        assertEquals("SERVED", field(seen, "status"));
        assertEquals("SUPPORT", field(seen, "reply", "decision"));
        assertFalse("no staff names", seen.contains("刘干事") || seen.contains(">clerk<"));
        String unknown = faultCode(progress, "<p:getProgress xmlns:p='" + PROGRESS + "'><queryCode>AAAA-BBBB-CCCC-DDDD"
                + "</queryCode></p:getProgress>");
        assertTrue(unknown, unknown.contains("NOT_FOUND"));
    }

    @Test
    public void theLifecyclePortNeedsAStaffLogin() throws Exception {
        waitForReady();
        HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/soap/lifecycle"))
                .header("Content-Type", "text/xml; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString("<soap:Envelope xmlns:soap='http://schemas.xmlsoap.org/soap/envelope/'>"
                        + "<soap:Body><l:allowedActions xmlns:l='" + LIFECYCLE + "'><caseId>x</caseId></l:allowedActions>"
                        + "</soap:Body></soap:Envelope>")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(anonymous.body(), 401, anonymous.statusCode());
        assertTrue(anonymous.body(), anonymous.body().contains("UNAUTHENTICATED"));
    }
}
