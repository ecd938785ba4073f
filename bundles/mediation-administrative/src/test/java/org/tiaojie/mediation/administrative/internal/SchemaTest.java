package org.tiaojie.mediation.administrative.internal;

import org.junit.jupiter.api.Test;
import org.tiaojie.records.internal.SchemaCheck;

/** The bundle's changelog makes the tables its mappings use, with the indexes its lists need. */
class SchemaTest {
    @Test
    void onANewDatabase() throws Exception {
        SchemaCheck.assertNewDatabase("db/mediation-administrative.changelog.xml", "tiaojie-mediation-administrative", "TJ_AM_RECORD", "IX_AM_CREATED", "IX_AM_TOWNSHIP_CREATED", "IX_AM_STATUS", "IX_AM_CASE");
    }

    @Test
    void onTheReleasesDatabase() throws Exception {
        SchemaCheck.assertReleaseUpgraded("db/mediation-administrative.changelog.xml", "tiaojie-mediation-administrative", "TJ_AM_RECORD", "IX_AM_CREATED", "IX_AM_TOWNSHIP_CREATED", "IX_AM_STATUS", "IX_AM_CASE");
    }
}
