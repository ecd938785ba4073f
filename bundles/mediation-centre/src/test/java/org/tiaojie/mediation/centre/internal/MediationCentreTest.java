package org.tiaojie.mediation.centre.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.persistence.EntityManagerFactory;
import javax.transaction.TransactionManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.service.blueprint.container.ServiceUnavailableException;
import org.tiaojie.cases.api.Actor;
import org.tiaojie.cases.api.ErrorCode;
import org.tiaojie.cases.api.Page;
import org.tiaojie.cases.api.PageRequest;
import org.tiaojie.cases.api.PlatformClock;
import org.tiaojie.cases.api.Roles;
import org.tiaojie.cases.api.TiaojieException;
import org.tiaojie.cases.api.mediation.ChannelAssessment;
import org.tiaojie.cases.api.mediation.Dispute;
import org.tiaojie.cases.api.mediation.DisputeDispatch;
import org.tiaojie.cases.api.mediation.DisputeRequest;
import org.tiaojie.cases.api.mediation.MediationRecord;
import org.tiaojie.cases.api.mediation.MediationRequest;
import org.tiaojie.cases.api.mediation.MediationStatus;
import org.tiaojie.cases.api.mediation.MediationStep;
import org.tiaojie.cases.api.mediation.Party;
import org.tiaojie.cases.api.spi.MediationChannel;
import org.tiaojie.records.internal.LocalJpa;
import org.tiaojie.records.internal.SchemaCheck;
import org.tiaojie.records.internal.SeriesStart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The centre with its own tables on Derby (outside OSGi) and a people's mediation channel that the test drives: what
 * a clerk sees as a dispute is taken in, sent on, read while the channel moves, and read while the channel leaves.
 */
class MediationCentreTest {
    private static final String TOWNSHIP = "341122101";
    private static final Actor CLERK = new Actor("clerk1", Set.of(Roles.CLERK), Set.of(TOWNSHIP));
    private static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");

    private SchemaCheck db;
    private EntityManagerFactory emf;
    private final FakeChannel people = new FakeChannel();
    private final List<MediationChannel> installed = new CopyOnWriteArrayList<>();
    private MediationCentreImpl centre;

    @BeforeEach
    void start() throws Exception {
        db = SchemaCheck.assertNewDatabase("db/mediation-centre.changelog.xml", "tiaojie-mediation-centre",
                "TJ_MC_DISPUTE");
        emf = db.open("tiaojie-mediation-centre");
        TransactionManager none = (TransactionManager) java.lang.reflect.Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[]{TransactionManager.class}, (p, m, a) -> null);
        SeriesStart series = new SeriesStart(none, db.dataSource(), "TJ_MC_COUNTER", "YEAR_VALUE");
        installed.add(people);
        centre = new MediationCentreImpl(new DisputeStore(new LocalJpa(emf), series), installed, null, null,
                PlatformClock.of(java.time.Clock.fixed(NOW, PlatformClock.ZONE)));
    }

    @AfterEach
    void stop() {
        emf.close();
    }

    @Test
    void aWalkInDisputeIsNumberedAndSentToPeoplesMediationWithItsPartiesButTheirPhonesMasked() {
        Dispute d = centre.receive(CLERK, walkIn());
        assertEquals("DJ-2026-0001", d.getNumber());
        assertEquals(CentreRules.NEW, d.getStatus());
        assertEquals("PEOPLE", d.getSuggestedChannel());
        assertFalse(d.getParties().get(0).getPhone().contains("13800138000"), "a list never shows a phone number");

        Dispute sent = centre.dispatch(CLERK, d.getId(), dispatch("PEOPLE"));
        assertEquals(CentreRules.IN_MEDIATION, sent.getStatus());
        assertEquals("RT-2026-0001", sent.getCurrent().getRecordNumber());
        MediationRequest asked = people.opened.get(0);
        assertEquals(TOWNSHIP, asked.getTownship());
        assertEquals("13800138000", asked.getParties().get(0).getPhone(), "the channel gets what it needs to mediate");
        assertEquals("DJ-2026-0002", centre.receive(CLERK, walkIn()).getNumber(), "the next dispute takes the next number");
    }

    @Test
    void readingADisputeShowsWhatItsChannelShowsNowAndWritesNothing() throws Exception {
        Dispute d = centre.dispatch(CLERK, centre.receive(CLERK, walkIn()).getId(), dispatch("PEOPLE"));
        long lines = db.count("SELECT COUNT(*) FROM TJ_MC_HISTORY");
        people.status = MediationStatus.AGREED.name();

        Dispute read = centre.get(CLERK, d.getId());
        assertEquals(CentreRules.AGREED, read.getStatus());
        assertTrue(read.getAllowedActions().contains(CentreRules.REQUEST_CONFIRMATION), read.getAllowedActions().toString());
        assertEquals(d.getVersion(), read.getVersion(), "a read does not move the version, so it never conflicts");
        assertEquals(lines, db.count("SELECT COUNT(*) FROM TJ_MC_HISTORY"), "a read writes no history");
        Page<Dispute> listed = centre.list(CLERK, null, null, PageRequest.of(0, 20));
        assertEquals(CentreRules.IN_MEDIATION, listed.getItems().get(0).getStatus(), "lists show the status stored");
    }

    @Test
    void aChannelThatLeavesMidReadLeavesTheLastStatusSeen() {
        Dispute d = centre.dispatch(CLERK, centre.receive(CLERK, walkIn()).getId(), dispatch("PEOPLE"));
        people.leaving = true;

        Dispute read = centre.get(CLERK, d.getId());
        assertEquals(CentreRules.IN_MEDIATION, read.getStatus());
        assertFalse(read.getCurrent().isLive());
        List<ChannelAssessment> assessed = centre.assess(CLERK, d.getId());
        assertTrue(assessed.stream().noneMatch(ChannelAssessment::isLive), "a leaving channel is not offered");
    }

    @Test
    void aFailedMediationSuggestsTheNextChannelAndSendingToOneNotInstalledWritesNothing() throws Exception {
        Dispute d = centre.dispatch(CLERK, centre.receive(CLERK, walkIn()).getId(), dispatch("PEOPLE"));
        people.status = MediationStatus.FAILED.name();
        Dispute failed = centre.get(CLERK, d.getId());
        assertEquals(CentreRules.UNRESOLVED, failed.getStatus());
        assertEquals("ADMINISTRATIVE", failed.getSuggestedChannel());

        long lines = db.count("SELECT COUNT(*) FROM TJ_MC_HISTORY");
        TiaojieException away = assertThrows(TiaojieException.class,
                () -> centre.dispatch(CLERK, d.getId(), dispatch("ADMINISTRATIVE")));
        assertEquals(ErrorCode.SERVICE_UNAVAILABLE, away.code());
        assertEquals(lines, db.count("SELECT COUNT(*) FROM TJ_MC_HISTORY"));
        Dispute after = centre.get(CLERK, d.getId());
        assertEquals(1, after.getAttempts().size(), "the refused dispatch left no attempt behind");
        assertEquals(d.getVersion(), after.getVersion());
    }

    @Test
    void aDisputeOfAnotherTownshipIsAsIfItDidNotExist() {
        Dispute d = centre.receive(CLERK, walkIn());
        Actor elsewhere = new Actor("clerk2", Set.of(Roles.CLERK), Set.of("341122102"));
        assertEquals(ErrorCode.NOT_FOUND, assertThrows(TiaojieException.class, () -> centre.get(elsewhere, d.getId())).code());
        assertNull(centre.locate(null).orElse(null));
    }

    private static DisputeRequest walkIn() {
        DisputeRequest in = new DisputeRequest();
        in.setSource("WALK_IN");
        in.setTownship(TOWNSHIP);
        in.setCategory("NEIGHBOUR");
        in.setDescription("宅基地边界纠纷，双方对界址有争议");
        in.setPartiesConsent(true);
        in.setParties(List.of(party("张三", "APPLICANT", "13800138000"), party("李四", "RESPONDENT", null)));
        return in;
    }

    private static Party party(String name, String role, String phone) {
        Party p = new Party();
        p.setName(name);
        p.setRole(role);
        p.setPhone(phone);
        return p;
    }

    private static DisputeDispatch dispatch(String channel) {
        DisputeDispatch d = new DisputeDispatch();
        d.setChannel(channel);
        d.setCommittee("TWC");
        d.setMediator("王调解");
        return d;
    }

    /** A people's mediation channel whose record's status the test sets, and which can be on its way out. */
    private static final class FakeChannel implements MediationChannel {
        final List<MediationRequest> opened = new ArrayList<>();
        volatile String status = MediationStatus.OPEN.name();
        volatile boolean leaving;

        @Override
        public Kind kind() {
            if (leaving) {
                throw new ServiceUnavailableException("leaving", "(objectClass=MediationChannel)");
            }
            return Kind.PEOPLE;
        }

        @Override
        public Assessment assess(DisputeFacts dispute) {
            return new Assessment(true, "the village committee mediates");
        }

        @Override
        public MediationRecord open(Actor actor, MediationRequest request) {
            opened.add(request);
            return record();
        }

        @Override
        public MediationRecord get(Actor actor, String id) {
            if (leaving) {
                throw new ServiceUnavailableException("leaving", "(objectClass=MediationChannel)");
            }
            return record();
        }

        @Override
        public Page<MediationRecord> list(Actor actor, String status, String township, PageRequest page) {
            throw new UnsupportedOperationException();
        }

        @Override
        public MediationRecord perform(Actor actor, String id, MediationStep step) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Party> revealParties(Actor actor, String id, String purpose) {
            throw new UnsupportedOperationException();
        }

        private MediationRecord record() {
            MediationRecord r = new MediationRecord();
            r.setId("file-1");
            r.setNumber("RT-2026-0001");
            r.setChannel("PEOPLE");
            r.setStatus(status);
            return r;
        }
    }
}
