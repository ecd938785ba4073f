package org.tiaojie.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.xml.parsers.DocumentBuilderFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.tiaojie.cases.api.ErrorCode;
import org.tiaojie.itests.PermissionTable.Row;
import org.tiaojie.itests.PermissionTable.User;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/**
 * Hostile input against every operation the distribution serves, generated from its OpenAPI document and its
 * WSDLs (so a new operation is covered without a line here): every field past its limit, of the wrong type, with
 * characters XML cannot carry, with unknown enumeration values and dates out of range; lists past their counts;
 * broken, oversized, deeply nested and wrongly encoded bodies; XML bombs and external entities; hostile path and
 * query parameters and HTTP-level abuse. Each answer must be a 4xx problem+json with a stable code, or a SOAP fault
 * with the declared detail; nothing may be written; the server stays up, its heap bounded, and no personal data
 * sent reaches the log. Text the platform may take comes back exactly as sent, over both protocols.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class HostileInputIT extends TiaojieTestSupport {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Writes every non-ASCII character as an escape, so that a lone surrogate is sent as such, not as "?". */
    private static final com.fasterxml.jackson.databind.ObjectWriter ESCAPED = JSON.writer()
            .with(com.fasterxml.jackson.core.json.JsonWriteFeature.ESCAPE_NON_ASCII);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String TYPE = "application/json";
    private static final String HOME = PermissionTable.HOME;
    private static final Set<String> CODES = Arrays.stream(ErrorCode.values()).map(Enum::name).collect(Collectors.toSet());
    private static final List<String> PREFERENCE = List.of("clerk", "handler", "mediator", "leader", "legalaid",
            "justice", "court", "operator", "supervisor", "bureau", "discipline", "clerk2");
    private static final Pattern FAULT_CODE = Pattern.compile("caseFault[^>]*>\\s*<code>([A-Z_]+)</code>");
    private static final String XSD = "http://www.w3.org/2001/XMLSchema";
    private static final String WSDL = "http://schemas.xmlsoap.org/wsdl/";
    /** Text that is valid everywhere but breaks naive handling: quotes, markup, escapes, emoji, rare CJK, marks. */
    private static final String ODD_TEXT = "甲\t乙\n丙\r\n丁 \"引号\" 'single' <tag a=\"1\"/> & &amp; \\ 反斜杠 😀𠀀𪚥 "
            + "e\u0301 \u200d\u200b \u00a0 \ufeff \u202eRTL\u202c \u0085 〇 ]]> --> ${x} %s {{x}}";

    private final List<String> failures = new ArrayList<>();
    private final Map<String, Integer> perOperation = new TreeMap<>();
    private final Set<String> personalData = new LinkedHashSet<>();
    private int cases;
    private static final java.util.concurrent.atomic.AtomicInteger ID_SEQUENCE =
            new java.util.concurrent.atomic.AtomicInteger((int) (System.currentTimeMillis() % 100_000));
    private final Map<String, String> ids = new LinkedHashMap<>();
    private String queryCode;
    private String today;

    // --- the suite

    @Test
    public void hostileRequestsAreRefusedCleanlyNothingIsWrittenAndTheServerStaysUp() throws Exception {
        waitForPlugins();
        createFixtures();
        List<Row> rows = PermissionTable.rows();
        List<User> users = PermissionTable.demoUsers();
        JsonNode api = JSON.readTree(get("/api/openapi.json", null).body());
        Map<String, String> before = state();
        long heapBefore = usedHeap();
        Path log = Path.of(System.getProperty("karaf.data"), "log", "karaf.log");
        long logBefore = Files.size(log);

        restSuite(api, rows, users);
        soapSuite(rows, users);
        transportSuite();

        assertEquals("answers to the health check after the suite", 200, get("/api/health", null).statusCode());
        Map<String, String> after = state();
        if (!before.equals(after)) {
            failures.add("something was written: before " + before + ", after " + after);
        }
        long heapAfter = usedHeap();
        long logAfter = Files.size(log);
        String leaked = personalData.stream().filter(value -> logContains(value)).collect(Collectors.joining(", "));
        report("hostile-input.txt", "Hostile input: " + cases + " requests over " + perOperation.size()
                + " operations; " + failures.size() + " wrong answers; heap after GC " + heapBefore / (1 << 20) + " MB -> "
                + heapAfter / (1 << 20) + " MB; karaf.log grew " + (logAfter - logBefore) / 1024 + " KB; "
                + personalData.size() + " ID numbers and phones sent, " + (leaked.isEmpty() ? "none" : leaked)
                + " in the log\n" + perOperation.entrySet().stream().map(e -> e.getValue() + "\t" + e.getKey())
                .collect(Collectors.joining("\n")) + (failures.isEmpty() ? "" : "\n\n" + String.join("\n", failures)));
        assertTrue("at least 1,000 hostile requests: " + cases, cases >= 1000);
        assertTrue("personal data sent reached the log: " + leaked, leaked.isEmpty());
        assertTrue("the heap stays bounded: " + heapBefore / (1 << 20) + " MB -> " + heapAfter / (1 << 20) + " MB",
                heapAfter - heapBefore < 256L << 20);
        if (!failures.isEmpty()) {
            fail(failures.size() + " of " + cases + " hostile requests were not refused cleanly:\n"
                    + String.join("\n", failures.subList(0, Math.min(200, failures.size()))));
        }
    }

    @Test
    public void textThePlatformTakesComesBackExactlyOverBothProtocols() throws Exception {
        waitForPlugins();
        String phone = uniquePhone();
        String idNumber = residentId();
        String restBody = "{\"township\":\"" + HOME + "\",\"petitionForm\":\"VISIT\",\"category\":\"LABOUR_WAGES\","
                + "\"petitioners\":[{\"name\":" + JSON.writeValueAsString("张" + ODD_TEXT.substring(0, 20).trim())
                + ",\"idNumber\":\"" + idNumber + "\",\"phone\":\"" + phone + "\"}],\"content\":"
                + JSON.writeValueAsString(ODD_TEXT) + ",\"demands\":" + JSON.writeValueAsString(ODD_TEXT) + "}";
        HttpResponse<String> registered = post("/api/v1/cases", "clerk", TYPE, restBody);
        assertEquals(registered.body(), 201, registered.statusCode());
        String caseId = JSON.readTree(registered.body()).get("caseId").asText();

        HttpResponse<String> read = get("/api/v1/cases/" + caseId, "clerk");
        assertEquals("answers with personal data are not cached", "no-store",
                read.headers().firstValue("Cache-Control").orElse(""));
        assertEquals("nosniff", read.headers().firstValue("X-Content-Type-Options").orElse(""));
        JsonNode overRest = JSON.readTree(read.body());
        assertEquals("REST content", ODD_TEXT, overRest.get("content").asText());
        assertEquals("REST demands", ODD_TEXT, overRest.get("demands").asText());
        assertEquals("REST name", "张" + ODD_TEXT.substring(0, 20).trim(),
                overRest.get("petitioners").get(0).get("name").asText());
        HttpResponse<String> soapRead = soapPost("/soap/intake", "clerk", "<i:getCase xmlns:i="
                + "'http://tiaojie.org/soap/intake/v1'><caseId>" + caseId + "</caseId></i:getCase>");
        assertEquals("no-store", soapRead.headers().firstValue("Cache-Control").orElse(""));
        String overSoap = soapRead.body();
        assertEquals("SOAP content", ODD_TEXT, text(overSoap, "content"));
        assertEquals("SOAP demands", ODD_TEXT, text(overSoap, "demands"));

        // The other way: sent over SOAP (XML escapes, the carriage return as a reference), read over REST.
        String phone2 = uniquePhone();
        String ack = soapPost("/soap/intake", "clerk", "<i:registerCase xmlns:i='http://tiaojie.org/soap/intake/v1' "
                + "xmlns:c='http://tiaojie.org/cases/v1'><request><c:category>LABOUR_WAGES</c:category>"
                + "<c:content>" + xml(ODD_TEXT) + "</c:content><c:petitionForm>VISIT</c:petitionForm><c:petitioners><c:name>李四</c:name><c:phone>"
                + phone2 + "</c:phone></c:petitioners><c:township>" + HOME + "</c:township></request></i:registerCase>").body();
        String soapCase = text(ack, "caseId");
        assertEquals("SOAP in, REST out", ODD_TEXT,
                JSON.readTree(get("/api/v1/cases/" + soapCase, "clerk").body()).get("content").asText());

        // A plug-in's record: people's mediation, written over REST and read over SOAP.
        HttpResponse<String> opened = post("/api/v1/mediation/people/records", "mediator", TYPE, "{\"township\":\""
                + HOME + "\",\"category\":\"NEIGHBOUR_FAMILY\",\"partiesConsent\":true,\"parties\":[{\"name\":\"王甲\","
                + "\"role\":\"APPLICANT\"},{\"name\":\"王乙\",\"role\":\"RESPONDENT\"}],\"committee\":\"341122101201\","
                + "\"mediator\":\"M01\",\"description\":" + JSON.writeValueAsString(ODD_TEXT) + "}");
        assertEquals(opened.body(), 201, opened.statusCode());
        String record = JSON.readTree(opened.body()).get("id").asText();
        String recordOverSoap = soapPost("/soap/mediation", "mediator", "<m:getRecord xmlns:m="
                + "'http://tiaojie.org/soap/mediation/v1'><channel>people</channel><id>" + record + "</id></m:getRecord>").body();
        assertEquals("a mediation record over SOAP", ODD_TEXT, text(recordOverSoap, "description"));

        for (String value : List.of(phone, idNumber, phone2)) {
            assertTrue("the log holds personal data sent: " + value, !logContains(value));
        }
    }

    // --- fixtures and the state that must not change

    private void createFixtures() throws Exception {
        today = platformToday().toString();
        JsonNode ack = created(post("/api/v1/cases", "clerk", TYPE, caseBody().toString()));
        ids.put("case", ack.get("caseId").asText());
        queryCode = ack.get("queryCode").asText();
        ids.put("dispute", created(post("/api/v1/mediation-centre/disputes", "clerk", TYPE, disputeBody().toString()))
                .get("id").asText());
        ids.put("legal", created(post("/api/v1/legal-aid/applications", "legalaid", TYPE, legalBody().toString()))
                .get("id").asText());
        ids.put("people", created(post("/api/v1/mediation/people/records", "mediator", TYPE, peopleBody().toString()))
                .get("id").asText());
    }

    private static JsonNode created(HttpResponse<String> r) throws IOException {
        assertEquals(r.body(), 201, r.statusCode());
        return JSON.readTree(r.body());
    }

    /** Totals of every store and the versions of the fixtures: what a refused request must leave as it was. */
    private Map<String, String> state() throws Exception {
        Map<String, String> state = new TreeMap<>();
        state.put("cases", total("/api/v1/cases?size=1", "bureau"));
        state.put("disputes", total("/api/v1/mediation-centre/disputes?size=1", "bureau"));
        state.put("legal-aid", total("/api/v1/legal-aid/applications?size=1", "legalaid"));
        for (String channel : List.of("people", "administrative", "judicial")) {
            state.put(channel, total("/api/v1/mediation/" + channel + "/records?size=1", "bureau"));
        }
        state.put("case version", version("/api/v1/cases/" + ids.get("case"), "clerk"));
        List<String> trail = new ArrayList<>();
        for (JsonNode entry : JSON.readTree(get("/api/v1/cases/" + ids.get("case") + "/audit", "clerk").body())) {
            trail.add(entry.path("action").asText() + "(" + entry.path("after").toString().replaceAll("\\s+", " ") + ")");
        }
        state.put("case audit", String.join(" ", trail));
        state.put("dispute version", version("/api/v1/mediation-centre/disputes/" + ids.get("dispute"), "clerk"));
        state.put("legal-aid version", version("/api/v1/legal-aid/applications/" + ids.get("legal"), "legalaid"));
        state.put("record version", version("/api/v1/mediation/people/records/" + ids.get("people"), "mediator"));
        return state;
    }

    private String total(String path, String user) throws Exception {
        return JSON.readTree(get(path, user).body()).path("total").asText("?");
    }

    private String version(String path, String user) throws Exception {
        return JSON.readTree(get(path, user).body()).path("version").asText("?");
    }

    // --- valid requests, which the suite then breaks one way at a time

    private ObjectNode caseBody() throws IOException {
        String id = residentId();
        String phone = uniquePhone();
        return (ObjectNode) JSON.readTree("{\"township\":\"" + HOME + "\",\"petitionForm\":\"VISIT\",\"category\":\"LABOUR_WAGES\","
                + "\"petitioners\":[{\"name\":\"赵六\",\"idNumber\":\"" + id + "\",\"phone\":\"" + phone + "\","
                + "\"address\":\"青山镇河西村三组\"}],\"content\":\"工地拖欠工资三个月\",\"demands\":\"支付工资\"}");
    }

    private ObjectNode disputeBody() throws IOException {
        return (ObjectNode) JSON.readTree("{\"source\":\"WALK_IN\",\"township\":\"" + HOME + "\",\"category\":\"LABOUR_WAGES\","
                + "\"parties\":[{\"name\":\"钱七\",\"role\":\"APPLICANT\",\"phone\":\"" + uniquePhone() + "\"},"
                + "{\"name\":\"某公司\",\"role\":\"RESPONDENT\"}],\"description\":\"工地欠薪\",\"partiesConsent\":true}");
    }

    private ObjectNode legalBody() throws IOException {
        return (ObjectNode) JSON.readTree("{\"township\":\"" + HOME + "\",\"applicantName\":\"孙八\",\"applicantIdNumber\":\""
                + residentId() + "\",\"applicantPhone\":\"" + uniquePhone() + "\",\"matter\":\"WAGES_AND_EMPLOYMENT\","
                + "\"exemption\":\"MIGRANT_WORKER\",\"description\":\"申请劳动仲裁代理\"}");
    }

    private ObjectNode peopleBody() throws IOException {
        return (ObjectNode) JSON.readTree("{\"township\":\"" + HOME + "\",\"category\":\"NEIGHBOUR_FAMILY\","
                + "\"partiesConsent\":true,\"parties\":[{\"name\":\"周甲\",\"role\":\"APPLICANT\",\"phone\":\""
                + uniquePhone() + "\"},{\"name\":\"周乙\",\"role\":\"RESPONDENT\"}],\"committee\":\"341122101201\","
                + "\"mediator\":\"M01\",\"description\":\"界墙纠纷\"}");
    }

    /** The valid body of a REST operation, by its method and path template; {} for one the suite does not know. */
    private ObjectNode restBase(String method, String path) throws IOException {
        return switch (method + " " + path) {
            case "POST /v1/cases" -> caseBody();
            case "POST /v1/cases/{id}/steps" -> obj("{\"action\":\"ACCEPT\",\"serviceMethod\":\"IN_PERSON\"}");
            case "POST /v1/cases/{id}/reassign" -> obj("{\"note\":\"核查\"}");
            case "POST /v1/supervision/notices" -> obj("{\"kind\":\"SUPERVISION\",\"caseId\":\"" + ids.get("case")
                    + "\",\"unit\":\"land\",\"required\":\"核实补偿款发放\",\"replyBy\":\"" + LocalDate.parse(today).plusDays(5) + "\"}");
            case "POST /v1/supervision/notices/{id}/reply" -> obj("{\"reply\":\"已核实\"}");
            case "POST /v1/progress/{queryCode}/evaluation" -> obj("{\"evaluation\":\"SATISFIED\",\"process\":"
                    + "{\"heard\":true,\"toldInTime\":false}}");
            case "POST /v1/supervision/actions" -> obj("{\"caseId\":\"" + ids.get("case") + "\",\"method\":\"PHONE\","
                    + "\"result\":\"电话督办\"}");
            case "POST /v1/supervision/return-visits" -> obj("{\"caseId\":\"" + ids.get("case") + "\",\"method\":\"PHONE\","
                    + "\"outcome\":\"已解决\",\"satisfaction\":\"SATISFIED\"}");
            case "POST /v1/supervision/accountability/{id}/close" -> obj("{\"conclusion\":\"约谈\"}");
            case "POST /v1/legal-aid/applications" -> legalBody();
            case "POST /v1/legal-aid/applications/{id}/steps" -> obj("{\"action\":\"GRANT\"}");
            case "POST /v1/mediation-centre/disputes" -> disputeBody();
            case "POST /v1/mediation-centre/disputes/{id}/dispatch" ->
                    obj("{\"channel\":\"PEOPLE\",\"committee\":\"341122101201\",\"mediator\":\"M01\"}");
            case "POST /v1/mediation-centre/disputes/{id}/steps/{action}" -> obj("{\"note\":\"办结\"}");
            case "POST /v1/mediation/{channel}/records" -> peopleBody();
            case "POST /v1/mediation/{channel}/records/{id}/steps" -> obj("{\"action\":\"RECORD_SESSION\",\"session\":{"
                    + "\"on\":\"" + today + "\",\"place\":\"村委会\",\"participants\":\"双方\",\"notes\":\"陈述\"}}");
            case "PUT /v1/calendar/years/{year}" -> obj("{\"year\":2199,\"holidays\":[],\"workingDays\":[]}");
            case "PUT /v1/clock" -> obj("{\"now\":\"2199-01-01T00:00:00Z\"}");
            case "POST /v1/clock/advance" -> obj("{\"by\":\"P1D\"}");
            default -> obj("{}");
        };
    }

    private static ObjectNode obj(String json) throws IOException {
        return (ObjectNode) JSON.readTree(json);
    }

    private String pathValue(String name) {
        return switch (name) {
            case "id" -> null; // set per operation
            case "channel" -> "people";
            case "queryCode" -> queryCode;
            case "township" -> HOME;
            case "department" -> "land";
            case "year" -> "2199";
            case "action" -> "CLOSE_CASE";
            default -> "x";
        };
    }

    private String idFor(String path) {
        if (path.startsWith("/v1/cases/")) {
            return ids.get("case");
        }
        if (path.startsWith("/v1/mediation-centre/")) {
            return ids.get("dispute");
        }
        if (path.startsWith("/v1/legal-aid/")) {
            return ids.get("legal");
        }
        return ids.get("people");
    }

    // --- REST, from the OpenAPI document

    private void restSuite(JsonNode api, List<Row> rows, List<User> users) throws Exception {
        JsonNode schemas = api.path("components").path("schemas");
        for (Iterator<Map.Entry<String, JsonNode>> paths = api.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = paths.next();
            String template = entry.getKey();
            for (Iterator<Map.Entry<String, JsonNode>> ops = entry.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                String method = op.getKey().toUpperCase();
                String key = "REST " + method + " " + template;
                User user = userFor(key, template.contains("{channel}") ? "people" : "", rows, users);
                Map<String, String> params = new LinkedHashMap<>();
                for (JsonNode p : op.getValue().path("parameters")) {
                    if ("path".equals(p.path("in").asText())) {
                        String name = p.path("name").asText();
                        params.put(name, "id".equals(name) ? idFor(template) : pathValue(name));
                    }
                }
                JsonNode bodySchema = resolve(op.getValue().path("requestBody").path("content").path(TYPE).path("schema"),
                        schemas);
                boolean write = !method.equals("GET");
                boolean bodyRequired = op.getValue().path("requestBody").path("required").asBoolean(false);
                ObjectNode base = bodySchema.isMissingNode() ? null : restBase(method, template);

                // Path parameters: far too long, NUL, traversal, quotes, an emoji.
                for (String name : params.keySet()) {
                    for (String bad : List.of("x".repeat(600), "%00", "..%2F..%2Fetc", "'%20OR%20'1'%3D'1",
                            "%F0%9F%98%80", "%C0%AE")) {
                        Map<String, String> changed = new LinkedHashMap<>(params);
                        changed.put(name, bad);
                        rest(key, user, method, expand(template, changed), base == null ? null : base.toString(),
                                TYPE, write, bad.length() > 500);
                    }
                }
                // Query parameters: too long, and the wrong type.
                for (JsonNode p : op.getValue().path("parameters")) {
                    if (!"query".equals(p.path("in").asText())) {
                        continue;
                    }
                    String name = p.path("name").asText();
                    List<String> values = new ArrayList<>(List.of("x".repeat(600), "%00"));
                    if (p.path("schema").path("type").asText().equals("integer")) {
                        values.addAll(List.of("abc", "99999999999", "-1"));
                    }
                    for (String bad : values) {
                        rest(key, user, method, expand(template, params) + "?" + name + "=" + bad,
                                base == null ? null : base.toString(), TYPE, write, true);
                    }
                }
                if (base == null) {
                    continue;
                }
                String path = expand(template, params);
                // The body, field by field, from the schema.
                mutate(bodySchema, schemas, base, "", 0, (body, what) -> {
                    try {
                        restBytes(key + " [" + what + "]", user, method, path, body.getBytes(StandardCharsets.UTF_8),
                                TYPE, write, true);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
                // The body as a whole.
                if (bodyRequired) {
                    rest(key + " [no body]", user, method, path, "", TYPE, write, true);
                    rest(key + " [null]", user, method, path, "null", TYPE, write, true);
                }
                for (String body : List.of("{", "[]", "\"text\"", "{} trailing", base + "x",
                        "[".repeat(3000) + "]".repeat(3000), "{\"a\":".repeat(500) + "1" + "}".repeat(500),
                        base.deepCopy().put("unknownProperty", 1).toString(),
                        "{\"pad\":\"" + "x".repeat(1_100_000) + "\"}")) {
                    rest(key, user, method, path, body, TYPE, write, true);
                }
                rest(key, user, method, path, base.toString(), "text/plain", write, true);
                rest(key, user, method, path, base.toString(), "application/json; charset=ISO-8859-1", write, true);
                rest(key, user, method, path, base.toString(), "application/json; charset=no-such-charset", write, true);
                restBytes(key, user, method, path, new byte[]{'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'},
                        write);
            }
        }
    }

    private static JsonNode resolve(JsonNode schema, JsonNode schemas) {
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            return schemas.path(ref.substring(ref.lastIndexOf('/') + 1));
        }
        return schema;
    }

    private interface Sender {
        void send(String body, String what);
    }

    /** Every way to break each field of the schema, applied to a copy of the valid body. */
    private void mutate(JsonNode schema, JsonNode schemas, ObjectNode base, String prefix, int depth, Sender sender) {
        if (depth > 3) {
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> p = it.next();
            String name = p.getKey();
            JsonNode property = resolve(p.getValue(), schemas);
            if (property.path("readOnly").asBoolean()) {
                continue;
            }
            String type = property.path("type").asText(property.has("properties") ? "object" : "");
            List<JsonNode> bad = new ArrayList<>();
            switch (type) {
                case "string" -> {
                    int max = property.path("maxLength").asInt(100_000);
                    bad.add(NODES.textNode("x".repeat(Math.min(max + 1, 1_000_000))));
                    for (String s : List.of("a\u0000b", "a\u0001b", "a\ud800b", "\udc00", "a\ufffeb", "a\u001bb")) {
                        bad.add(NODES.textNode(s));
                    }
                    bad.add(NODES.numberNode(12345));
                    bad.add(NODES.objectNode());
                    bad.add(NODES.arrayNode().add("x"));
                    if (property.has("enum")) {
                        bad.add(NODES.textNode("NOPE"));
                        bad.add(NODES.numberNode(0));
                    }
                    for (String value : semanticBad(name)) {
                        bad.add(NODES.textNode(value));
                    }
                    if ("date".equals(property.path("format").asText())) {
                        bad.addAll(List.of(NODES.textNode("0000-01-01"), NODES.textNode("2026-02-30"),
                                NODES.textNode("+10000-01-01"), NODES.textNode("1899-12-31")));
                    }
                    if ("date-time".equals(property.path("format").asText())) {
                        bad.add(NODES.textNode("-999999999-01-01T00:00:00Z"));
                    }
                }
                case "integer", "number" -> {
                    bad.add(NODES.textNode("abc"));
                    bad.add(NODES.numberNode(new java.math.BigInteger("99999999999999999999999")));
                    bad.add(NODES.numberNode(1e308));
                    bad.add(NODES.textNode("1e400"));
                }
                case "boolean" -> {
                    bad.add(NODES.textNode("maybe"));
                    bad.add(NODES.numberNode(1));
                }
                case "array" -> {
                    int max = property.path("maxItems").asInt(1000);
                    JsonNode item = base.path(name).isArray() && base.path(name).size() > 0 ? base.path(name).get(0)
                            : NODES.textNode("x");
                    ArrayNode many = NODES.arrayNode();
                    for (int i = 0; i <= Math.min(max, 100_000); i++) {
                        many.add(item.deepCopy());
                    }
                    bad.add(many);
                    bad.add(NODES.textNode("not a list"));
                    JsonNode items = resolve(property.path("items"), schemas);
                    if (items.has("properties") && item.isObject()) {
                        ObjectNode copy = base.deepCopy();
                        mutate(items, schemas, (ObjectNode) item.deepCopy(), prefix + name + "[0].", depth + 1,
                                (inner, what) -> {
                                    try {
                                        // Only the first item is broken; the others stay, so nothing else is wrong.
                                        ObjectNode changed = copy.deepCopy();
                                        ArrayNode list = (ArrayNode) copy.path(name).deepCopy();
                                        list.set(0, JSON.readTree(inner));
                                        changed.set(name, list);
                                        sender.send(escaped(changed), what);
                                    } catch (IOException e) {
                                        throw new IllegalStateException(e);
                                    }
                                });
                    }
                }
                case "object" -> {
                    if (property.has("additionalProperties")) {
                        ObjectNode map = NODES.objectNode();
                        int max = property.path("maxProperties").asInt(1000);
                        for (int i = 0; i <= max; i++) {
                            map.put("k" + i, "v");
                        }
                        bad.add(map);
                        bad.add(NODES.objectNode().put("k".repeat(65), "v"));
                        bad.add(NODES.objectNode().put("k", "v".repeat(501)));
                        bad.add(NODES.objectNode().put("k", "a\u0000b"));
                    } else {
                        ObjectNode inner = base.path(name).isObject() ? (ObjectNode) base.path(name).deepCopy()
                                : NODES.objectNode();
                        mutate(property, schemas, inner, prefix + name + ".", depth + 1, (changedInner, what) -> {
                            try {
                                ObjectNode changed = base.deepCopy();
                                changed.set(name, JSON.readTree(changedInner));
                                sender.send(escaped(changed), what);
                            } catch (IOException e) {
                                throw new IllegalStateException(e);
                            }
                        });
                    }
                    bad.add(NODES.textNode("not an object"));
                }
                default -> {
                    bad.add(NODES.textNode("x".repeat(100_001)));
                }
            }
            for (JsonNode value : bad) {
                ObjectNode changed = base.deepCopy();
                changed.set(name, value);
                sender.send(escaped(changed), prefix + name + " = " + abbreviate(escaped(value)));
            }
        }
    }

    private static String escaped(JsonNode node) {
        try {
            return ESCAPED.writeValueAsString(node);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String expand(String template, Map<String, String> params) {
        String path = template;
        for (Map.Entry<String, String> p : params.entrySet()) {
            path = path.replace("{" + p.getKey() + "}", p.getValue());
        }
        return path;
    }

    private void rest(String key, User user, String method, String path, String body, String contentType,
                      boolean write, boolean mustRefuse) throws Exception {
        restBytes(key, user, method, path, body == null ? null : body.getBytes(StandardCharsets.UTF_8), contentType,
                write, mustRefuse);
    }

    private void restBytes(String key, User user, String method, String path, byte[] body, boolean write) throws Exception {
        restBytes(key, user, method, path, body, TYPE, write, true);
    }

    private void restBytes(String key, User user, String method, String path, byte[] body, String contentType,
                           boolean write, boolean mustRefuse) throws Exception {
        cases++;
        perOperation.merge(key.replaceAll(" \\[.*", ""), 1, Integer::sum);
        collectPersonalData(body);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + "/api" + path))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", contentType)
                .method(method, body == null || method.equals("GET") || method.equals("DELETE")
                        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        authorised(request, user.name());
        HttpResponse<String> r;
        try {
            r = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            failures.add(key + " " + path + ": no answer (" + e.getClass().getSimpleName() + ")");
            return;
        }
        String what = key + " as " + user + " " + abbreviate(path) + " " + abbreviate(body == null ? "" : new String(body,
                StandardCharsets.UTF_8));
        int status = r.statusCode();
        if (status >= 200 && status < 300) {
            if (write || mustRefuse && method.equals("GET") && path.contains("x".repeat(501))) {
                failures.add(what + ": accepted with " + status);
            }
            return;
        }
        if (status >= 500) {
            failures.add(what + ": " + status + " " + abbreviate(r.body()));
            return;
        }
        String type = r.headers().firstValue("Content-Type").orElse("");
        if (!type.startsWith("application/problem+json")) {
            failures.add(what + ": " + status + " is not problem+json but " + type);
            return;
        }
        String code = JSON.readTree(r.body()).path("code").asText();
        if (!CODES.contains(code)) {
            failures.add(what + ": " + status + " without a stable code: " + abbreviate(r.body()));
        }
        if (body != null && body.length > 20 && r.body().contains(new String(body, StandardCharsets.UTF_8))) {
            failures.add(what + ": the answer repeats the request");
        }
    }

    // --- SOAP, from the WSDLs

    private void soapSuite(List<Row> rows, List<User> users) throws Exception {
        for (String address : soapAddresses()) {
            String service = address.substring("/soap/".length());
            Wsdl wsdl = new Wsdl(get(address + "?wsdl", null).body());
            for (String operation : wsdl.operations()) {
                String key = "SOAP " + service + " " + operation;
                User user = userFor(key, "mediation".equals(service) ? "people" : "", rows, users);
                boolean write = operation.matches("registerCase|performStep|apply|open|receive|dispatch");
                ObjectNode base = soapBase(service, operation);
                for (Wsdl.Leaf leaf : wsdl.leaves(operation)) {
                    for (String bad : badValues(leaf)) {
                        String payload = wsdl.payload(operation, base, leaf.path(), bad, leaf.maxOccurs() > 1 && bad == null);
                        soap(key + " [" + leaf.path() + " = " + (bad == null ? "one too many" : abbreviate(bad)) + "]",
                                user, address, payload, write || !leaf.readFilter());
                    }
                }
                soap(key, user, address, wsdl.payload(operation, base, null, null, false)
                        .replace("</", "<unknownElement>x</unknownElement></"), write);
            }
            // The message as a whole: nothing to read, not XML, bombs, entities, too big, too deep, wrong version.
            String op = wsdl.operations().get(0);
            String ns = wsdl.targetNamespace();
            String key = "SOAP " + service + " (message)";
            User user = userFor("SOAP " + service + " " + op, "mediation".equals(service) ? "people" : "", rows, users);
            for (String envelope : List.of("",
                    "hello",
                    "<soap:Envelope xmlns:soap='http://schemas.xmlsoap.org/soap/envelope/'><soap:Body/></soap:Envelope>",
                    "<soap:Envelope xmlns:soap='http://schemas.xmlsoap.org/soap/envelope/'/>",
                    "<x/>",
                    "<?xml version='1.0'?><!DOCTYPE lolz [<!ENTITY lol 'lol'><!ENTITY lol2 '&lol;&lol;&lol;&lol;&lol;"
                            + "&lol;&lol;&lol;&lol;&lol;'><!ENTITY lol3 '&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"
                            + "&lol2;&lol2;'>]><soap:Envelope xmlns:soap='http://schemas.xmlsoap.org/soap/envelope/'>"
                            + "<soap:Body><o:" + op + " xmlns:o='" + ns + "'>&lol3;</o:" + op + "></soap:Body></soap:Envelope>",
                    "<?xml version='1.0'?><!DOCTYPE x [<!ENTITY xxe SYSTEM 'file:///etc/passwd'>]><soap:Envelope "
                            + "xmlns:soap='http://schemas.xmlsoap.org/soap/envelope/'><soap:Body><o:" + op + " xmlns:o='"
                            + ns + "'>&xxe;</o:" + op + "></soap:Body></soap:Envelope>",
                    envelope("<o:noSuchOperation xmlns:o='" + ns + "'/>"),
                    envelope("<o:" + op + " xmlns:o='" + ns + "'/><o:" + op + " xmlns:o='" + ns + "'/>"),
                    envelope("<o:" + op + " xmlns:o='" + ns + "'>" + "<a>".repeat(5000) + "</a>".repeat(5000) + "</o:" + op + ">"),
                    envelope("<o:" + op + " xmlns:o='" + ns + "'><x>" + "y".repeat(1_100_000) + "</x></o:" + op + ">"),
                    "<env:Envelope xmlns:env='http://www.w3.org/2003/05/soap-envelope'><env:Body><o:" + op
                            + " xmlns:o='" + ns + "'/></env:Body></env:Envelope>",
                    envelope("<o:" + op + " xmlns:o='" + ns + "'>&#0;</o:" + op + ">"))) {
                soapRaw(key, user, address, envelope.getBytes(StandardCharsets.UTF_8), "text/xml; charset=UTF-8", true);
            }
            soapRaw(key, user, address, envelope("<o:" + op + " xmlns:o='" + ns + "'>\u00e9</o:" + op + ">")
                    .getBytes(StandardCharsets.UTF_8), "text/xml; charset=no-such-charset", true);
            byte[] broken = envelope("<o:" + op + " xmlns:o='" + ns + "'><x>AB</x></o:" + op + ">").getBytes(StandardCharsets.UTF_8);
            int i = new String(broken, StandardCharsets.UTF_8).indexOf("AB");
            broken[i] = (byte) 0xC3;
            broken[i + 1] = (byte) 0x28;
            soapRaw(key, user, address, broken, "text/xml; charset=UTF-8", true);
        }
    }

    private static String envelope(String payload) {
        return "<soap:Envelope xmlns:soap='http://schemas.xmlsoap.org/soap/envelope/'><soap:Body>" + payload
                + "</soap:Body></soap:Envelope>";
    }

    /** Values of the right type and length that master data and check digits must refuse, by the field's name. */
    private static List<String> semanticBad(String field) {
        String name = field.toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith("idnumber")) {
            String valid = idNumber(LocalDate.of(1980, 5, 17), 123);
            char wrong = valid.charAt(17) == '1' ? '2' : '1';
            return List.of(valid.substring(0, 17) + wrong, idNumber(LocalDate.of(2099, 1, 1), 7), "34112219800517123");
        }
        if (name.endsWith("phone")) {
            return List.of("12345", "1391234567a");
        }
        if (name.equals("category")) {
            return List.of("NOPE");
        }
        if (name.equals("township")) {
            return List.of("999999999");
        }
        return List.of();
    }

    /** Raw XML values that break a leaf (null stands for "one item more than maxOccurs"). */
    private static List<String> badValues(Wsdl.Leaf leaf) {
        List<String> values = new ArrayList<>();
        switch (leaf.type()) {
            case "list" -> { } // only one item too many, below
            case "int", "long", "integer", "short" -> values.addAll(List.of("abc", "99999999999999999999", "1.5"));
            case "boolean" -> values.add("maybe");
            case "decimal", "double" -> values.addAll(List.of("abc", "1e400"));
            case "enum" -> values.addAll(List.of("NOPE", "0"));
            default -> {
                values.add("x".repeat(Math.min(leaf.maxLength(), 1_000_000) + 1));
                values.addAll(List.of("a&#0;b", "a&#1;b", "&#xD800;", "a\u0001b", "a&#xFFFE;b"));
                values.addAll(semanticBad(leaf.path().substring(leaf.path().lastIndexOf('/') + 1)));
                if (leaf.path().matches(".*(On|Date|By)$")) {
                    values.addAll(List.of("0000-01-01", "2026-02-30", "1899-12-31"));
                }
            }
        }
        if (leaf.maxOccurs() > 1 && leaf.maxOccurs() < 10_000) {
            values.add(null);
        }
        return values;
    }

    /** The valid wrapper of a SOAP operation, as JSON (its parameters by name), from the REST bases. */
    private ObjectNode soapBase(String service, String operation) throws IOException {
        ObjectNode base = NODES.objectNode();
        switch (service + " " + operation) {
            case "intake registerCase" -> base.set("request", caseBody());
            case "intake getCase", "lifecycle allowedActions", "lifecycle auditTrail" -> base.put("caseId", ids.get("case"));
            case "lifecycle performStep" -> {
                base.put("caseId", ids.get("case"));
                base.set("step", restBase("POST", "/v1/cases/{id}/steps"));
            }
            case "legal-aid apply" -> base.set("request", legalBody());
            case "legal-aid getApplication" -> base.put("id", ids.get("legal"));
            case "legal-aid performStep" -> {
                base.put("id", ids.get("legal"));
                base.set("step", restBase("POST", "/v1/legal-aid/applications/{id}/steps"));
            }
            case "mediation open" -> {
                base.put("channel", "people");
                base.set("request", peopleBody());
            }
            case "mediation performStep" -> {
                base.put("channel", "people");
                base.put("id", ids.get("people"));
                base.set("step", restBase("POST", "/v1/mediation/{channel}/records/{id}/steps"));
            }
            case "mediation getRecord" -> base.put("channel", "people").put("id", ids.get("people"));
            case "mediation revealParties" -> base.put("channel", "people").put("id", ids.get("people")).put("purpose", "核对");
            case "mediation listRecords" -> base.put("channel", "people").put("size", 5);
            case "mediation-centre receive" -> base.set("request", disputeBody());
            case "mediation-centre dispatch" -> {
                base.put("id", ids.get("dispute"));
                base.set("dispatch", restBase("POST", "/v1/mediation-centre/disputes/{id}/dispatch"));
            }
            case "mediation-centre performStep" -> {
                base.put("id", ids.get("dispute")).put("action", "CLOSE_CASE");
                base.set("step", restBase("POST", "/v1/mediation-centre/disputes/{id}/steps/{action}"));
            }
            case "mediation-centre getDispute", "mediation-centre assess" -> base.put("id", ids.get("dispute"));
            case "mediation-centre revealParties" -> base.put("id", ids.get("dispute")).put("purpose", "核对");
            case "progress getProgress" -> base.put("queryCode", queryCode);
            default -> base.put("size", 5);
        }
        return base;
    }

    private void soap(String key, User user, String address, String payload, boolean mustRefuse) throws Exception {
        soapRaw(key, user, address, envelope(payload).getBytes(StandardCharsets.UTF_8), "text/xml; charset=UTF-8",
                mustRefuse);
    }

    private void soapRaw(String key, User user, String address, byte[] message, String contentType, boolean mustRefuse)
            throws Exception {
        cases++;
        perOperation.merge(key.replaceAll(" \\[.*", ""), 1, Integer::sum);
        collectPersonalData(message);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + address))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", contentType).header("SOAPAction", "\"\"")
                .POST(HttpRequest.BodyPublishers.ofByteArray(message));
        authorised(request, user.name());
        HttpResponse<String> r;
        try {
            r = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            failures.add(key + ": no answer (" + e.getClass().getSimpleName() + ")");
            return;
        }
        String what = key + " as " + user + " " + abbreviate(new String(message, StandardCharsets.UTF_8));
        String body = r.body();
        if (!parses(body)) {
            failures.add(what + ": the answer (" + r.statusCode() + ") is not XML: " + abbreviate(body));
            return;
        }
        Matcher m = FAULT_CODE.matcher(body);
        if (!body.contains("Fault>")) {
            if (mustRefuse) {
                failures.add(what + ": accepted with " + r.statusCode());
            }
            return;
        }
        if (!m.find() || !CODES.contains(m.group(1))) {
            failures.add(what + ": a fault without the declared detail: " + abbreviate(body));
            return;
        }
        if (!ErrorCode.valueOf(m.group(1)).retryable() && !body.contains("Client</faultcode>")) {
            failures.add(what + ": " + m.group(1) + " is the client's fault, not the server's: " + abbreviate(body));
        }
        if (m.group(1).equals("INTERNAL_ERROR")) {
            failures.add(what + ": INTERNAL_ERROR " + abbreviate(body));
        }
        if (message.length > 2000 && body.length() > 4000) {
            failures.add(what + ": a long answer to a long request (" + body.length() + " characters)");
        }
    }

    private static boolean parses(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    /** A WSDL's operations and the leaves of their request trees, with the limits it declares. */
    private static final class Wsdl {
        record Leaf(String path, String type, int maxLength, int maxOccurs, boolean readFilter) {
        }

        private final Document doc;
        private final Map<String, Element> types = new LinkedHashMap<>();
        private final Map<String, Element> simpleTypes = new LinkedHashMap<>();
        private final Map<String, Element> elements = new LinkedHashMap<>();
        private final Map<String, Boolean> qualified = new LinkedHashMap<>();

        Wsdl(String text) throws Exception {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            doc = factory.newDocumentBuilder().parse(new InputSource(new StringReader(text)));
            for (Element schema : children(doc.getDocumentElement(), null, true)) {
                if (!"schema".equals(schema.getLocalName()) || !XSD.equals(schema.getNamespaceURI())) {
                    continue;
                }
                String tns = schema.getAttribute("targetNamespace");
                qualified.put(tns, "qualified".equals(schema.getAttribute("elementFormDefault")));
                for (Element item : children(schema, null, false)) {
                    String key = "{" + tns + "}" + item.getAttribute("name");
                    switch (item.getLocalName()) {
                        case "complexType" -> types.put(key, item);
                        case "simpleType" -> simpleTypes.put(key, item);
                        case "element" -> elements.put(key, item);
                        default -> { }
                    }
                }
            }
        }

        String targetNamespace() {
            return doc.getDocumentElement().getAttribute("targetNamespace");
        }

        List<String> operations() {
            List<String> names = new ArrayList<>();
            for (Element portType : children(doc.getDocumentElement(), "portType", false)) {
                for (Element op : children(portType, "operation", false)) {
                    names.add(op.getAttribute("name"));
                }
            }
            return names;
        }

        /** The operation's wrapper type: the element of its name in the target namespace. */
        private Element wrapper(String operation) {
            Element element = elements.get("{" + targetNamespace() + "}" + operation);
            return element == null ? null : type(element, targetNamespace());
        }

        private Element type(Element element, String contextNs) {
            String typeName = element.getAttribute("type");
            if (typeName.isEmpty()) {
                List<Element> inline = children(element, "complexType", false);
                return inline.isEmpty() ? null : inline.get(0);
            }
            return types.get(qname(element, typeName));
        }

        private static String qname(Element context, String prefixed) {
            int colon = prefixed.indexOf(':');
            String prefix = colon < 0 ? null : prefixed.substring(0, colon);
            String ns = context.lookupNamespaceURI(prefix);
            return "{" + ns + "}" + prefixed.substring(colon + 1);
        }

        /** Every simple element under the operation (to depth 3), by its path of element names. */
        List<Leaf> leaves(String operation) {
            List<Leaf> leaves = new ArrayList<>();
            Element wrapper = wrapper(operation);
            if (wrapper != null) {
                collect(wrapper, "", 0, leaves, true);
            }
            return leaves;
        }

        private void collect(Element complexType, String prefix, int depth, List<Leaf> leaves, boolean top) {
            for (Element child : sequence(complexType)) {
                String name = child.getAttribute("name");
                String path = prefix + name;
                int maxOccurs = "unbounded".equals(child.getAttribute("maxOccurs")) ? Integer.MAX_VALUE
                        : child.getAttribute("maxOccurs").isEmpty() ? 1 : Integer.parseInt(child.getAttribute("maxOccurs"));
                Element complex = type(child, null);
                if (complex != null) {
                    if (depth < 3) {
                        collect(complex, path + "/", depth + 1, leaves, false);
                    }
                    if (maxOccurs > 1 && maxOccurs < 10_000) {
                        leaves.add(new Leaf(path, "list", 0, maxOccurs, false));
                    }
                    continue;
                }
                String type = child.getAttribute("type");
                int maxLength = 1_000_000;
                String kind;
                if (type.isEmpty()) {
                    kind = "string";
                    for (Element facet : descendants(child, "maxLength")) {
                        maxLength = Integer.parseInt(facet.getAttribute("value"));
                    }
                } else if (type.startsWith("xs:") || qname(child, type).startsWith("{" + XSD + "}")) {
                    kind = type.substring(type.indexOf(':') + 1);
                } else {
                    kind = simpleTypes.containsKey(qname(child, type)) ? "enum" : "string";
                }
                // Top-level text parameters of a read are filters: an unknown value finds nothing, which is an answer.
                boolean filter = top && (name.equals("status") || name.equals("township") || name.equals("channel"));
                leaves.add(new Leaf(path, kind, maxLength, maxOccurs, filter));
            }
        }

        private List<Element> sequence(Element complexType) {
            List<Element> result = new ArrayList<>();
            for (Element e : descendants(complexType, "element")) {
                // only this type's own elements, not those of inline types below them
                Node parent = e.getParentNode();
                while (parent != null && !(parent instanceof Element pe && "element".equals(pe.getLocalName()))
                        && parent != complexType) {
                    parent = parent.getParentNode();
                }
                if (parent == complexType) {
                    result.add(e);
                }
            }
            return result;
        }

        /** The operation's payload from the JSON base, with the leaf at {@code path} set to {@code raw} XML. */
        String payload(String operation, JsonNode base, String path, String raw, boolean oneTooMany) {
            StringBuilder xml = new StringBuilder();
            String ns = targetNamespace();
            xml.append("<o:").append(operation).append(" xmlns:o='").append(ns).append("'>");
            write(wrapper(operation), ns, base, "", path, raw, oneTooMany, xml, 0);
            xml.append("</o:").append(operation).append(">");
            return xml.toString();
        }

        private void write(Element complexType, String ns, JsonNode value, String prefix, String target, String raw,
                           boolean oneTooMany, StringBuilder xml, int depth) {
            if (complexType == null || depth > 4) {
                return;
            }
            for (Element child : sequence(complexType)) {
                String name = child.getAttribute("name");
                String path = prefix + name;
                boolean q = qualified(child, ns);
                String open = q ? "<t" + depth + ":" + name + " xmlns:t" + depth + "='" + ns + "'>" : "<" + name + ">";
                String close = q ? "</t" + depth + ":" + name + ">" : "</" + name + ">";
                Element complex = type(child, null);
                String childNs = ns;
                if (!child.getAttribute("type").isEmpty()) {
                    String qn = qname(child, child.getAttribute("type"));
                    childNs = qn.substring(1, qn.indexOf('}'));
                }
                JsonNode v = value == null ? null : value.get(name);
                boolean targetHere = path.equals(target);
                boolean targetBelow = target != null && target.startsWith(path + "/");
                if (complex != null) {
                    List<JsonNode> items = new ArrayList<>();
                    if (v != null && v.isArray()) {
                        v.forEach(items::add);
                    } else if (v != null && v.isObject() && !"entry".equals(firstChildName(complex))) {
                        items.add(v);
                    } else if (v != null && v.isObject()) {
                        items.add(v); // a map: written as entries below
                    } else if (targetBelow) {
                        items.add(NODES.objectNode());
                    }
                    if (targetHere && oneTooMany && !items.isEmpty()) {
                        int max = "unbounded".equals(child.getAttribute("maxOccurs")) ? 0
                                : Integer.parseInt(child.getAttribute("maxOccurs"));
                        while (items.size() <= max) {
                            items.add(items.get(0));
                        }
                    }
                    for (JsonNode item : items) {
                        xml.append(open);
                        if ("entry".equals(firstChildName(complex)) && item.isObject()) {
                            writeMap(complex, childNs, item, path, target, raw, oneTooMany, xml, depth + 1);
                        } else {
                            write(complex, childNs, item, path + "/", target, raw, oneTooMany, xml, depth + 1);
                        }
                        xml.append(close);
                    }
                    continue;
                }
                if (targetHere && raw != null) {
                    xml.append(open).append(raw).append(close);
                    if (oneTooMany) {
                        xml.append(open).append(raw).append(close);
                    }
                } else if (targetHere && oneTooMany && (v == null || v.isNull())) {
                    int max = Integer.parseInt(child.getAttribute("maxOccurs"));
                    for (int i = 0; i <= max; i++) {
                        xml.append(open).append("x").append(close);
                    }
                } else if (v != null && !v.isNull()) {
                    List<JsonNode> items = new ArrayList<>();
                    if (v.isArray()) {
                        v.forEach(items::add);
                    } else {
                        items.add(v);
                    }
                    if (targetHere && oneTooMany) {
                        int max = Integer.parseInt(child.getAttribute("maxOccurs"));
                        while (items.size() <= max) {
                            items.add(items.isEmpty() ? NODES.textNode("x") : items.get(0));
                        }
                    }
                    for (JsonNode item : items) {
                        xml.append(open).append(xml(item.asText())).append(close);
                    }
                }
            }
        }

            /** A map as its entries; a target below it breaks the first entry's key or value, or adds one too many. */
        private void writeMap(Element mapType, String ns, JsonNode map, String path, String target, String raw,
                              boolean oneTooMany, StringBuilder xml, int depth) {
            boolean q = qualified(sequence(mapType).get(0), ns);
            String p = q ? "t" + depth + ":" : "";
            String decl = q ? " xmlns:t" + depth + "='" + ns + "'" : "";
            List<String[]> entries = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = map.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                entries.add(new String[]{xml(e.getKey()), xml(e.getValue().asText())});
            }
            if (target != null && target.startsWith(path + "/entry")) {
                if (entries.isEmpty()) {
                    entries.add(new String[]{"k", "v"});
                }
                if (target.equals(path + "/entry/key") && raw != null) {
                    entries.get(0)[0] = raw;
                } else if (target.equals(path + "/entry/value") && raw != null) {
                    entries.get(0)[1] = raw;
                } else if (target.equals(path + "/entry") && oneTooMany) {
                    Element entry = sequence(mapType).get(0);
                    int max = Integer.parseInt(entry.getAttribute("maxOccurs"));
                    for (int i = entries.size(); i <= max; i++) {
                        entries.add(new String[]{"k" + i, "v"});
                    }
                }
            }
            for (String[] e : entries) {
                xml.append("<").append(p).append("entry").append(decl).append("><").append(p).append("key>")
                        .append(e[0]).append("</").append(p).append("key><").append(p).append("value>")
                        .append(e[1]).append("</").append(p).append("value></").append(p).append("entry>");
            }
        }

        /** Whether a local element is written in its schema's namespace: its form, else the schema's default. */
        private boolean qualified(Element element, String ns) {
            String form = element.getAttribute("form");
            return form.isEmpty() ? qualified.getOrDefault(ns, false) : "qualified".equals(form);
        }

        private String firstChildName(Element complexType) {
            List<Element> seq = sequence(complexType);
            return seq.isEmpty() ? "" : seq.get(0).getAttribute("name");
        }

        private static List<Element> children(Element parent, String localName, boolean deep) {
            List<Element> result = new ArrayList<>();
            for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e) {
                    if (localName == null || localName.equals(e.getLocalName())) {
                        result.add(e);
                    }
                    if (deep) {
                        result.addAll(children(e, localName, true));
                    }
                }
            }
            return result;
        }

        private static List<Element> descendants(Element parent, String localName) {
            return children(parent, localName, true);
        }
    }

    // --- HTTP itself

    private void transportSuite() throws Exception {
        String key = "HTTP";
        User clerk = new User("clerk", "clerk", HOME);
        int port = Integer.parseInt(System.getProperty("tiaojie.itest.httpPort"));
        List<String> raw = List.of(
                "GET /cxf/api/v1/cases/%00 HTTP/1.1\r\nHost: x\r\n\r\n",
                "GET /cxf/api/v1/cases HTTP/1.1\r\nHost: x\r\nX-Big: " + "a".repeat(20_000) + "\r\n\r\n",
                "GET /cxf/api/v1/cases?" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: x\r\n\r\n",
                "GET /cxf/api/v1/cases HTTP/9.9\r\nHost: x\r\n\r\n",
                "BREW /cxf/api/v1/cases HTTP/1.1\r\nHost: x\r\n\r\n",
                "POST /cxf/api/v1/cases HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n",
                "POST /cxf/api/v1/cases HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nZZZ\r\n",
                "GET /cxf/soap/intake%00 HTTP/1.1\r\nHost: x\r\n\r\n",
                "GET /cxf/api/v1/../../../etc/passwd HTTP/1.1\r\nHost: x\r\n\r\n");
        for (String request : raw) {
            cases++;
            perOperation.merge(key, 1, Integer::sum);
            String answer = rawHttp(port, request.getBytes(StandardCharsets.ISO_8859_1), false);
            checkRawAnswer(key + " " + abbreviate(request), answer);
        }
        // A body shorter than its Content-Length, the connection half-closed: the request breaks off.
        cases++;
        perOperation.merge(key, 1, Integer::sum);
        String auth = java.util.Base64.getEncoder().encodeToString("clerk:clerk".getBytes(StandardCharsets.UTF_8));
        String shortBody = rawHttp(port, ("POST /cxf/api/v1/cases HTTP/1.1\r\nHost: x\r\nAuthorization: Basic " + auth
                + "\r\nContent-Type: application/json\r\nContent-Length: 200\r\n\r\n{\"township\":").getBytes(
                StandardCharsets.UTF_8), true);
        checkRawAnswer(key + " short body", shortBody);
        // Unknown and unsupported charsets, over REST and SOAP, for a user who may register.
        for (String type : List.of("application/json; charset=foo", "application/json; charset=\"\"",
                "application/json; charset=UTF-16")) {
            rest("REST POST /v1/cases", clerk, "POST", "/v1/cases", caseBody().toString(), type, true, true);
        }
    }

    private void checkRawAnswer(String what, String answer) {
        String head = answer.split("\r\n\r\n", 2)[0];
        String body = answer.contains("\r\n\r\n") ? answer.split("\r\n\r\n", 2)[1] : "";
        Matcher status = Pattern.compile("^HTTP/1\\.[01] (\\d{3})").matcher(answer);
        if (!status.find()) {
            failures.add(what + ": no HTTP answer: " + abbreviate(answer));
            return;
        }
        int code = Integer.parseInt(status.group(1));
        // 505: the request named an HTTP version the server does not speak; the standard answer.
        if ((code < 400 || code >= 500) && code != 505) {
            failures.add(what + ": " + code);
            return;
        }
        if (!head.toLowerCase().contains("content-type: application/problem+json") || !body.contains("\"code\":\"")) {
            failures.add(what + ": " + code + " is not problem+json: " + abbreviate(answer));
        }
    }

    /** Sends raw bytes and reads the answer; half-closes after sending when asked (a client that gives up). */
    private static String rawHttp(int port, byte[] request, boolean halfClose) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(request);
            out.flush();
            if (halfClose) {
                socket.shutdownOutput();
            }
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    answer.write(buffer, 0, n);
                    String text = answer.toString(StandardCharsets.UTF_8);
                    if (complete(text)) {
                        break;
                    }
                }
            } catch (java.net.SocketTimeoutException | java.net.SocketException e) {
                // what came is what was answered
            }
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    private static boolean complete(String text) {
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            return false;
        }
        Matcher length = Pattern.compile("(?i)content-length: (\\d+)").matcher(text.substring(0, end));
        return length.find() && text.length() - end - 4 >= Integer.parseInt(length.group(1));
    }

    // --- helpers

    private static User userFor(String key, String channel, List<Row> rows, List<User> users) {
        for (Row row : rows) {
            if (row.operation().equals(key) && (channel.isEmpty() || row.channel().isEmpty()
                    || row.channel().equals(channel))) {
                if ("yes".equals(row.cells().get("anonymous"))) {
                    return users.stream().filter(u -> u.name() == null).findFirst().orElseThrow();
                }
                User u = PermissionTable.allowedUser(row, users, PREFERENCE);
                if (u != null) {
                    return u;
                }
            }
        }
        // training-only and unlisted operations: the operator (the permission matrix test holds the rows)
        return users.stream().filter(u -> "operator".equals(u.name())).findFirst().orElseThrow();
    }

    /** A resident ID number of this county that passes the check digit (GB 11643), unique in the run. */
    private String residentId() {
        int n = ID_SEQUENCE.incrementAndGet();
        String id = idNumber(LocalDate.of(1960, 1, 1).plusDays(n * 37L % 15_000), n % 1000);
        personalData.add(id);
        return id;
    }

    private static String idNumber(LocalDate birth, int sequence) {
        String body = "341122" + birth.toString().replace("-", "") + String.format("%03d", sequence);
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * weights[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }

    /** Remembers the ID numbers and phones a request carries, to look for them in the log afterwards. */
    private void collectPersonalData(byte[] body) {
        if (body == null || body.length > 200_000) {
            return;
        }
        Matcher m = Pattern.compile("\\b(1[3-9]\\d{9}|\\d{17}[\\dX])\\b").matcher(new String(body, StandardCharsets.UTF_8));
        while (m.find()) {
            personalData.add(m.group(1));
        }
    }

    private static boolean logContains(String value) {
        try (var files = Files.list(Path.of(System.getProperty("karaf.data"), "log"))) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (Files.isRegularFile(file) && new String(Files.readAllBytes(file), StandardCharsets.UTF_8)
                        .contains(value)) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static String text(String xml, String localName) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document d = factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        Node n = d.getElementsByTagNameNS("*", localName).item(0);
        assertTrue(localName + " in " + xml, n != null);
        return n.getTextContent();
    }

    /** XML text: the five escapes, and the carriage return as a reference so a parser keeps it. */
    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&apos;").replace("\r", "&#13;");
    }

    private static String abbreviate(String s) {
        String flat = s.replaceAll("\\s+", " ");
        return flat.length() > 160 ? flat.substring(0, 160) + "…(" + s.length() + ")" : flat;
    }
}
