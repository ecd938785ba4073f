package org.tiaojie.cases.core.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tiaojie.cases.api.PageRequest;
import org.tiaojie.records.internal.SchemaCheck;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The search in SQL on Derby, outside OSGi: a name as written or in pinyin, personal data, village, words, within what
 * the reader may see; a search by personal data leaves its entry in the trail of every case found; the names of
 * petitioners registered before get their pinyin.
 */
class CaseSearchTest {
    private static final String QINGSHAN = "341122101";
    private static final String BAISHUI = "341122102";
    private static final LocalDate TODAY = LocalDate.parse("2026-11-04");

    private SchemaCheck db;
    private EntityManagerFactory emf;
    private EntityManager em;
    private CaseRepository repository;

    @BeforeEach
    void start() throws Exception {
        db = new SchemaCheck().migrate("db/case-core.changelog.xml");
        insert("s1", 1, QINGSHAN, "ROUTED", "宅基地四至争议，邻居占用", "张三", "13800000001", "341122101201");
        insert("s2", 2, QINGSHAN, "ROUTED", "拖欠工资三个月", "张三丰", "13800000002", "341122101202");
        insert("s3", 3, BAISHUI, "ROUTED", "宅基地纠纷", "张三", "13800000003", "341122102201");
        insert("s4", 4, QINGSHAN, "WITHHELD", "举报村干部", "张三", "13800000004", "341122101201");
        insert("s5", 5, QINGSHAN, "ROUTED", "征地补偿", "李四", "13800000005", "341122101201");
        db.execute("UPDATE TJ_CASE_PETITIONER SET NAME_PINYIN = NULL WHERE CASE_ID = 's5'");
        emf = db.open("tiaojie");
        em = emf.createEntityManager();
        repository = new CaseRepository();
        repository.setEntityManager(em);
    }

    @AfterEach
    void stop() {
        em.close();
        emf.close();
    }

    @Test
    void aNameIsFoundAsWrittenAndInPinyinFromItsBeginning() {
        assertEquals(List.of("s2", "s1"), ids(terms(null, "zhangsan", null, null, List.of())));
        assertEquals(List.of("s1"), ids(terms("张三", null, null, null, List.of("宅基地"))));
        assertEquals(List.of("s2", "s1"), ids(terms("张", null, null, null, List.of())));
        assertEquals(List.of("s2"), ids(terms(null, "zhangsanf", null, null, List.of())));
        assertEquals(List.of(), ids(terms(null, "zhang%", null, null, List.of())), "a wildcard is a letter");
    }

    @Test
    void villageAndWordsNarrowAndOtherTownshipsAndWithheldComplaintsStayHidden() {
        assertEquals(List.of("s5", "s1"), ids(terms(null, null, null, "341122101201", List.of())),
                "the complaint about an official of the same village is not the handler's to see");
        assertEquals(List.of("s2"), ids(terms(null, null, null, null, List.of("工资", "三个月"))));
        CaseRepository.Scope county = new CaseRepository.Scope(null, true, Access.Withheld.NONE, "bureau", List.of(), TODAY);
        assertEquals(List.of("s3", "s1"), repository.search(terms(null, null, null, null, List.of("宅基地")), county,
                PageRequest.of(0, 20), null).items().stream().map(CaseSnapshot::id).toList());
    }

    @Test
    void aSearchByPhoneIsWrittenToTheTrailOfEveryCaseFound() {
        CaseRepository.SearchTerms byPhone = new CaseRepository.SearchTerms(null, null, null, null, "13800000001", null,
                null, List.of());
        AuditDraft audit = new AuditDraft("handler1", "PERSONAL_DATA_SEARCH", new Moment(java.time.Instant.now(), null),
                null, Map.of("purpose", "核查是否重复信访", "phone", "138****0001"));
        em.getTransaction().begin();
        assertEquals(List.of("s1"), repository.search(byPhone, handler(), PageRequest.of(0, 20), audit).items()
                .stream().map(CaseSnapshot::id).toList());
        em.getTransaction().commit();
        assertEquals(List.of("PERSONAL_DATA_SEARCH"), repository.auditTrail("s1").stream()
                .map(a -> a.getAction()).toList());
        assertEquals(List.of(), repository.auditTrail("s2"), "a case not found records nothing");
    }

    @Test
    void theNamesRegisteredBeforeGetTheirPinyinOnce() {
        assertEquals(List.of(), ids(terms(null, "lisi", null, null, List.of())));
        em.getTransaction().begin();
        assertEquals(1, repository.fillPinyin(500));
        assertEquals(0, repository.fillPinyin(500), "nothing is left to fill");
        em.getTransaction().commit();
        assertEquals(List.of("s5"), ids(terms(null, "lisi", null, null, List.of())));
    }

    private static CaseRepository.SearchTerms terms(String han, String pinyin, String phone, String village,
                                                    List<String> words) {
        return new CaseRepository.SearchTerms(null, han, pinyin, null, phone, village, null, words);
    }

    private static CaseRepository.Scope handler() {
        return new CaseRepository.Scope(List.of(QINGSHAN), true, Access.Withheld.NONE, "handler1", List.of(), TODAY);
    }

    private List<String> ids(CaseRepository.SearchTerms terms) {
        return repository.search(terms, handler(), PageRequest.of(0, 20), null).items().stream()
                .map(CaseSnapshot::id).toList();
    }

    private void insert(String id, int n, String township, String routing, String content, String name, String phone,
                        String village) throws Exception {
        db.execute("INSERT INTO TJ_CASE (ID, VERSION, CASE_NUMBER, QUERY_CODE, TOWNSHIP, PETITION_FORM, SOURCE, CATEGORY, "
                + "STATUS, ROUTING_STATE, DEPARTMENT, CONTENT, REGISTERED_AT, REGISTERED_BY, UPDATED_AT, "
                + "HEAD_COUNT, REPEAT_COUNT) VALUES ('" + id + "', 1, '" + township + "-2026-" + String.format("%04d", n)
                + "', 'q" + id + "', '" + township + "', 'VISIT', 'DIRECT', 'LAND_ACQUISITION', 'REGISTERED', '" + routing
                + "', 'land', '" + content + "', {fn TIMESTAMPADD(SQL_TSI_MINUTE, " + n
                + ", TIMESTAMP('2026-10-01 08:00:00'))}, 'clerk1', CURRENT_TIMESTAMP, 1, 0)");
        db.execute("INSERT INTO TJ_CASE_PETITIONER (CASE_ID, ORDINAL, NAME, PHONE, VILLAGE, NAME_PINYIN) VALUES ('" + id
                + "', 0, '" + name + "', '" + phone + "', '" + village + "', '" + Pinyin.of(name) + "')");
    }
}
