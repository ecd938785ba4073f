package org.tiaojie.legalaid.internal.jpa;

import org.junit.jupiter.api.Test;
import org.tiaojie.records.internal.SchemaCheck;

/** The bundle's changelog makes the tables its mappings use, with the indexes its lists need. */
class SchemaTest {
    @Test
    void onANewDatabase() throws Exception {
        SchemaCheck.assertNewDatabase("db/legal-aid.changelog.xml", "tiaojie-legalaid", "TJ_LA_APPLICATION", "IX_LA_CREATED", "IX_LA_TOWNSHIP_CREATED", "IX_LA_STATUS");
    }

    @Test
    void onTheReleasesDatabase() throws Exception {
        SchemaCheck.assertReleaseUpgraded("db/legal-aid.changelog.xml", "tiaojie-legalaid", "TJ_LA_APPLICATION", "IX_LA_CREATED", "IX_LA_TOWNSHIP_CREATED", "IX_LA_STATUS");
    }
}
