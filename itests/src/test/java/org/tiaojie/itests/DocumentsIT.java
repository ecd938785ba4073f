package org.tiaojie.itests;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * The documents a clerk prints, issued from the booted distribution and opened with Apache POI as Word or WPS would:
 * every kind carries the case's number and its own number, gapless per kind; the slip carries the current query code
 * (a reissued one after a reissue) and the trail never does; each issue is in the case's trail; the supervision
 * notice goes to its unit under the notice's number; the bulletin opens as a document; bad requests get problems.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class DocumentsIT extends TiaojieTestSupport {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TYPE = "application/json";
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private JsonNode step(String id, String user, String body) throws Exception {
        return json(post("/api/v1/cases/" + id + "/steps", user, TYPE, body), 200);
    }

    /** A document as the platform sends it: the .docx and its number. */
    private record Issued(String number, String text) {
    }

    private HttpResponse<byte[]> postForBytes(String path, String user) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .header("Content-Type", TYPE).POST(HttpRequest.BodyPublishers.noBody());
        return http.send(authorised(request, user).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private Issued opened(HttpResponse<byte[]> r) throws Exception {
        assertEquals(new String(r.body(), StandardCharsets.UTF_8), 200, r.statusCode());
        assertEquals(DOCX, r.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertTrue(r.headers().firstValue("Content-Disposition").orElse("").contains(".docx"));
        String number = URLDecoder.decode(r.headers().firstValue("X-Document-Number").orElseThrow(), StandardCharsets.UTF_8);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(r.body()));
             XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            String all = text.getText();
            assertTrue(all, all.contains(number));
            assertTrue(all, all.contains("（印章）"));
            return new Issued(number, all);
        }
    }

    private Issued issue(String caseId, String kind, String user) throws Exception {
        return opened(postForBytes("/api/v1/cases/" + caseId + "/documents/" + kind, user));
    }

    private JsonNode problem(HttpResponse<byte[]> r, int expected) throws Exception {
        String body = new String(r.body(), StandardCharsets.UTF_8);
        assertEquals(body, expected, r.statusCode());
        return JSON.readTree(body);
    }

    private JsonNode register(String name, String category, String extra) throws Exception {
        return json(post("/api/v1/cases", "clerk", TYPE, "{\"township\":\"341122101\",\"petitionForm\":\"VISIT\","
                + "\"category\":\"" + category + "\",\"petitioners\":[{\"name\":\"" + name + "\",\"phone\":\"" + uniquePhone()
                + "\"}],\"content\":\"征地补偿款未足额发放\",\"departmentFields\":{\"landLocation\":\"河西村三组东侧\"}" + extra
                + "}"), 201);
    }

    /** The core, the land office of 青山镇, and the documents and supervision plug-ins answering. */
    private void ready() throws Exception {
        waitForReady();
        waitForDepartment("land", "341122101");
        waitFor("the documents and supervision plug-ins",
                () -> status("/api/v1/supervision/bulletin/document", "supervisor") == 200);
    }

    private String trail(String id) throws Exception {
        return json(get("/api/v1/cases/" + id + "/audit", "clerk"), 200).toString();
    }

    @Test
    public void everyDocumentOfACaseIsIssuedNumberedRecordedAndOpensWithPoi() throws Exception {
        ready();
        JsonNode ack = register("文书甲", "LAND_ACQUISITION", "");
        String id = ack.get("caseId").asText();
        String caseNumber = ack.get("caseNumber").asText();
        String code = ack.get("queryCode").asText();

        // The slip: the petition office's clerk only, with the case number and the query code.
        assertEquals("ACCESS_DENIED", problem(postForBytes("/api/v1/cases/" + id + "/documents/REGISTRATION_SLIP",
                "handler"), 403).get("code").asText());
        Issued slip = issue(id, "REGISTRATION_SLIP", "clerk");
        assertTrue(slip.text(), slip.text().contains("信访事项登记回执"));
        assertTrue(slip.text(), slip.text().contains(caseNumber));
        assertTrue(slip.text(), slip.text().contains("查询码：" + code));
        assertTrue(slip.text(), slip.text().contains("青山镇人民政府信访办公室"));
        assertTrue(slip.number(), slip.number().matches("青信登〔\\d{4}〕\\d+号"));

        // Nothing the case has not reached: no notice of receipt before it is accepted.
        JsonNode refused = problem(postForBytes("/api/v1/cases/" + id + "/documents/RECEIPT_NOTICE", "clerk"), 409);
        assertEquals("ILLEGAL_TRANSITION", refused.get("code").asText());
        JsonNode choices = json(get("/api/v1/cases/" + id + "/documents", "clerk"), 200);
        assertEquals(9, choices.size());
        for (JsonNode c : choices) {
            boolean slipKind = "REGISTRATION_SLIP".equals(c.get("kind").asText());
            assertEquals(c.toString(), slipKind, c.get("available").asBoolean());
            assertEquals(c.toString(), slipKind ? 1 : 0, c.get("issued").size());
        }

        step(id, "clerk", "{\"action\":\"ACCEPT\",\"serviceMethod\":\"IN_PERSON\"}");
        Issued receipt = issue(id, "RECEIPT_NOTICE", "clerk");
        assertTrue(receipt.text(), receipt.text().contains(caseNumber) && receipt.text().contains("文书甲"));
        assertTrue(receipt.text(), receipt.text().contains("依法受理"));
        step(id, "clerk", "{\"action\":\"DISPATCH\",\"responsibility\":{\"leadUnit\":\"国土所\",\"responsibleLeader\":"
                + "\"李副镇长\",\"handler\":\"赵干事\",\"handlerUserId\":\"handler\"}}");
        step(id, "clerk", "{\"action\":\"EXTEND\",\"days\":30,\"note\":\"需实地测量\"}");
        Issued extension = issue(id, "EXTENSION_NOTICE", "handler");
        assertTrue(extension.text(), extension.text().contains("延长30日") && extension.text().contains(caseNumber));
        step(id, "handler", "{\"action\":\"ISSUE_OPINION\",\"opinion\":{\"request\":\"足额发放补偿款\",\"facts\":\"经查属实\","
                + "\"decision\":\"SUPPORT\",\"legalBasis\":\"《土地管理法》第四十八条\"}}");
        Issued opinion = issue(id, "WRITTEN_OPINION", "handler");
        for (String part : new String[] {"信访事项处理意见书", caseNumber, "足额发放补偿款", "经查属实", "予以支持", "土地管理法", "复查"}) {
            assertTrue(part + " in " + opinion.text(), opinion.text().contains(part));
        }
        step(id, "clerk", "{\"action\":\"SERVE\",\"serviceMethod\":\"IN_PERSON\"}");
        step(id, "clerk", "{\"action\":\"REQUEST_REVIEW\",\"body\":\"县国土资源局\"}");
        step(id, "bureau", "{\"action\":\"DECIDE_REVIEW\",\"reviewOutcome\":\"UPHELD\"}");
        Issued review = issue(id, "REVIEW_DECISION", "bureau");
        assertTrue(review.text(), review.text().contains("信访事项复查意见书") && review.text().contains("予以维持"));
        assertTrue(review.text(), review.text().contains(caseNumber));
        step(id, "clerk", "{\"action\":\"SERVE_REVIEW_DECISION\",\"serviceMethod\":\"POST\"}");
        step(id, "clerk", "{\"action\":\"REQUEST_RE_REVIEW\",\"body\":\"县人民政府\"}");
        step(id, "bureau", "{\"action\":\"DECIDE_RE_REVIEW\",\"reviewOutcome\":\"CHANGED\"}");
        Issued reReview = issue(id, "RE_REVIEW_DECISION", "bureau");
        assertTrue(reReview.text(), reReview.text().contains("信访事项复核意见书") && reReview.text().contains("不再受理"));
        assertTrue(reReview.text(), reReview.text().contains(caseNumber));

        // A lost code: the reissued slip shows the new code, not the old one.
        String fresh = json(post("/api/v1/cases/" + id + "/query-code", "clerk", TYPE, ""), 200).get("queryCode").asText();
        Issued again = issue(id, "REGISTRATION_SLIP", "clerk");
        assertTrue(again.text(), again.text().contains("查询码：" + fresh));
        assertFalse(again.text(), again.text().contains(code));
        assertFalse("a second slip has a number of its own", again.number().equals(slip.number()));

        // Every issue is in the trail with its number, never with a query code; the register lists them.
        String trail = trail(id);
        for (Issued d : new Issued[] {slip, receipt, extension, opinion, review, reReview, again}) {
            assertTrue(d.number() + " in " + trail, trail.contains(d.number()));
        }
        assertFalse(trail, trail.contains(code) || trail.contains(fresh));
        int issuedInTrail = trail.split("DOCUMENT_ISSUED", -1).length - 1;
        assertEquals(trail, 7, issuedInTrail);
        choices = json(get("/api/v1/cases/" + id + "/documents", "clerk"), 200);
        for (JsonNode c : choices) {
            if ("REGISTRATION_SLIP".equals(c.get("kind").asText())) {
                assertEquals(2, c.get("issued").size());
                assertFalse(c.toString(), c.toString().contains("queryCode\":\""));
            }
        }
    }

    @Test
    public void transferAndRedirectionNoticesCarryTheRouteTheBodyAndTheWarning() throws Exception {
        ready();
        String transferred = register("文书乙", "LAND_ACQUISITION", "").get("caseId").asText();
        step(transferred, "clerk", "{\"action\":\"TRANSFER\",\"body\":\"县民政局\",\"note\":\"属县级事权\"}");
        Issued transfer = issue(transferred, "TRANSFER_NOTICE", "clerk");
        assertTrue(transfer.text(), transfer.text().contains("信访事项转送告知书") && transfer.text().contains("县民政局"));
        assertTrue(transfer.text(), transfer.text().contains("15日内"));

        JsonNode legalAck = json(post("/api/v1/cases", "clerk", TYPE, "{\"township\":\"341122101\",\"petitionForm\":\"LETTER\","
                + "\"category\":\"LITIGATION_RELATED\",\"nature\":\"LEGAL_PROCEDURE\",\"petitioners\":[{\"name\":\"文书丙\","
                + "\"phone\":\"" + uniquePhone() + "\"}],\"content\":\"借款纠纷\"}"), 201);
        String legal = legalAck.get("caseId").asText();
        step(legal, "clerk", "{\"action\":\"REDIRECT\",\"legalRoute\":\"CIVIL_LITIGATION\",\"note\":\"向县人民法院起诉\"}");
        Issued redirection = issue(legal, "REDIRECTION_NOTICE", "clerk");
        assertTrue(redirection.text(), redirection.text().contains("民事诉讼"));
        assertTrue(redirection.text(), redirection.text().contains("诉讼时效期间为3年"));
        assertTrue(redirection.text(), redirection.text().contains("信访不中止"));
        assertTrue(redirection.text(), redirection.text().contains(legalAck.get("caseNumber").asText()));

        // Numbers run per kind without gaps: two transfer notices of the township this year follow each other.
        Issued second = issue(transferred, "TRANSFER_NOTICE", "clerk");
        assertEquals(serial(transfer.number()) + 1, serial(second.number()));
    }

    private static int serial(String number) {
        return Integer.parseInt(number.replaceAll(".*〕(\\d+)号$", "$1"));
    }

    @Test
    public void manyClerksPrintingAtOnceGetDistinctNumbers() throws Exception {
        ready();
        String id = register("文书丁", "LAND_ACQUISITION", "").get("caseId").asText();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            java.util.List<java.util.concurrent.Future<Issued>> slips = new java.util.ArrayList<>();
            for (int i = 0; i < 12; i++) {
                slips.add(pool.submit(() -> issue(id, "REGISTRATION_SLIP", "clerk")));
            }
            Set<String> numbers = new HashSet<>();
            for (java.util.concurrent.Future<Issued> f : slips) {
                numbers.add(f.get(60, java.util.concurrent.TimeUnit.SECONDS).number());
            }
            assertEquals(numbers.toString(), 12, numbers.size());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(12, trail(id).split("DOCUMENT_ISSUED", -1).length - 1);
    }

    @Test
    public void theSupervisionNoticeGoesToItsUnitAndTheBulletinOpensAsADocument() throws Exception {
        ready();
        JsonNode ack = register("文书戊", "LAND_ACQUISITION", "");
        String id = ack.get("caseId").asText();
        step(id, "clerk", "{\"action\":\"ACCEPT\",\"serviceMethod\":\"IN_PERSON\"}");
        step(id, "clerk", "{\"action\":\"DISPATCH\",\"responsibility\":{\"leadUnit\":\"国土所\",\"responsibleLeader\":"
                + "\"李副镇长\",\"handler\":\"赵干事\",\"handlerUserId\":\"handler\"}}");
        java.time.LocalDate replyBy = platformToday().plusDays(10);
        JsonNode notice = json(post("/api/v1/supervision/notices", "supervisor", TYPE, "{\"kind\":\"SUPERVISION\",\"caseId\":\""
                + id + "\",\"required\":\"核实补偿款发放情况，书面报告\",\"replyBy\":\"" + replyBy + "\"}"), 201);
        String noticeId = notice.get("id").asText();

        Issued letter = opened(postForBytes("/api/v1/supervision/notices/" + noticeId + "/document", "supervisor"));
        assertEquals(notice.get("number").asText(), letter.number());
        assertTrue(letter.text(), letter.text().contains("信访事项督办函"));
        assertTrue(letter.text(), letter.text().contains(ack.get("caseNumber").asText()));
        assertTrue("addressed to the unit", letter.text().contains("国土"));
        assertTrue(letter.text(), letter.text().contains("核实补偿款发放情况，书面报告"));
        assertTrue(letter.text(), letter.text().contains(replyBy.getYear() + "年" + replyBy.getMonthValue() + "月"
                + replyBy.getDayOfMonth() + "日前"));
        assertTrue(trail(id), trail(id).contains(letter.number()));
        assertEquals("NOT_FOUND", problem(postForBytes("/api/v1/supervision/notices/no-such-notice/document",
                "supervisor"), 404).get("code").asText());
        // A supervision notice is issued from the notice, not as a document of the case.
        assertEquals("VALIDATION_FAILED", problem(postForBytes("/api/v1/cases/" + id + "/documents/SUPERVISION_NOTICE",
                "supervisor"), 400).get("code").asText());

        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl()
                + "/api/v1/supervision/bulletin/document?weekOf=" + platformToday())).GET();
        HttpResponse<byte[]> bulletin = http.send(authorised(request, "supervisor").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        Issued week = opened(bulletin);
        assertTrue(week.text(), week.text().contains("督查督办一周一通报"));
        assertTrue(week.text(), week.text().contains("示范县人民政府信访局"));
        assertTrue(week.number(), week.number().matches("\\d{4}年第\\d+期"));
        assertTrue(week.text(), week.text().matches("(?s).*本周发出交办函、督办函[1-9]\\d*件.*"));
    }

    @Test
    public void badRequestsForDocumentsGetProblems() throws Exception {
        ready();
        String id = register("文书己", "LAND_ACQUISITION", "").get("caseId").asText();
        assertEquals("VALIDATION_FAILED", problem(postForBytes("/api/v1/cases/" + id + "/documents/NO_SUCH_KIND",
                "clerk"), 400).get("code").asText());
        assertEquals("VALIDATION_FAILED", problem(postForBytes("/api/v1/cases/" + id + "/documents/BULLETIN",
                "clerk"), 400).get("code").asText());
        assertEquals("CASE_NOT_FOUND", problem(postForBytes("/api/v1/cases/no-such-case/documents/REGISTRATION_SLIP",
                "clerk"), 404).get("code").asText());
        // Another township's clerk does not see the case at all.
        assertEquals("CASE_NOT_FOUND", problem(postForBytes("/api/v1/cases/" + id + "/documents/REGISTRATION_SLIP",
                "clerk2"), 404).get("code").asText());
        assertEquals(401, postForBytes("/api/v1/cases/" + id + "/documents/REGISTRATION_SLIP", null).statusCode());
        assertFalse("nothing was issued", trail(id).contains("DOCUMENT_ISSUED"));
    }

    @Test
    public void theDocumentsPluginLeavesAndComesBackWithNothingLost() throws Exception {
        ready();
        String id = register("文书庚", "LAND_ACQUISITION", "").get("caseId").asText();
        Issued slip = issue(id, "REGISTRATION_SLIP", "clerk");
        java.util.EnumSet<org.apache.karaf.features.FeaturesService.Option> none =
                java.util.EnumSet.noneOf(org.apache.karaf.features.FeaturesService.Option.class);
        // POI stays (this test's probe reads documents with it): only the plug-in leaves.
        featuresService.installFeature("tiaojie-office", none);
        featuresService.uninstallFeature("tiaojie-documents", none);
        try {
            waitFor("the documents plug-in to leave", () -> status("/api/v1/supervision/bulletin/document", "supervisor") == 503);
            assertEquals("SERVICE_UNAVAILABLE", problem(postForBytes("/api/v1/cases/" + id + "/documents/REGISTRATION_SLIP",
                    "clerk"), 503).get("code").asText());
            // The register is the core's: what was issued is still listed, and nothing half-issued is in the trail.
            JsonNode choices = json(get("/api/v1/cases/" + id + "/documents", "clerk"), 200);
            assertTrue(choices.toString(), choices.toString().contains(slip.number()));
            assertEquals(1, trail(id).split("DOCUMENT_ISSUED", -1).length - 1);
        } finally {
            featuresService.installFeature("tiaojie-documents", none);
        }
        waitFor("the documents plug-in to come back", () -> status("/api/v1/supervision/bulletin/document", "supervisor") == 200);
        Issued next = issue(id, "REGISTRATION_SLIP", "clerk");
        assertEquals(serial(slip.number()) + 1, serial(next.number()));
    }
}
