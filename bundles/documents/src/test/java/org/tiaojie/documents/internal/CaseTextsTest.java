package org.tiaojie.documents.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import org.tiaojie.cases.api.CaseAction;
import org.tiaojie.cases.api.CaseStatus;
import org.tiaojie.cases.api.CaseView;
import org.tiaojie.cases.api.Deadline;
import org.tiaojie.cases.api.DeadlineKind;
import org.tiaojie.cases.api.LegalRoute;
import org.tiaojie.cases.api.Nature;
import org.tiaojie.cases.api.OpinionDecision;
import org.tiaojie.cases.api.PetitionForm;
import org.tiaojie.cases.api.Petitioner;
import org.tiaojie.cases.api.ReviewOutcome;
import org.tiaojie.cases.api.StepPassed;
import org.tiaojie.cases.api.WrittenOpinion;
import org.tiaojie.cases.api.document.DocumentKind;
import org.tiaojie.cases.api.document.IssuedDocument;
import org.tiaojie.cases.api.supervision.Bulletin;
import org.tiaojie.cases.api.supervision.NoticeKind;
import org.tiaojie.cases.api.supervision.SupervisionNotice;
import org.tiaojie.cases.api.supervision.UnitCount;

class CaseTextsTest {
    private static final LocalDate RECEIVED = LocalDate.of(2031, 3, 2);
    private static final DocumentSettings.Issuers ISSUERS = new DocumentSettings.Issuers("{township}人民政府信访办公室",
            "样例县人民政府信访局", "样例县信访工作联席会议办公室", "样例县人民政府", "凭查询码查询办理进度。");

    private static CaseView handledCase() {
        CaseView v = new CaseView();
        v.setId("c-1");
        v.setCaseNumber("341122101-2031-00042");
        v.setTownship("341122101");
        v.setPetitionForm(PetitionForm.VISIT);
        v.setStatus(CaseStatus.RE_REVIEW_DECIDED);
        v.setNature(Nature.REQUEST);
        v.setReceivedOn(RECEIVED);
        v.setHeadCount(1);
        v.setContent("邻村修路占用承包地，未获补偿。");
        v.setDemands("按标准补偿青苗费");
        v.setPetitioners(List.of(new Petitioner("张三", "3411**********1234", "139****0000", null, "河西村")));
        v.setStepsPassed(List.of(step(CaseAction.ACCEPT, RECEIVED.plusDays(3)), step(CaseAction.TRANSFER, RECEIVED.plusDays(4))));
        v.setLegalRoute(LegalRoute.CIVIL_LITIGATION);
        v.setReceivingBody("样例县人民法院");
        v.setRouteWarning("请保留占地的证据。");
        v.setExtensionDays(30);
        Deadline d = new Deadline();
        d.setKind(DeadlineKind.HANDLING);
        d.setDueDate(RECEIVED.plusDays(93));
        v.setNextDeadline(d);
        WrittenOpinion o = new WrittenOpinion();
        o.setRequest("补偿青苗费");
        o.setFacts("经查，修路占地属实。");
        o.setDecision(OpinionDecision.SUPPORT);
        o.setLegalBasis("《中华人民共和国土地管理法》第四十八条");
        v.setOpinion(o);
        v.setReviewOutcome(ReviewOutcome.UPHELD);
        v.setReReviewOutcome(ReviewOutcome.CHANGED);
        return v;
    }

    private static StepPassed step(CaseAction action, LocalDate on) {
        StepPassed s = new StepPassed();
        s.setAction(action);
        s.setOn(on);
        return s;
    }

    private static CaseTexts.Facts facts(CaseView v, DocumentKind kind, String number) {
        IssuedDocument issued = new IssuedDocument();
        issued.setCaseId(v.getId());
        issued.setCaseNumber(v.getCaseNumber());
        issued.setKind(kind);
        issued.setNumber(number);
        issued.setIssuedAt(Instant.parse("2031-06-01T01:00:00Z"));
        if (kind == DocumentKind.REGISTRATION_SLIP) {
            issued.setQueryCode("K7Q2M9XH");
        }
        return new CaseTexts.Facts(v, issued, "青山镇", "国土所", "土地征用", LocalDate.of(2031, 6, 1), ISSUERS);
    }

    /** The document as Word or WPS shows its text. */
    private static String opened(byte[] docx) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            return text.getText();
        }
    }

    @Test
    void everyDocumentOfACaseOpensWithItsHeadNumberTitleCaseNumberAndDate() throws IOException {
        CaseView v = handledCase();
        for (DocumentKind kind : List.of(DocumentKind.REGISTRATION_SLIP, DocumentKind.RECEIPT_NOTICE,
                DocumentKind.TRANSFER_NOTICE, DocumentKind.REDIRECTION_NOTICE, DocumentKind.EXTENSION_NOTICE,
                DocumentKind.WRITTEN_OPINION, DocumentKind.REVIEW_DECISION, DocumentKind.RE_REVIEW_DECISION)) {
            String text = opened(OfficialDocument.write(CaseTexts.layout(kind, facts(v, kind, "青信〔2031〕7号"))));
            assertTrue(text.contains(kind.title()), kind + ": " + text);
            assertTrue(text.contains("341122101-2031-00042"), kind + " names the case");
            assertTrue(text.contains("青信〔2031〕7号"), kind + " carries its number");
            assertTrue(text.contains("张三"), kind + " is addressed to the petitioner");
            assertTrue(text.contains("2031年6月1日"), kind + " is dated");
            assertTrue(text.contains("（印章）"), kind + " leaves room for the seal");
            assertFalse(text.contains("139****0000") || text.contains("1234"), kind + " prints no personal data");
        }
    }

    @Test
    void theSlipCarriesTheQueryCodeItWasIssuedWith() throws IOException {
        String text = opened(OfficialDocument.write(CaseTexts.layout(DocumentKind.REGISTRATION_SLIP,
                facts(handledCase(), DocumentKind.REGISTRATION_SLIP, "青信登〔2031〕1号"))));
        assertTrue(text.contains("查询码：K7Q2M9XH"), text);
        assertTrue(text.contains("青山镇人民政府信访办公室"), text);
        assertTrue(text.contains("凭查询码查询办理进度。"), text);
    }

    @Test
    void theRedirectionNoticeWarnsThatPetitioningDoesNotStopTheRoutesClock() throws IOException {
        String text = opened(OfficialDocument.write(CaseTexts.layout(DocumentKind.REDIRECTION_NOTICE,
                facts(handledCase(), DocumentKind.REDIRECTION_NOTICE, "青信导〔2031〕2号"))));
        assertTrue(text.contains(LegalRoute.CIVIL_LITIGATION.ownLimit()), text);
        assertTrue(text.contains("信访不中止、不中断上述期限"), text);
        assertTrue(text.contains("样例县人民法院"), text);
        assertTrue(text.contains("请保留占地的证据。"), text);
    }

    @Test
    void theOpinionHasItsFiveParts() throws IOException {
        String text = opened(OfficialDocument.write(CaseTexts.layout(DocumentKind.WRITTEN_OPINION,
                facts(handledCase(), DocumentKind.WRITTEN_OPINION, "青信处〔2031〕3号"))));
        for (String part : List.of("一、信访请求", "补偿青苗费", "二、查明的事实和理由", "修路占地属实", "三、处理意见", "予以支持",
                "四、依据", "土地管理法", "五、复查告知", "30日内")) {
            assertTrue(text.contains(part), part + " in " + text);
        }
        assertTrue(text.contains("青山镇国土所"), "issued by the handling unit: " + text);
    }

    @Test
    void aCollectivePetitionIsAddressedToItsFirstPetitionerAndTheOthers() {
        CaseView v = handledCase();
        v.setHeadCount(30);
        assertEquals("张三等30人", CaseTexts.petitioners(v));
        String text = CaseTexts.layout(DocumentKind.RECEIPT_NOTICE, facts(v, DocumentKind.RECEIPT_NOTICE, "n")).plainText();
        assertTrue(text.contains("你们于2031年3月2日反映的土地征用问题"), text);
    }

    @Test
    void theReReviewDecisionSaysItIsFinal() {
        String text = CaseTexts.layout(DocumentKind.RE_REVIEW_DECISION,
                facts(handledCase(), DocumentKind.RE_REVIEW_DECISION, "n")).plainText();
        assertTrue(text.contains("复查意见处理不当，予以变更。"), text);
        assertTrue(text.contains("不再受理"), text);
    }

    @Test
    void aNoticeOrBulletinIsNotLaidOutAsADocumentToThePetitioner() {
        assertThrows(IllegalArgumentException.class, () -> CaseTexts.layout(DocumentKind.SUPERVISION_NOTICE,
                facts(handledCase(), DocumentKind.SUPERVISION_NOTICE, "n")));
    }

    private static SupervisionNotice notice(NoticeKind kind) {
        SupervisionNotice n = new SupervisionNotice();
        n.setId("n-1");
        n.setCaseId("c-1");
        n.setNumber("督办〔2031〕5号");
        n.setKind(kind);
        n.setUnit("land");
        n.setRequired("核实占地面积，落实补偿。");
        n.setReplyBy(LocalDate.of(2031, 6, 15));
        return n;
    }

    @Test
    void aSupervisionNoticeToTheUnitSaysWhatAndByWhen() throws IOException {
        String text = opened(OfficialDocument.write(SupervisionTexts.notice(notice(NoticeKind.SUPERVISION), handledCase(),
                "土地征用", "国土所", LocalDate.of(2031, 6, 1), ISSUERS)));
        assertTrue(text.contains("信访事项督办函"), text);
        assertTrue(text.contains("督办〔2031〕5号"), text);
        assertTrue(text.contains("国土所："), text);
        assertTrue(text.contains("核实占地面积，落实补偿。"), text);
        assertTrue(text.contains("2031年6月15日前"), text);
        assertTrue(text.contains("341122101-2031-00042"), text);
        assertTrue(text.contains("张三"), "an ordinary case names its petitioner to the unit handling it");
    }

    @Test
    void aNoticeAboutAComplaintAgainstAnOfficialNeverNamesTheComplainantOrWhatWasReported() throws IOException {
        CaseView complaint = handledCase();
        complaint.setNature(Nature.COMPLAINT_ABOUT_OFFICIAL);
        complaint.setContent("举报村主任王某挪用补偿款。");
        String text = opened(OfficialDocument.write(SupervisionTexts.notice(notice(NoticeKind.ASSIGNMENT), complaint,
                "土地征用", "国土所", LocalDate.of(2031, 6, 1), ISSUERS)));
        assertTrue(text.contains("信访事项交办函"), text);
        assertTrue(text.contains("341122101-2031-00042"), text);
        assertFalse(text.contains("张三"), text);
        assertFalse(text.contains("王某") || text.contains("挪用"), text);
        assertTrue(text.contains("依法保密"), text);
    }

    @Test
    void theBulletinCountsTheWeekAndTablesTheOverdueByUnit() throws IOException {
        Bulletin b = new Bulletin();
        b.setWeekStart(LocalDate.of(2031, 5, 26));
        b.setWeekEnd(LocalDate.of(2031, 6, 1));
        b.setNoticesIssued(4);
        b.setNoticesAnswered(3);
        b.setNoticesAnsweredLate(1);
        b.setNoticesLapsed(1);
        UnitCount u = new UnitCount();
        u.setTownship("341122101");
        u.setUnit("land");
        u.setCount(2);
        b.setOverdueByUnit(List.of(u));
        b.setReturnVisits(2);
        b.setSatisfied(1);
        b.setDissatisfied(1);
        b.setAccountabilityOpened(1);
        byte[] docx = OfficialDocument.write(SupervisionTexts.bulletin(b, "样例县人民政府信访局", "全县",
                (t, unit) -> "青山镇国土所", LocalDate.of(2031, 6, 2)));
        String text = opened(docx);
        assertTrue(text.contains("2031年第22期"), text);
        assertTrue(text.contains("发出交办函、督办函4件"), text);
        assertTrue(text.contains("按期回复2件、逾期回复1件；逾期未回复1件"), text);
        assertTrue(text.contains("回访2件，其中满意1件、基本满意0件、不满意1件"), text);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertEquals(1, doc.getTables().size());
            assertEquals("青山镇国土所", doc.getTables().get(0).getRow(1).getCell(0).getText());
            assertEquals("2", doc.getTables().get(0).getRow(1).getCell(1).getText());
        }
    }

    @Test
    void theHeadIsRedAndCentredAndThePageIsA4() throws IOException {
        byte[] docx = OfficialDocument.write(CaseTexts.layout(DocumentKind.RECEIPT_NOTICE,
                facts(handledCase(), DocumentKind.RECEIPT_NOTICE, "青信受〔2031〕9号")));
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            var head = doc.getParagraphs().get(0);
            assertEquals("青山镇人民政府信访办公室", head.getText());
            assertEquals(ParagraphAlignment.CENTER, head.getAlignment());
            assertEquals("C00000", head.getRuns().get(0).getColor());
            var size = doc.getDocument().getBody().getSectPr().getPgSz();
            assertEquals(210 * 57, ((Number) size.getW()).intValue());
            assertEquals("信访事项受理告知书", doc.getProperties().getCoreProperties().getTitle());
        }
    }
}
