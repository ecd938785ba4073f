package org.tiaojie.department.justice.internal;

import java.util.List;
import java.util.Set;

import org.tiaojie.cases.api.spi.ConfiguredDepartment;
import org.tiaojie.cases.api.spi.IntakeField;

/**
 * Intake of the justice office — 司法所. One instance per township where it is enabled, created from a
 * factory configuration {@code org.tiaojie.department.justice-<name>.cfg}.
 */
public class JusticeDepartment extends ConfiguredDepartment {

    public JusticeDepartment() {
        super("justice", "司法所", Set.of("NEIGHBOUR_FAMILY", "LITIGATION_RELATED"),
                List.of(new IntakeField("otherParty", "对方当事人", IntakeField.Type.TEXT, false, 50, null),
                        new IntakeField("disputeSince", "纠纷发生日期", IntakeField.Type.DATE, false, 10, null)));
    }
}
