package org.tiaojie.itests;

import java.net.URL;
import java.net.http.HttpResponse;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Collection;
import java.util.EnumSet;

import javax.sql.DataSource;
import javax.xml.namespace.QName;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.ws.BindingProvider;
import javax.xml.ws.Dispatch;
import javax.xml.ws.Service;
import javax.xml.ws.soap.SOAPFaultException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.karaf.features.FeaturesService;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.ServiceReference;
import org.tiaojie.cases.api.CaseQueryService;
import org.tiaojie.cases.api.CaseService;
import org.tiaojie.cases.api.ReferenceData;
import org.tiaojie.cases.api.spi.DepartmentIntake;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

/** The foundation in the booted distribution: features, services, REST, SOAP, security, hot undeploy. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class FoundationIT extends TiaojieTestSupport {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String JSON_TYPE = "application/json";

    static String landIntake(String content) {
        return "{\"township\":\"341122101\",\"channel\":\"VISIT\",\"category\":\"LAND_ACQUISITION\","
                + "\"petitioners\":[{\"name\":\"张三\",\"idNumber\":\"11010519491231002X\",\"phone\":\"13812345678\"}],"
                + "\"content\":\"" + content + "\",\"departmentFields\":{\"landLocation\":\"河西村三组东侧\"}}";
    }

    @Test
    public void bootFeaturesAndCoreServicesAreThere() throws Exception {
        for (String feature : new String[]{"tiaojie-core", "tiaojie-ws", "tiaojie-department-land"}) {
            assertTrue(feature + " installed", featuresService.isInstalled(featuresService.getFeature(feature)));
        }
        for (Class<?> service : new Class<?>[]{CaseService.class, CaseQueryService.class, ReferenceData.class}) {
            waitFor(service.getSimpleName(), () -> bundleContext.getServiceReference(service) != null);
        }
        waitFor("the land department in 青山镇", () -> landIntakes().stream()
                .anyMatch(r -> "341122101".equals(r.getProperty(DepartmentIntake.TOWNSHIP))));
    }

    @Test
    public void casesArePersistedInTheConfiguredDatabase() throws Exception {
        waitForDemo();
        String caseNumber = JSON.readTree(post("/api/v1/cases", "clerk", JSON_TYPE, landIntake("数据库核对")).body())
                .get("caseNumber").asText();
        ServiceReference<DataSource> reference = bundleContext
                .getServiceReferences(DataSource.class, "(osgi.jndi.service.name=tiaojie)").iterator().next();
        DataSource dataSource = bundleContext.getService(reference);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT COUNT(*) FROM TJ_CASE WHERE CASE_NUMBER = ?")) {
            assertEquals(expectedDatabaseProduct(), connection.getMetaData().getDatabaseProductName());
            query.setString(1, caseNumber);
            try (ResultSet rows = query.executeQuery()) {
                assertTrue(rows.next());
                assertEquals(1, rows.getInt(1));
            }
        } finally {
            bundleContext.ungetService(reference);
        }
    }

    @Test
    public void restIntakeIsPersistedRoutedAndReadableAndBadInputIsRefused() throws Exception {
        waitForDemo();
        JsonNode townships = JSON.readTree(get("/api/v1/townships", "clerk").body());
        assertEquals("青山镇", townships.get(0).get("name").asText());

        HttpResponse<String> created = post("/api/v1/cases", "clerk", JSON_TYPE, landIntake("征地补偿款未按协议发放"));
        assertEquals(created.body(), 201, created.statusCode());
        JsonNode ack = JSON.readTree(created.body());
        assertEquals("land", ack.get("department").asText());
        assertEquals("ROUTED", ack.get("routingState").asText());
        assertTrue(ack.get("caseNumber").asText().startsWith("341122101-"));
        assertTrue(ack.get("queryCode").asText().matches("[0-9A-Z]{4}(-[0-9A-Z]{4}){3}"));

        JsonNode read = JSON.readTree(get("/api/v1/cases/" + ack.get("caseId").asText(), "clerk").body());
        assertEquals("征地补偿款未按协议发放", read.get("content").asText());
        assertEquals("138****5678", read.get("petitioners").get(0).get("phone").asText());
        assertEquals("REGISTERED", JSON.readTree(get("/api/v1/cases/" + ack.get("caseId").asText() + "/audit", "clerk")
                .body()).get(0).get("action").asText());

        long before = total();
        HttpResponse<String> invalid = post("/api/v1/cases", "clerk", JSON_TYPE,
                "{\"township\":\"341122101\",\"channel\":\"VISIT\",\"category\":\"LAND_ACQUISITION\",\"petitioners\":[]}");
        assertEquals(400, invalid.statusCode());
        assertTrue(invalid.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(invalid.body());
        assertEquals("VALIDATION_FAILED", problem.get("code").asText());
        assertEquals("petitioners", problem.get("violations").get(0).get("field").asText());

        HttpResponse<String> malformed = post("/api/v1/cases", "clerk", JSON_TYPE, "{\"township\": 3, \"colour\": 1}");
        assertEquals(400, malformed.statusCode());
        assertEquals("MALFORMED_REQUEST", JSON.readTree(malformed.body()).get("code").asText());
        assertEquals("nothing written", before, total());
    }

    @Test
    public void requestsWithoutValidCredentialsAreRefused() throws Exception {
        waitForDemo();
        HttpResponse<String> anonymous = get("/api/v1/cases", null);
        assertEquals(401, anonymous.statusCode());
        assertEquals("UNAUTHENTICATED", JSON.readTree(anonymous.body()).get("code").asText());
        assertEquals(401, get("/api/v1/cases", "nobody").statusCode());
        assertEquals(200, get("/api/openapi.json", null).statusCode());
        HttpResponse<String> health = get("/api/health", null);
        assertEquals(health.body(), 200, health.statusCode());
        assertEquals("UP", JSON.readTree(health.body()).get("status").asText());
        // A clerk of another township may not register here.
        assertEquals(403, post("/api/v1/cases", "clerk2", JSON_TYPE, landIntake("越权登记")).statusCode());
    }

    @Test
    public void soapIntakeFromTheServedWsdlAndItsDeclaredFault() throws Exception {
        waitForDemo();
        waitFor("WSDL", () -> status("/soap/intake?wsdl", null) == 200);
        String ns = "http://tiaojie.org/soap/intake/v1";
        Service service = Service.create(new URL(baseUrl() + "/soap/intake?wsdl"), new QName(ns, "CaseIntakeService"));
        Dispatch<Source> dispatch = service.createDispatch(new QName(ns, "CaseIntakePort"), Source.class, Service.Mode.PAYLOAD);
        dispatch.getRequestContext().put(BindingProvider.USERNAME_PROPERTY, "clerk");
        dispatch.getRequestContext().put(BindingProvider.PASSWORD_PROPERTY, "clerk");

        String request = "<i:registerCase xmlns:i='" + ns + "' xmlns:c='http://tiaojie.org/cases/v1'><request>"
                + "<c:township>341122101</c:township><c:channel>LETTER</c:channel><c:category>LAND_ACQUISITION</c:category>"
                + "<c:petitioners><c:name>李四</c:name></c:petitioners><c:content>%s</c:content>"
                + "<c:departmentFields><entry><key>landLocation</key><value>村东</value></entry></c:departmentFields>"
                + "</request></i:registerCase>";
        String answer = text(dispatch.invoke(new StreamSource(new StringReader(String.format(request, "宅基地纠纷")))));
        assertTrue(answer, answer.contains("341122101-") && answer.contains(">land<"));

        try {
            dispatch.invoke(new StreamSource(new StringReader(String.format(request, ""))));
            fail("an intake without content must be refused");
        } catch (SOAPFaultException e) {
            String detail = e.getFault().getDetail() == null ? "" : e.getFault().getDetail().getTextContent();
            assertTrue(detail, detail.contains("VALIDATION_FAILED") && detail.contains("content"));
        }
    }

    @Test
    public void uninstallingTheDepartmentKeepsItsCasesAndRoutesNewOnesToThePetitionOffice() throws Exception {
        waitForDemo();
        JsonNode ack = JSON.readTree(post("/api/v1/cases", "clerk", JSON_TYPE, landIntake("卸载前登记")).body());
        String caseId = ack.get("caseId").asText();
        assertEquals("land", ack.get("department").asText());

        featuresService.uninstallFeature("tiaojie-department-land", EnumSet.noneOf(FeaturesService.Option.class));
        waitFor("the land department to leave", () -> landIntakes().isEmpty());
        try {
            JsonNode kept = JSON.readTree(get("/api/v1/cases/" + caseId, "clerk").body());
            assertEquals("卸载前登记", kept.get("content").asText());
            assertEquals("land", kept.get("department").asText());

            HttpResponse<String> during = post("/api/v1/cases", "clerk", JSON_TYPE, landIntake("卸载期间登记"));
            assertEquals(during.body(), 201, during.statusCode());
            JsonNode unrouted = JSON.readTree(during.body());
            assertEquals("UNROUTED", unrouted.get("routingState").asText());
            assertFalse(unrouted.has("department"));
        } finally {
            featuresService.installFeature("tiaojie-department-land", EnumSet.noneOf(FeaturesService.Option.class));
        }
        waitFor("the land department to return", () -> !landIntakes().isEmpty());
        assertEquals("land", JSON.readTree(post("/api/v1/cases", "clerk", JSON_TYPE, landIntake("恢复后登记")).body())
                .get("department").asText());
    }

    /** The platform is ready and the demo's land office is live in 青山镇. */
    private void waitForDemo() throws InterruptedException {
        waitForReady();
        waitFor("the land department in 青山镇", () -> landIntakes().stream()
                .anyMatch(r -> "341122101".equals(r.getProperty(DepartmentIntake.TOWNSHIP))));
    }

    private Collection<ServiceReference<DepartmentIntake>> landIntakes() {
        try {
            return bundleContext.getServiceReferences(DepartmentIntake.class, "(department=land)");
        } catch (org.osgi.framework.InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private int status(String path, String user) {
        try {
            return get(path, user).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }

    private long total() throws Exception {
        return JSON.readTree(get("/api/v1/cases?size=1", "bureau").body()).get("total").asLong();
    }

    private static String text(Source source) throws Exception {
        java.io.StringWriter out = new java.io.StringWriter();
        javax.xml.transform.TransformerFactory.newInstance().newTransformer()
                .transform(source, new javax.xml.transform.stream.StreamResult(out));
        return out.toString();
    }
}
