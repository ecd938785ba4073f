package org.tiaojie.mediation.centre.internal;

import org.junit.jupiter.api.Test;
import org.tiaojie.records.internal.SchemaCheck;

/** The bundle's changelog makes the tables its mappings use, with the indexes its lists need. */
class SchemaTest {
    @Test
    void onANewDatabase() throws Exception {
        SchemaCheck.assertNewDatabase("db/mediation-centre.changelog.xml", "tiaojie-mediation-centre", "TJ_MC_DISPUTE", "IX_MC_TAKEN_IN", "IX_MC_TOWNSHIP_TAKEN_IN", "IX_MC_STATUS", "IX_MC_CASE");
    }

    @Test
    void onTheReleasesDatabase() throws Exception {
        SchemaCheck.assertReleaseUpgraded("db/mediation-centre.changelog.xml", "tiaojie-mediation-centre", "TJ_MC_DISPUTE", "IX_MC_TAKEN_IN", "IX_MC_TOWNSHIP_TAKEN_IN", "IX_MC_STATUS", "IX_MC_CASE");
    }
}
