package org.tiaojie.legalaid.internal.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;

import org.junit.jupiter.api.Test;
import org.tiaojie.cases.api.legalaid.ApplicationStatus;
import org.tiaojie.records.internal.PagedQuery;
import org.tiaojie.records.internal.SchemaCheck;

/** A plug-in's list on Derby: filtered, sorted and paged in the database, its count bounded. */
class PagedListTest {
    @Test
    void aListCountsUpToItsBoundAndPagesInTheDatabase() throws Exception {
        SchemaCheck db = new SchemaCheck().migrate("db/legal-aid.changelog.xml");
        int stored = PagedQuery.COUNTED_UP_TO + 5;
        for (int i = 1; i <= stored; i++) {
            String at = LocalDateTime.of(2026, 1, 1, 0, 0).plusSeconds(i)
                    .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"));
            db.execute("INSERT INTO TJ_LA_APPLICATION (ID, CREATED_AT, NUMBER, STATUS, TOWNSHIP, VERSION) VALUES ('a" + i
                    + "', TIMESTAMP('" + at + "'), 'FY-2026-" + String.format("%04d", i) + "', '"
                    + (i % 100 == 0 ? "GRANTED" : "RECEIVED") + "', '341122101', 1)");
        }
        EntityManagerFactory emf = db.open("tiaojie-legalaid");
        EntityManager em = emf.createEntityManager();
        try {
            PagedQuery.Slice<ApplicationEntity> all = PagedQuery.from(em, ApplicationEntity.class)
                    .in("township", List.of("341122101")).page("createdAt DESC, number DESC", 0, 20);
            assertEquals(PagedQuery.COUNTED_UP_TO, all.total(), "counted up to the bound");
            assertFalse(all.exact(), "and says there are more");
            assertEquals(20, all.items().size());
            assertEquals("FY-2026-" + String.format("%04d", stored), all.items().get(0).getNumber(), "newest first");

            PagedQuery.Slice<ApplicationEntity> granted = PagedQuery.from(em, ApplicationEntity.class)
                    .equal("status", ApplicationStatus.GRANTED)
                    .page("createdAt DESC, number DESC", 0, 20);
            assertEquals(stored / 100, granted.total());
            assertTrue(granted.exact());

            PagedQuery.Slice<ApplicationEntity> deep = PagedQuery.from(em, ApplicationEntity.class)
                    .page("createdAt DESC, number DESC", 1000, 20);
            assertEquals(5, deep.items().size(), "a page past the bound is served, and counted to its end");
            assertEquals(stored, deep.total());
            assertTrue(deep.exact());
        } finally {
            em.close();
            emf.close();
        }
    }
}
