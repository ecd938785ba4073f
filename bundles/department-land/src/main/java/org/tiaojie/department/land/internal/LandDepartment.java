package org.tiaojie.department.land.internal;

import java.util.List;
import java.util.Set;

import org.tiaojie.cases.api.spi.ConfiguredDepartment;
import org.tiaojie.cases.api.spi.IntakeField;

/**
 * Intake of the land and resources office — 国土所. One instance per township where it is enabled,
 * created from a factory configuration {@code org.tiaojie.department.land-<name>.cfg}.
 */
public class LandDepartment extends ConfiguredDepartment {

    public LandDepartment() {
        super("land", "国土所",
                Set.of("LAND_ACQUISITION", "FOREST_LAND_DISPUTE", "MINE_RIGHTS_DISPUTE", "HOUSING_HOMESTEAD"),
                List.of(new IntakeField("landLocation", "地块位置(四至)", IntakeField.Type.TEXT, true, 200, null),
                        new IntakeField("parcelNumber", "地块编号", IntakeField.Type.TEXT, false, 40, "[0-9A-Za-z-]+"),
                        new IntakeField("certificateNumber", "不动产权证号/土地证号", IntakeField.Type.TEXT, false, 60, null),
                        new IntakeField("areaMu", "涉及面积(亩)", IntakeField.Type.MONEY, false, 12, null)));
    }
}
