package org.tiaojie.mediation.judicial.internal;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Hashtable;
import java.util.List;

import javax.persistence.EntityManagerFactory;
import javax.transaction.TransactionManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tiaojie.cases.api.Actor;
import org.tiaojie.cases.api.PageRequest;
import org.tiaojie.cases.api.PlatformClock;
import org.tiaojie.cases.api.mediation.Agreement;
import org.tiaojie.cases.api.mediation.CourtDocument;
import org.tiaojie.cases.api.mediation.MediationRequest;
import org.tiaojie.cases.api.mediation.MediationStep;
import org.tiaojie.cases.api.mediation.Session;
import org.tiaojie.cases.api.statistics.Dimension;
import org.tiaojie.cases.api.statistics.FigureQuery;
import org.tiaojie.cases.api.statistics.FigureSource.Readers;
import org.tiaojie.cases.api.statistics.RateCount;
import org.tiaojie.cases.api.statistics.RateDefinition;
import org.tiaojie.cases.api.statistics.RatePart;
import org.tiaojie.cases.core.internal.time.OfficialCalendar;
import org.tiaojie.mediation.internal.ChannelRates;
import org.tiaojie.mediation.internal.FileStore;
import org.tiaojie.mediation.internal.MediationFiles;
import org.tiaojie.records.internal.LocalJpa;
import org.tiaojie.records.internal.SchemaCheck;
import org.tiaojie.records.internal.SeriesStart;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Judicial mediation's rates on its own tables on Derby: a mediation succeeds when the court issues its mediation
 * document, fails when a party refuses to sign for it even after agreeing; a confirmation request counts once ruled on,
 * and one not accepted does not count.
 */
class JudicialRatesTest {
    private static final Actor COURT = Actor.fromRoleNames("court", List.of("court", "county"));
    private static final Actor MEDIATOR = Actor.fromRoleNames("mediator", List.of("mediator", "township:341122101"));
    private static final Instant NOW = Instant.parse("2026-11-02T02:00:00Z");
    private static final LocalDate DAY = LocalDate.parse("2026-11-02");

    private SchemaCheck db;
    private EntityManagerFactory emf;
    private MediationFiles files;

    @BeforeEach
    void start() throws Exception {
        db = SchemaCheck.assertNewDatabase("db/mediation-judicial.changelog.xml", "tiaojie-mediation-judicial",
                "TJ_JM_RECORD");
        emf = db.open("tiaojie-mediation-judicial");
        JudicialSettings settings = new JudicialSettings();
        Hashtable<String, Object> cfg = new Hashtable<>();
        cfg.put("court.341122", "本县人民法院");
        settings.updated(cfg);
        TransactionManager none = (TransactionManager) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[]{TransactionManager.class}, (p, m, a) -> null);
        files = new MediationFiles(new JudicialMediationPolicy(settings, OfficialCalendar.service()),
                new FileStore(new LocalJpa(emf)), new String[]{"court", "mediator", "clerk"},
                PlatformClock.of(Clock.fixed(NOW, PlatformClock.ZONE)), null);
        files.setSeriesStart(new SeriesStart(none, db.dataSource(), "TJ_JM_COUNTER", "YEAR_VALUE"));
        files.setRecordTable("TJ_JM_RECORD");
    }

    @AfterEach
    void stop() {
        emf.close();
    }

    @Test
    void aMediationDocumentIsTheSuccessAndARulingTheConfirmationsCount() {
        String documented = agreed();
        step(documented, "ISSUE_DOCUMENT", document("MEDIATION_DOCUMENT"), null);
        String refusedToSign = agreed();
        step(refusedToSign, "FAIL", null, "被告拒绝签收调解书");
        String stillAgreed = agreed();

        String confirmed = files.open(MEDIATOR, JudicialRequests.confirmation(DAY.minusDays(5))).getId();
        step(confirmed, "ACCEPT", null, null);
        step(confirmed, "CONFIRM", document("CONFIRMATION_RULING"), null);
        String rejected = files.open(MEDIATOR, JudicialRequests.confirmation(DAY.minusDays(5))).getId();
        step(rejected, "ACCEPT", null, null);
        step(rejected, "REJECT", null, "协议内容违反法律强制性规定");
        String notAccepted = files.open(MEDIATOR, JudicialRequests.confirmation(DAY.minusDays(5))).getId();
        step(notAccepted, "NOT_ACCEPT", null, "不属于本院管辖");

        ChannelRates rates = new ChannelRates(files);
        assertEquals("mediation-JUDICIAL", rates.sourceName());
        assertEquals(List.of("MEDIATION_SUCCESS_JUDICIAL", "JUDICIAL_CONFIRMATION"),
                rates.definitions().stream().map(RateDefinition::getRate).toList());
        FigureQuery month = new FigureQuery();
        month.setFrom(DAY.withDayOfMonth(1));
        month.setTo(DAY.withDayOfMonth(30));
        month.setBy(List.of(Dimension.CATEGORY));
        Readers all = new Readers(null, true);
        List<RateCount> counted = rates.count(month, DAY, all);
        assertEquals(2, counted.size(), counted.toString());
        assertEquals("MEDIATION_SUCCESS_JUDICIAL", counted.get(0).getRate());
        assertEquals(List.of("HOUSING_HOMESTEAD"), counted.get(0).getKey());
        assertEquals(2, counted.get(0).getDenominator(), "the file still agreed has not ended: " + stillAgreed);
        assertEquals(1, counted.get(0).getNumerator());
        assertEquals(2, counted.get(1).getDenominator(), "the request not accepted is not ruled on: " + notAccepted);
        assertEquals(1, counted.get(1).getNumerator());
        assertEquals(confirmed, idOf(rates.subjects("JUDICIAL_CONFIRMATION", RatePart.NUMERATOR, month, DAY, all,
                PageRequest.of(0, 10)).getItems().get(0).getReference()));
        assertEquals(List.of(), rates.count(month, DAY.minusDays(2), all), "none of it had happened by 31 October");
    }

    private String idOf(String number) {
        return files.list(COURT, null, null, PageRequest.of(0, 50)).getItems().stream()
                .filter(r -> r.getNumber().equals(number)).findFirst().orElseThrow().getId();
    }

    /** A pre-filing mediation the court opened, met and agreed today. */
    private String agreed() {
        MediationRequest r = JudicialRequests.request("PRE_FILING");
        r.setMediator("王法官");
        String id = files.open(COURT, r).getId();
        MediationStep met = new MediationStep();
        met.setAction("RECORD_SESSION");
        Session s = new Session();
        s.setOn(DAY);
        s.setPlace("县人民法院调解室");
        s.setParticipants("双方当事人");
        s.setNotes("释法说理");
        met.setSession(s);
        files.perform(COURT, id, met);
        MediationStep agree = new MediationStep();
        agree.setAction("AGREE");
        Agreement a = new Agreement();
        a.setForm("WRITTEN");
        a.setTerms("拆除越界围墙");
        agree.setAgreement(a);
        files.perform(COURT, id, agree);
        return id;
    }

    private void step(String id, String action, CourtDocument document, String note) {
        MediationStep step = new MediationStep();
        step.setAction(action);
        step.setCourtDocument(document);
        step.setNote(note);
        files.perform(COURT, id, step);
    }

    private static CourtDocument document(String kind) {
        CourtDocument d = new CourtDocument();
        d.setKind(kind);
        d.setNumber("（2026）皖1122民调" + kind.length());
        d.setIssuedOn(DAY);
        d.setSignedOn(DAY);
        return d;
    }
}
