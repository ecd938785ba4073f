package org.tiaojie.mediation.people.internal;

import org.junit.jupiter.api.Test;
import org.tiaojie.records.internal.SchemaCheck;

/** The bundle's changelog makes the tables its mappings use, with the indexes its lists need. */
class SchemaTest {
    @Test
    void onANewDatabase() throws Exception {
        SchemaCheck.assertNewDatabase("db/mediation-people.changelog.xml", "tiaojie-mediation-people", "TJ_PM_RECORD", "IX_PM_CREATED", "IX_PM_TOWNSHIP_CREATED", "IX_PM_STATUS", "IX_PM_CASE");
    }

    @Test
    void onTheReleasesDatabase() throws Exception {
        SchemaCheck.assertReleaseUpgraded("db/mediation-people.changelog.xml", "tiaojie-mediation-people", "TJ_PM_RECORD", "IX_PM_CREATED", "IX_PM_TOWNSHIP_CREATED", "IX_PM_STATUS", "IX_PM_CASE");
    }
}
