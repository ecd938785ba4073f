package org.tiaojie.itests;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;

import javax.sql.DataSource;
import javax.xml.transform.Source;
import javax.xml.ws.Dispatch;
import javax.xml.ws.soap.SOAPFaultException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.karaf.features.FeaturesService;
import org.osgi.framework.Bundle;
import org.osgi.framework.namespace.PackageNamespace;
import org.osgi.framework.wiring.BundleWiring;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.ServiceReference;
import org.tiaojie.cases.api.CaseQueryService;
import org.tiaojie.cases.api.CaseService;
import org.tiaojie.cases.api.ReferenceData;
import org.tiaojie.cases.api.spi.Department;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

/** The foundation in the booted distribution: features, services, REST, SOAP, security, hot undeploy. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class FoundationIT extends TiaojieTestSupport {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String JSON_TYPE = "application/json";

    /** A land intake by a petitioner of its own, so that repeat detection leaves it a new matter. */
    static String landIntake(String content) {
        return landIntake(content, uniquePhone());
    }

    static String landIntake(String content, String phone) {
        return "{\"township\":\"341122101\",\"petitionForm\":\"VISIT\",\"category\":\"LAND_ACQUISITION\","
                + "\"petitioners\":[{\"name\":\"张三\",\"phone\":\"" + phone + "\"}],"
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
        waitForDepartment("land", "341122101");
    }

    /** Derby loads what it needs through static wires (our fragment), never through racy dynamic imports. */
    @Test
    public void derbyIsWiredStatically() {
        Bundle derby = Arrays.stream(bundleContext.getBundles()).filter(b -> "derby".equals(b.getSymbolicName()))
                .findFirst().orElseThrow();
        assertEquals(Bundle.ACTIVE, derby.getState());
        List<Object> wired = derby.adapt(BundleWiring.class).getRequiredWires(PackageNamespace.PACKAGE_NAMESPACE).stream()
                .map(w -> w.getCapability().getAttributes().get(PackageNamespace.PACKAGE_NAMESPACE)).toList();
        assertTrue(wired.toString(), wired.containsAll(List.of("org.osgi.framework", "javax.naming", "javax.sql")));
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
        JsonNode villages = JSON.readTree(get("/api/v1/townships/341122101/villages", "clerk").body());
        assertEquals("河西村", villages.get(0).get("name").asText());
        assertEquals("341122101", villages.get(0).get("township").asText());
        assertEquals(404, get("/api/v1/townships/999999999/villages", "clerk").statusCode());

        String phone = uniquePhone();
        HttpResponse<String> created = post("/api/v1/cases", "clerk", JSON_TYPE, landIntake("征地补偿款未按协议发放", phone));
        assertEquals(created.body(), 201, created.statusCode());
        JsonNode ack = JSON.readTree(created.body());
        assertEquals("land", ack.get("department").asText());
        assertEquals("ROUTED", ack.get("routingState").asText());
        assertTrue(ack.get("caseNumber").asText().startsWith("341122101-"));
        assertTrue(ack.get("queryCode").asText().matches("[0-9A-Z]{4}(-[0-9A-Z]{4}){3}"));

        JsonNode read = JSON.readTree(get("/api/v1/cases/" + ack.get("caseId").asText(), "clerk").body());
        assertEquals("征地补偿款未按协议发放", read.get("content").asText());
        assertEquals(phone.substring(0, 3) + "****" + phone.substring(7), read.get("petitioners").get(0).get("phone").asText());
        assertEquals("REGISTERED", JSON.readTree(get("/api/v1/cases/" + ack.get("caseId").asText() + "/audit", "clerk")
                .body()).get(0).get("action").asText());

        long before = total();
        HttpResponse<String> invalid = post("/api/v1/cases", "clerk", JSON_TYPE,
                "{\"township\":\"341122101\",\"petitionForm\":\"VISIT\",\"category\":\"LAND_ACQUISITION\",\"petitioners\":[]}");
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
        String ns = "http://tiaojie.org/soap/intake/v1";
        Dispatch<Source> dispatch = soapPort("/soap/intake", ns, "CaseIntakeService", "CaseIntakePort", "clerk");

        String request = "<i:registerCase xmlns:i='" + ns + "' xmlns:c='http://tiaojie.org/cases/v1'><request>"
                + "<c:category>LAND_ACQUISITION</c:category><c:content>%s</c:content>"
                + "<c:departmentFields><entry><key>landLocation</key><value>村东</value></entry>"
                + "</c:departmentFields><c:petitionForm>LETTER</c:petitionForm><c:petitioners><c:name>李四</c:name><c:phone>%s</c:phone></c:petitioners>"
                + "<c:township>341122101</c:township></request></i:registerCase>";
        String answer = invoke(dispatch, String.format(request, "宅基地纠纷", uniquePhone()));
        assertTrue(answer, answer.contains("341122101-") && answer.contains(">land<"));

        try {
            invoke(dispatch, String.format(request, "", uniquePhone()));
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
        String unroutedId;

        featuresService.uninstallFeature("tiaojie-department-land", EnumSet.noneOf(FeaturesService.Option.class));
        waitFor("the land department to leave", () -> landIntakes().isEmpty());
        try {
            JsonNode kept = JSON.readTree(get("/api/v1/cases/" + caseId, "clerk").body());
            assertEquals("卸载前登记", kept.get("content").asText());
            assertEquals("land", kept.get("department").asText());
            assertEquals("DEPARTMENT_OFFLINE", kept.get("routingState").asText());

            long before = total();
            HttpResponse<String> withFields = post("/api/v1/cases", "clerk", JSON_TYPE, landIntake("卸载期间登记"));
            assertEquals(withFields.body(), 503, withFields.statusCode());
            assertEquals("DEPARTMENT_UNAVAILABLE", JSON.readTree(withFields.body()).get("code").asText());
            assertEquals("nothing written", before, total());

            HttpResponse<String> plain = post("/api/v1/cases", "clerk", JSON_TYPE,
                    landIntake("卸载期间登记").replace(",\"departmentFields\":{\"landLocation\":\"河西村三组东侧\"}", ""));
            assertEquals(plain.body(), 201, plain.statusCode());
            JsonNode unrouted = JSON.readTree(plain.body());
            assertEquals("UNROUTED", unrouted.get("routingState").asText());
            assertFalse(unrouted.has("department"));
            unroutedId = unrouted.get("caseId").asText();
        } finally {
            featuresService.installFeature("tiaojie-department-land", EnumSet.noneOf(FeaturesService.Option.class));
        }
        waitFor("the land department to return", () -> !landIntakes().isEmpty());
        waitFor("its case to be its again, and the unrouted one taken over", () -> {
            try {
                return "ROUTED".equals(JSON.readTree(get("/api/v1/cases/" + caseId, "clerk").body()).path("routingState").asText())
                        && "land".equals(JSON.readTree(get("/api/v1/cases/" + unroutedId, "clerk").body()).path("department").asText());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        });
        HttpResponse<String> after = post("/api/v1/cases", "clerk", JSON_TYPE, landIntake("恢复后登记"));
        assertEquals(after.body(), 201, after.statusCode());
        assertEquals("land", JSON.readTree(after.body()).path("department").asText());
    }

    /** The platform is ready and the demo's land office is live in 青山镇. */
    private void waitForDemo() throws InterruptedException {
        waitForReady();
        waitForDepartment("land", "341122101");
    }

    private Collection<ServiceReference<Department>> landIntakes() {
        try {
            return bundleContext.getServiceReferences(Department.class, "(department=land)");
        } catch (org.osgi.framework.InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private long total() throws Exception {
        return JSON.readTree(get("/api/v1/cases?size=1", "bureau").body()).get("total").asLong();
    }
}
