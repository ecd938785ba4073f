package org.tiaojie.department.water.internal;

import java.util.List;
import java.util.Set;

import org.tiaojie.cases.api.spi.ConfiguredDepartment;
import org.tiaojie.cases.api.spi.IntakeField;

/**
 * Intake of the water station — 水利站. One instance per township where it is enabled, created from a
 * factory configuration {@code org.tiaojie.department.water-<name>.cfg}.
 */
public class WaterDepartment extends ConfiguredDepartment {

    public WaterDepartment() {
        super("water", "水利站", Set.of("WATER_CONSERVANCY"),
                List.of(new IntakeField("facility", "涉及水利设施/河段", IntakeField.Type.TEXT, true, 100, null),
                        new IntakeField("irrigatedAreaMu", "受影响灌溉面积(亩)", IntakeField.Type.MONEY, false, 12, null)));
    }
}
