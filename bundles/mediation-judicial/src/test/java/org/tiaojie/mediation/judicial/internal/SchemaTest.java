package org.tiaojie.mediation.judicial.internal;

import org.junit.jupiter.api.Test;
import org.tiaojie.records.internal.SchemaCheck;

/** The bundle's changelog makes the tables its mappings use, with the indexes its lists need. */
class SchemaTest {
    @Test
    void onANewDatabase() throws Exception {
        SchemaCheck.assertNewDatabase("db/mediation-judicial.changelog.xml", "tiaojie-mediation-judicial", "TJ_JM_RECORD", "IX_JM_CREATED", "IX_JM_TOWNSHIP_CREATED", "IX_JM_STATUS", "IX_JM_CASE");
    }

    @Test
    void onTheReleasesDatabase() throws Exception {
        SchemaCheck.assertReleaseUpgraded("db/mediation-judicial.changelog.xml", "tiaojie-mediation-judicial", "TJ_JM_RECORD", "IX_JM_CREATED", "IX_JM_TOWNSHIP_CREATED", "IX_JM_STATUS", "IX_JM_CASE");
    }
}
