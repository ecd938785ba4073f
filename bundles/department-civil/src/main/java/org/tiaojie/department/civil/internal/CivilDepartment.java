package org.tiaojie.department.civil.internal;

import java.util.List;
import java.util.Set;

import org.tiaojie.cases.api.spi.ConfiguredDepartment;
import org.tiaojie.cases.api.spi.IntakeField;

/**
 * Intake of the civil affairs office — 民政办. One instance per township where it is enabled, created
 * from a factory configuration {@code org.tiaojie.department.civil-<name>.cfg}.
 */
public class CivilDepartment extends ConfiguredDepartment {

    public CivilDepartment() {
        super("civil", "民政办", Set.of("SOCIAL_ASSISTANCE", "VETERANS"),
                List.of(new IntakeField("assistanceType", "救助类别(低保/特困/临时救助/优抚)", IntakeField.Type.TEXT, false, 20, null),
                        new IntakeField("householdSize", "家庭人口", IntakeField.Type.INTEGER, false, 3, null)));
    }
}
