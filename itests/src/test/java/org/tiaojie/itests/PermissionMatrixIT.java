package org.tiaojie.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.Test;
import org.tiaojie.itests.PermissionTable.Row;
import org.tiaojie.itests.PermissionTable.User;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * docs/PERMISSIONS.md held against the running distribution: every operation it serves (from its OpenAPI
 * document and its WSDLs) has a row and every row an operation, and every row is called as every demo user
 * (etc/users.properties) and anonymously. A refused call must answer 403 ACCESS_DENIED (401 UNAUTHENTICATED
 * without a login), an allowed one anything but those; for a township user, a record of another township must be
 * answered exactly as a record that does not exist.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PermissionMatrixIT extends TiaojieTestSupport {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TYPE = "application/json";
    private static final String HOME = PermissionTable.HOME;
    private static final String OTHER = PermissionTable.OTHER;
    private static final String CASES_NS = "http://tiaojie.org/cases/v1";
    private static final String MEDIATION_NS = "http://tiaojie.org/mediation/v1";
    private static final String LEGAL_AID_NS = "http://tiaojie.org/legalaid/v1";
    private static final Pattern FAULT_CODE = Pattern.compile("caseFault[^>]*>\\s*<code>([A-Z_]+)</code>");

    /** What a call is about: the user's own record, another township's, one that does not exist, a complaint. */
    private enum Target { OWN, FOREIGN, MISSING, WITHHELD }

    /** An answer, reduced to what the matrix is about: status and stable code (REST problem or SOAP fault). */
    private record Answer(int status, String code, String body) {
        @Override
        public String toString() {
            return status + " " + code + " " + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
        }
    }

    /** The records the calls are made on: kind ("case", "people", "dispute", "legal") and township → id. */
    private final Map<String, String> fixtures = new LinkedHashMap<>();
    private String withheldCase;
    private String queryCode;
    private final List<String> failures = new ArrayList<>();
    private int calls;

    @Test
    public void everyOperationHasARowAndEveryRowIsEnforced() throws Exception {
        waitForPlugins();

        List<Row> rows = PermissionTable.rows();
        List<User> users = PermissionTable.demoUsers();
        Set<String> channels = new TreeSet<>();
        Set<String> served = servedOperations(channels);
        checkCoverage(rows, served, channels);
        createFixtures();

        for (Row row : rows) {
            for (User user : users) {
                check(row, user);
            }
        }
        report("permission-matrix.txt", "Permission matrix: " + served.size() + " operations, " + rows.size()
                + " rows, " + users.size() + " principals, " + calls + " calls, " + failures.size() + " mismatches"
                + (failures.isEmpty() ? "" : "\n" + String.join("\n", failures)));
        if (!failures.isEmpty()) {
            fail(failures.size() + " answers differ from docs/PERMISSIONS.md:\n" + String.join("\n", failures));
        }
    }

    // --- the matrix, the users and what the platform serves

    /** REST: "REST METHOD /path" from the OpenAPI document; SOAP: "SOAP service operation" from every WSDL. */
    private Set<String> servedOperations(Set<String> channels) throws Exception {
        Set<String> served = new TreeSet<>();
        JsonNode api = JSON.readTree(get("/api/openapi.json", null).body());
        for (Iterator<Map.Entry<String, JsonNode>> paths = api.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                served.add("REST " + op.getKey().toUpperCase() + " " + path.getKey());
                for (JsonNode parameter : op.getValue().path("parameters")) {
                    if ("channel".equals(parameter.path("name").asText()) && "path".equals(parameter.path("in").asText())) {
                        parameter.path("schema").path("enum").forEach(c -> channels.add(c.asText()));
                    }
                }
            }
        }
        assertTrue("the OpenAPI document names the channels", channels.size() >= 3);
        for (String address : soapAddresses()) {
            String service = address.substring("/soap/".length());
            String wsdl = get(address + "?wsdl", null).body();
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Element root = factory.newDocumentBuilder().parse(new InputSource(new StringReader(wsdl))).getDocumentElement();
            NodeList portTypes = root.getElementsByTagNameNS("http://schemas.xmlsoap.org/wsdl/", "portType");
            for (int p = 0; p < portTypes.getLength(); p++) {
                NodeList ops = ((Element) portTypes.item(p)).getElementsByTagNameNS("http://schemas.xmlsoap.org/wsdl/",
                        "operation");
                for (int i = 0; i < ops.getLength(); i++) {
                    served.add("SOAP " + service + " " + ((Element) ops.item(i)).getAttribute("name"));
                }
            }
        }
        assertTrue("SOAP operations were found", served.stream().filter(s -> s.startsWith("SOAP")).count() > 20);
        return served;
    }

    private static void checkCoverage(List<Row> rows, Set<String> served, Set<String> channels) {
        Set<String> documented = new LinkedHashSet<>();
        rows.forEach(r -> documented.add(r.operation()));
        Set<String> missing = new TreeSet<>(served);
        missing.removeAll(documented);
        assertTrue("operations served without a row in docs/PERMISSIONS.md: " + missing, missing.isEmpty());
        Set<String> stale = new TreeSet<>(documented);
        stale.removeAll(served);
        assertTrue("rows in docs/PERMISSIONS.md for operations not served: " + stale, stale.isEmpty());
        for (String op : documented) {
            Set<String> covered = new TreeSet<>();
            rows.stream().filter(r -> r.operation().equals(op)).forEach(r -> covered.add(r.channel()));
            if (!covered.equals(Set.of(""))) {
                assertEquals("a row for every channel of " + op, channels, covered);
            }
        }
    }

    // --- the records the calls are about

    private void createFixtures() throws Exception {
        for (String[] clerk : new String[][]{{"clerk", HOME}, {"clerk2", OTHER}}) {
            JsonNode ack = created(post("/api/v1/cases", clerk[0], TYPE, "{\"township\":\"" + clerk[1] + "\","
                    + "\"petitionForm\":\"VISIT\",\"category\":\"LABOUR_WAGES\",\"petitioners\":[{\"name\":\"矩阵甲\","
                    + "\"phone\":\"" + uniquePhone() + "\"}],\"content\":\"工地拖欠工资\"}"));
            fixtures.put("case" + clerk[1], ack.get("caseId").asText());
            if (clerk[1].equals(HOME)) {
                queryCode = ack.get("queryCode").asText();
            }
            fixtures.put("dispute" + clerk[1], created(post("/api/v1/mediation-centre/disputes", clerk[0], TYPE,
                    "{\"source\":\"WALK_IN\",\"township\":\"" + clerk[1] + "\",\"category\":\"LABOUR_WAGES\",\"parties\":"
                            + "[{\"name\":\"矩阵乙\",\"role\":\"APPLICANT\"},{\"name\":\"某公司\",\"role\":\"RESPONDENT\"}],"
                            + "\"description\":\"工地欠薪\",\"partiesConsent\":true}")).get("id").asText());
            fixtures.put("legal" + clerk[1], created(post("/api/v1/legal-aid/applications", "legalaid", TYPE,
                    "{\"township\":\"" + clerk[1] + "\",\"applicantName\":\"矩阵丙\",\"matter\":\"WAGES_AND_EMPLOYMENT\","
                            + "\"exemption\":\"MIGRANT_WORKER\",\"description\":\"申请劳动仲裁代理\"}")).get("id").asText());
        }
        fixtures.put("people" + HOME, created(post("/api/v1/mediation/people/records", "mediator", TYPE,
                peoplesRequest(HOME, "341122101201", "M01"))).get("id").asText());
        fixtures.put("people" + OTHER, created(post("/api/v1/mediation/people/records", "clerk2", TYPE,
                peoplesRequest(OTHER, "341122102000", "M03"))).get("id").asText());
        withheldCase = created(post("/api/v1/cases", "clerk", TYPE, "{\"township\":\"" + HOME + "\",\"petitionForm\":\"VISIT\","
                + "\"category\":\"LAND_ACQUISITION\",\"nature\":\"COMPLAINT_ABOUT_OFFICIAL\",\"petitioners\":[{\"name\":"
                + "\"矩阵丁\",\"phone\":\"" + uniquePhone() + "\"}],\"content\":\"所长在补偿中收受好处\"}")).get("caseId").asText();
        waitFor("the supervision plug-in", () -> status("/api/v1/supervision/notices", "supervisor") == 200);
        String replyBy = platformToday().plusDays(5).toString();
        for (String township : new String[]{HOME, OTHER}) {
            fixtures.put("notice" + township, created(post("/api/v1/supervision/notices", "supervisor", TYPE,
                    "{\"kind\":\"SUPERVISION\",\"caseId\":\"" + fixtures.get("case" + township) + "\",\"unit\":\"land\","
                            + "\"required\":\"矩阵督办\",\"replyBy\":\"" + replyBy + "\"}")).get("id").asText());
        }
    }

    private static String peoplesRequest(String township, String committee, String mediator) {
        return "{\"township\":\"" + township + "\",\"category\":\"NEIGHBOUR_FAMILY\",\"partiesConsent\":true,"
                + "\"parties\":[{\"name\":\"矩阵戊\",\"role\":\"APPLICANT\"},{\"name\":\"矩阵己\",\"role\":\"RESPONDENT\"}],"
                + "\"committee\":\"" + committee + "\",\"mediator\":\"" + mediator + "\",\"description\":\"界墙纠纷\"}";
    }

    private static JsonNode created(HttpResponse<String> r) throws Exception {
        assertEquals(r.body(), 201, r.statusCode());
        return JSON.readTree(r.body());
    }

    /** The kind of record a row's operation is about, or null. */
    private static String kind(Row row) {
        String op = row.operation();
        if (op.contains("/cases/{id}") || op.startsWith("SOAP lifecycle") && !op.endsWith(" worklist")
                || op.equals("SOAP intake getCase")) {
            return "case";
        }
        if (op.contains("/legal-aid/applications/{id}") || op.matches("SOAP legal-aid (getApplication|performStep)")) {
            return "legal";
        }
        if (op.contains("/disputes/{id}") || op.matches("SOAP mediation-centre (getDispute|assess|dispatch|revealParties|performStep)")) {
            return "dispute";
        }
        if (op.contains("/supervision/notices/{id}")) {
            return "notice";
        }
        if ((op.contains("/records/{id}") || op.matches("SOAP mediation (getRecord|performStep|revealParties)"))) {
            return "people".equals(row.channel()) ? "people" : "record";
        }
        return null;
    }

    private String id(Row row, User user, Target target) {
        String kind = kind(row);
        if (kind == null) {
            return null;
        }
        return switch (target) {
            case MISSING -> UUID.randomUUID().toString();
            case WITHHELD -> withheldCase;
            case OWN -> fixtures.getOrDefault(kind + user.home(), UUID.randomUUID().toString());
            case FOREIGN -> fixtures.get(kind + (HOME.equals(user.home()) ? OTHER : HOME));
        };
    }

    // --- the check

    private void check(Row row, User user) throws Exception {
        String cell = row.cells().get(user.role());
        boolean allowed = switch (cell) {
            case "yes" -> true;
            case "county" -> user.county();
            case "withheld" -> true;
            default -> false; // "—", and "training" in this production installation
        };
        boolean withheldOnly = "withheld".equals(cell);
        Answer answer = call(row, user, withheldOnly && kind(row) != null && kind(row).equals("case")
                ? Target.WITHHELD : Target.OWN);
        if (!allowed) {
            String expected = user.name() == null ? "UNAUTHENTICATED" : "ACCESS_DENIED";
            if (!expected.equals(answer.code()) || "REST".equals(row.protocol())
                    && answer.status() != (user.name() == null ? 401 : 403)) {
                failures.add(row.label() + " as " + user + " (" + cell + "): expected " + expected + ", got " + answer);
            }
            return;
        }
        if (answer.status() >= 500 && !"SOAP".equals(row.protocol()) || Set.of("ACCESS_DENIED", "UNAUTHENTICATED",
                "INTERNAL_ERROR", "TOO_MANY_REQUESTS", "UNDECLARED_FAULT").contains(answer.code()) || answer.status() == 401
                || answer.status() == 403) {
            failures.add(row.label() + " as " + user + " (" + cell + "): expected it allowed, got " + answer);
            return;
        }
        if (mustSucceed(row) && !(answer.status() == 200 && answer.code().isEmpty())) {
            failures.add(row.label() + " as " + user + " (" + cell + "): expected the record, got " + answer);
        }
        String kind = kind(row);
        if (withheldOnly && "case".equals(kind)) {
            // Every other case is answered as one that does not exist.
            compareWithMissing(row, user, Target.OWN, "an ordinary case, for a reader of complaints only");
        } else if (!user.county() && kind != null && !kind.equals("record") && id(row, user, Target.FOREIGN) != null) {
            compareWithMissing(row, user, Target.FOREIGN, "another township's record");
        }
    }

    private void compareWithMissing(Row row, User user, Target target, String what) throws Exception {
        Answer other = call(row, user, target);
        Answer missing = call(row, user, Target.MISSING);
        if (other.status() != missing.status() || !other.code().equals(missing.code())) {
            failures.add(row.label() + " as " + user + ": " + what + " must be answered as one that does not exist; got "
                    + other + " and, for none, " + missing);
        }
    }

    /** Reads of the user's own record, and the reference data: the answer must be the data. */
    private static boolean mustSucceed(Row row) {
        String op = row.operation();
        return op.startsWith("REST GET") && !op.contains("/parties") && !op.contains("/petitioners")
                && !op.contains("/records/{id}") || op.matches("SOAP .* (getCase|auditTrail|allowedActions|getApplication"
                + "|listApplications|lawyers|getDispute|assess|listDisputes|listRecords|getProgress)");
    }

    // --- the calls

    private Answer call(Row row, User user, Target target) throws Exception {
        calls++;
        String id = id(row, user, target);
        String[] words = row.operation().split(" ");
        return "REST".equals(words[0]) ? rest(words[1], words[2], row, user, id) : soap(words[1], words[2], row, user, id);
    }

    private Answer rest(String method, String template, Row row, User user, String id) throws Exception {
        String today = platformTodayText();
        String path = template.replace("{id}", id == null ? "x" : id)
                .replace("{channel}", row.channel())
                .replace("{action}", row.action())
                .replace("{kind}", row.variant().getOrDefault("kind", ""))
                .replace("{queryCode}", queryCode)
                .replace("{township}", user.home())
                .replace("{department}", "nosuch")
                .replace("{year}", "2199");
        String query = switch (template) {
            case "/v1/calendar/due-date" -> "?start=" + today + "&days=15";
            case "/v1/calendar/working-days" -> "?from=" + today + "&to=" + today;
            case "/v1/calendar/years/{year}" -> "";
            case "/v1/statistics/figures", "/v1/statistics/figures/workbook", "/v1/statistics/rates",
                    "/v1/statistics/rates/workbook" -> "?from=" + today + "&to=" + today + "&by=TOWNSHIP";
            case "/v1/statistics/rates/subjects" -> "?rate=COMPLETION&part=NUMERATOR&from=" + today + "&to=" + today;
            case "/v1/statistics/figures/subjects" -> "?measure=MATTERS&from=" + today + "&to=" + today;
            default -> template.endsWith("/parties") || template.endsWith("/petitioners") ? "?purpose=" + URLEncoder.encode("核对当事人", StandardCharsets.UTF_8)
                    : method.equals("GET") && !template.contains("{") && !template.equals("/health")
                    && template.startsWith("/v1/") && !template.startsWith("/v1/calendar") ? "?size=5" : "";
        };
        if ("/v1/calendar/years/{year}".equals(template) && "GET".equals(method)) {
            path = template.replace("{year}", today.substring(0, 4));
        }
        String body = method.equals("GET") || method.equals("DELETE") ? null
                : restBody(template, row, user).replace("TODAY", today);
        HttpResponse<String> r = send(method, "/api" + path + query, user.name(), body);
        String code = "";
        if (r.body().startsWith("{") && r.body().contains("\"code\"")) {
            JsonNode problem = JSON.readTree(r.body());
            code = problem.path("code").asText("");
        }
        return new Answer(r.statusCode(), code, r.body());
    }

    private static String restBody(String template, Row row, User user) {
        String t = user.home();
        return switch (template) {
            case "/v1/cases" -> "{\"township\":\"" + t + "\",\"petitionForm\":\"VISIT\",\"category\":\"LABOUR_WAGES\","
                    + "\"petitioners\":[{\"name\":\"矩阵庚\",\"phone\":\"" + uniquePhone() + "\"}],\"content\":\"欠薪\"}";
            case "/v1/cases/{id}/reassign" -> "{\"note\":\"核查\"}";
            case "/v1/cases/search" -> "{\"name\":\"ju zhen\"}";
            case "/v1/calendar/years/{year}" -> "{\"year\":2000}";
            case "/v1/clock" -> "{\"now\":\"2199-01-01T00:00:00Z\"}";
            case "/v1/clock/advance" -> "{\"by\":\"P1D\"}";
            case "/v1/legal-aid/applications" -> "{\"township\":\"" + t + "\",\"applicantName\":\"矩阵辛\","
                    + "\"matter\":\"WAGES_AND_EMPLOYMENT\",\"exemption\":\"MIGRANT_WORKER\",\"description\":\"代理\"}";
            case "/v1/mediation-centre/disputes" -> "{\"source\":\"WALK_IN\",\"township\":\"" + t + "\","
                    + "\"category\":\"LABOUR_WAGES\",\"parties\":[{\"name\":\"矩阵壬\",\"role\":\"APPLICANT\"}],"
                    + "\"description\":\"欠薪\",\"partiesConsent\":true}";
            case "/v1/mediation-centre/disputes/{id}/dispatch" -> "{\"channel\":\"PEOPLE\",\"committee\":\"341122101201\","
                    + "\"mediator\":\"M01\"}";
            case "/v1/mediation-centre/disputes/{id}/steps/{action}" -> "{" + STEP_JSON.get(row.action()) + "}";
            case "/v1/mediation/{channel}/records" -> openRequest(row, t);
            case "/v1/townships/{township}/departments/{department}" -> "{}";
            case "/v1/supervision/notices" -> "{\"kind\":\"SUPERVISION\",\"caseId\":\"x\",\"required\":\"矩阵督办\","
                    + "\"replyBy\":\"TODAY\"}";
            case "/v1/supervision/notices/{id}/reply" -> "{\"reply\":\"矩阵回复\"}";
            case "/v1/progress/{queryCode}/evaluation" -> "{\"evaluation\":\"SATISFIED\"}";
            case "/v1/supervision/actions" -> "{\"caseId\":\"x\",\"method\":\"PHONE\",\"result\":\"电话督办\"}";
            case "/v1/supervision/return-visits" -> "{\"caseId\":\"x\",\"method\":\"PHONE\",\"outcome\":\"已解决\","
                    + "\"satisfaction\":\"SATISFIED\"}";
            case "/v1/supervision/accountability/{id}/close" -> "{\"conclusion\":\"约谈\"}";
            default -> "{\"action\":\"" + row.action() + "\"" + (STEP_JSON.containsKey(stepKey(row, template))
                    ? "," + STEP_JSON.get(stepKey(row, template)) : "") + "}";
        };
    }

    /** What each step sampled must carry to be valid, so that a call reaches the record (JSON, then XML). */
    private static final Map<String, String> STEP_JSON = Map.of(
            "ACCEPT", "\"serviceMethod\":\"IN_PERSON\"",
            "DECLINE", "\"note\":\"不属本部门职责\"",
            "ISSUE_OPINION", "\"opinion\":{\"request\":\"支付工资\",\"facts\":\"已核实\",\"decision\":\"SUPPORT\","
                    + "\"legalBasis\":\"条例\"}",
            "SETTLE", "\"settlement\":{\"kind\":\"MEDIATION\",\"partiesConsent\":true,\"terms\":\"分期支付\"}",
            "DECIDE_REVIEW", "\"reviewOutcome\":\"UPHELD\"",
            "DECIDE_RE_REVIEW", "\"reviewOutcome\":\"UPHELD\"",
            "APPLY_CONFIRMATION", "\"note\":\"双方申请司法确认\"",
            "RECORD_SESSION", "\"session\":{\"on\":\"TODAY\",\"place\":\"村委会\",\"participants\":\"双方\",\"notes\":\"陈述\"}",
            "REFER_TO_LEGAL_ROUTE", "\"route\":\"LITIGATION\",\"note\":\"告知起诉\"",
            "CLOSE_CASE", "\"note\":\"办结\"");

    private static final Map<String, String> STEP_XML = Map.of(
            "ACCEPT", "<P:serviceMethod>IN_PERSON</P:serviceMethod>",
            "DECLINE", "<P:note>不属本部门职责</P:note>",
            "ISSUE_OPINION", "<P:opinion><P:decision>SUPPORT</P:decision><P:facts>已核实</P:facts><P:legalBasis>条例"
                    + "</P:legalBasis><P:request>支付工资</P:request></P:opinion>",
            "SETTLE", "<P:settlement><P:kind>MEDIATION</P:kind><P:partiesConsent>true</P:partiesConsent><P:terms>分期支付"
                    + "</P:terms></P:settlement>",
            "DECIDE_REVIEW", "<P:reviewOutcome>UPHELD</P:reviewOutcome>",
            "DECIDE_RE_REVIEW", "<P:reviewOutcome>UPHELD</P:reviewOutcome>",
            "APPLY_CONFIRMATION", "<P:note>双方申请司法确认</P:note>",
            "RECORD_SESSION", "<P:session><P:notes>陈述</P:notes><P:on>TODAY</P:on><P:participants>双方</P:participants>"
                    + "<P:place>村委会</P:place></P:session>",
            "REFER_TO_LEGAL_ROUTE", "<P:note>告知起诉</P:note><P:route>LITIGATION</P:route>",
            "CLOSE_CASE", "<P:note>办结</P:note>");

    private String stepXml(String action, String prefix) throws Exception {
        String key = "m".equals(prefix) && "ACCEPT".equals(action) ? "" : action;
        return STEP_XML.getOrDefault(key, "").replace("P:", prefix + ":").replace("TODAY", platformTodayText());
    }

    /** A mediation file's ACCEPT carries nothing; a petition case's carries how the notice was served. */
    private static String stepKey(Row row, String template) {
        return template.startsWith("/v1/mediation/") && "ACCEPT".equals(row.action()) ? "" : row.action();
    }

    /** A new mediation file without its parties: refused as invalid when the role passes, 403 when not. */
    private static String openRequest(Row row, String township) {
        String stage = row.variant().getOrDefault("stage", "").replace("*", "");
        return "{\"township\":\"" + township + "\",\"category\":\"NEIGHBOUR_FAMILY\",\"partiesConsent\":true"
                + (stage.isEmpty() ? "" : ",\"stage\":\"" + stage + "\",\"court\":\"341122\"") + "}";
    }

    private Answer soap(String service, String operation, Row row, User user, String id) throws Exception {
        String ns = switch (service) {
            case "legal-aid" -> "http://tiaojie.org/soap/legalaid/v1";
            default -> "http://tiaojie.org/soap/" + service + "/v1";
        };
        String idElement = switch (service) {
            case "intake", "lifecycle" -> "caseId";
            default -> "id";
        };
        String channel = row.channel().isEmpty() ? "" : "<channel>" + row.channel() + "</channel>";
        String ident = id == null ? "" : "<" + idElement + ">" + id + "</" + idElement + ">";
        String t = user.home();
        String inner = switch (service + " " + operation) {
            case "intake registerCase" -> "<request><c:category>LABOUR_WAGES</c:category>"
                    + "<c:content>欠薪</c:content><c:petitionForm>VISIT</c:petitionForm><c:petitioners><c:name>矩阵癸</c:name><c:phone>" + uniquePhone()
                    + "</c:phone></c:petitioners><c:township>" + t + "</c:township></request>";
            case "intake searchCases" -> "<search><c:name>ju zhen</c:name></search>";
            case "lifecycle performStep" -> ident + "<step><c:action>" + row.action() + "</c:action>"
                    + stepXml(row.action(), "c") + "</step>";
            case "legal-aid apply" -> "<request><l:applicantName>矩阵子</l:applicantName><l:description>代理"
                    + "</l:description><l:exemption>MIGRANT_WORKER</l:exemption><l:matter>WAGES_AND_EMPLOYMENT</l:matter>"
                    + "<l:township>" + t + "</l:township></request>";
            case "legal-aid performStep" -> ident + "<step><l:action>" + row.action() + "</l:action></step>";
            case "legal-aid listApplications", "mediation-centre listDisputes", "lifecycle worklist" -> "<size>5</size>";
            case "mediation listRecords" -> channel + "<size>5</size>";
            case "mediation open" -> channel + "<request><m:category>NEIGHBOUR_FAMILY</m:category>"
                    + (row.variant().containsKey("stage") ? "<m:court>341122</m:court><m:stage>" + row.variant().get("stage")
                    .replace("*", "") + "</m:stage>" : "") + "<m:township>" + t + "</m:township></request>";
            case "mediation performStep" -> channel + ident + "<step><m:action>" + row.action() + "</m:action>"
                    + stepXml(row.action(), "m") + "</step>";
            case "mediation getRecord" -> channel + ident;
            case "mediation revealParties", "mediation-centre revealParties" -> channel + ident + "<purpose>核对当事人</purpose>";
            case "mediation-centre receive" -> "<request><m:category>LABOUR_WAGES</m:category><m:description>欠薪"
                    + "</m:description><m:source>WALK_IN</m:source><m:township>" + t + "</m:township></request>";
            case "mediation-centre dispatch" -> ident + "<dispatch><m:channel>PEOPLE</m:channel><m:committee>"
                    + "341122101201</m:committee><m:mediator>M01</m:mediator></dispatch>";
            case "mediation-centre performStep" -> ident + "<action>" + row.action() + "</action><step>"
                    + stepXml(row.action(), "m") + "</step>";
            case "progress getProgress" -> "<queryCode>" + queryCode + "</queryCode>";
            default -> ident;
        };
        String payload = "<s:" + operation + " xmlns:s='" + ns + "' xmlns:c='" + CASES_NS + "' xmlns:m='" + MEDIATION_NS
                + "' xmlns:l='" + LEGAL_AID_NS + "'>" + inner + "</s:" + operation + ">";
        HttpResponse<String> r = soapPost("/soap/" + service, user.name(), payload);
        Matcher m = FAULT_CODE.matcher(r.body());
        String code = m.find() ? m.group(1) : r.body().contains("Fault>") ? "UNDECLARED_FAULT" : "";
        return new Answer(r.statusCode(), code, r.body());
    }

    private String todayText;

    private String platformTodayText() throws Exception {
        if (todayText == null) {
            todayText = platformToday().toString();
        }
        return todayText;
    }
}
