package org.tiaojie.department.forestry.internal;

import java.util.List;
import java.util.Set;

import org.tiaojie.cases.api.spi.ConfiguredDepartment;
import org.tiaojie.cases.api.spi.IntakeField;

/**
 * Intake of the forestry station — 林业站. One instance per township where it is enabled, created from a
 * factory configuration {@code org.tiaojie.department.forestry-<name>.cfg}.
 */
public class ForestryDepartment extends ConfiguredDepartment {

    public ForestryDepartment() {
        super("forestry", "林业站", Set.of("FOREST_LAND_DISPUTE"),
                List.of(new IntakeField("forestLocation", "林地位置(小班号/四至)", IntakeField.Type.TEXT, true, 200, null),
                        new IntakeField("forestRightCertificate", "林权证号", IntakeField.Type.TEXT, false, 60, "[0-9A-Za-z()（）-]+"),
                        new IntakeField("areaMu", "涉及面积(亩)", IntakeField.Type.MONEY, false, 12, null)));
    }
}
