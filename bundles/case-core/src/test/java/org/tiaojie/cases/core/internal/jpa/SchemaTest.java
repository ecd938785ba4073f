package org.tiaojie.cases.core.internal.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tiaojie.records.internal.SchemaCheck;

/** The core's changelog makes the tables its mappings use, on a new database and on the release's. */
class SchemaTest {
    private static final String CHANGELOG = "db/case-core.changelog.xml";

    @Test
    void aNewDatabaseGetsEveryTableAndIndexTheMappingsAndListsNeed() throws Exception {
        SchemaCheck db = new SchemaCheck().migrate(CHANGELOG).validate("tiaojie");
        // Derby backs a foreign key with an index of its own (IX_PETITIONER_CASE shares it); PostgreSQL gets both.
        assertTrue(db.indexes("TJ_CASE_PETITIONER").containsAll(java.util.List.of("IX_PETITIONER_ID_NUMBER",
                "IX_PETITIONER_PHONE_NAME")), db.indexes("TJ_CASE_PETITIONER").toString());
        assertTrue(db.indexes("TJ_CASE").containsAll(java.util.List.of("IX_CASE_REGISTERED", "IX_CASE_TOWNSHIP_REGISTERED",
                "IX_CASE_ROUTING", "IX_CASE_DUE_DATE")), db.indexes("TJ_CASE").toString());
        assertEquals("CLOB", db.columnType("TJ_AUDIT", "AFTER_STATE"));
        db.assertIdempotent(CHANGELOG);
    }

    @Test
    void theReleasesDatabaseIsUpgradedWithItsRowsKept() throws Exception {
        SchemaCheck db = new SchemaCheck().fromRelease()
                .execute("INSERT INTO TJ_CASE (ID, CASE_NUMBER, CATEGORY, CHANNEL, CONTENT, QUERY_CODE, REGISTERED_AT, "
                        + "REGISTERED_BY, ROUTING_STATE, SOURCE, STATUS, TOWNSHIP, UPDATED_AT, VERSION) VALUES ('c1', "
                        + "'341122101-2026-0001', 'LAND_ACQUISITION', 'VISIT', '征地补偿', 'q1', CURRENT_TIMESTAMP, 'clerk', "
                        + "'ROUTED', 'DIRECT', 'REGISTERED', '341122101', CURRENT_TIMESTAMP, 1)")
                .execute("INSERT INTO TJ_AUDIT (ACTION_NAME, ACTOR, AFTER_STATE, RECORDED_AT, CASE_ID) VALUES "
                        + "('REGISTER', 'clerk', '{\"status\":\"REGISTERED\"}', CURRENT_TIMESTAMP, 'c1')")
                .migrate(CHANGELOG).validate("tiaojie");
        assertEquals(1, db.count("SELECT COUNT(*) FROM TJ_CASE WHERE CASE_NUMBER = '341122101-2026-0001'"));
        assertEquals(1, db.count("SELECT COUNT(*) FROM TJ_AUDIT WHERE CAST(AFTER_STATE AS VARCHAR(100)) = "
                + "'{\"status\":\"REGISTERED\"}'"), "the audit entry kept in its large object");
        assertEquals("CLOB", db.columnType("TJ_AUDIT", "AFTER_STATE"));
        assertTrue(db.indexes("TJ_CASE").contains("IX_CASE_TOWNSHIP_REGISTERED"));
        db.assertIdempotent(CHANGELOG);
    }
}
