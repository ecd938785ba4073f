package org.tiaojie.department.land.internal;

import java.util.List;
import java.util.Set;

import org.tiaojie.cases.api.spi.DepartmentIntake;
import org.tiaojie.cases.api.spi.IntakeField;

/**
 * Intake of the land and resources office — 国土所. One instance per township where it is enabled,
 * created from a factory configuration {@code org.tiaojie.department.land-<name>.cfg}.
 */
public class LandIntake implements DepartmentIntake {
    static final String CODE = "land";
    static final Set<String> CATEGORIES = Set.of(
            "LAND_ACQUISITION", "FOREST_LAND_DISPUTE", "MINE_RIGHTS_DISPUTE", "HOUSING_HOMESTEAD");
    static final List<IntakeField> FIELDS = List.of(
            new IntakeField("landLocation", "地块位置(四至)", IntakeField.Type.TEXT, true, 200, null),
            new IntakeField("parcelNumber", "地块编号", IntakeField.Type.TEXT, false, 40, "[0-9A-Za-z-]+"),
            new IntakeField("certificateNumber", "不动产权证号/土地证号", IntakeField.Type.TEXT, false, 60, null),
            new IntakeField("areaMu", "涉及面积(亩)", IntakeField.Type.MONEY, false, 12, null));

    private volatile int handlingDays = 60;

    /** Local practice may shorten the statutory 60 days; set from the factory configuration. */
    public void setHandlingDays(int handlingDays) {
        if (handlingDays < 1 || handlingDays > 60) {
            throw new IllegalArgumentException("handlingDays must be between 1 and the statutory 60");
        }
        this.handlingDays = handlingDays;
    }

    @Override
    public String departmentCode() {
        return CODE;
    }

    @Override
    public String displayName() {
        return "国土所";
    }

    @Override
    public Set<String> acceptedCategories() {
        return CATEGORIES;
    }

    @Override
    public List<IntakeField> intakeFields() {
        return FIELDS;
    }

    @Override
    public int defaultHandlingDays() {
        return handlingDays;
    }
}
