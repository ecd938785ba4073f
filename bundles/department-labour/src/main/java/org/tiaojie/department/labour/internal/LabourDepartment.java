package org.tiaojie.department.labour.internal;

import java.util.List;
import java.util.Set;

import org.tiaojie.cases.api.spi.ConfiguredDepartment;
import org.tiaojie.cases.api.spi.IntakeField;

/**
 * Intake of the labour and social security office — 劳保所/人社. One instance per township where it is
 * enabled, created from a factory configuration {@code org.tiaojie.department.labour-<name>.cfg}.
 */
public class LabourDepartment extends ConfiguredDepartment {

    public LabourDepartment() {
        super("labour", "劳保所", Set.of("LABOUR_WAGES", "ENTERPRISE_RESTRUCTURING"),
                List.of(new IntakeField("employer", "用人单位", IntakeField.Type.TEXT, true, 100, null),
                        new IntakeField("amountOwed", "拖欠金额(元)", IntakeField.Type.MONEY, false, 14, null),
                        new IntakeField("workersAffected", "涉及人数", IntakeField.Type.INTEGER, false, 6, null),
                        new IntakeField("owedSince", "欠薪起始日期", IntakeField.Type.DATE, false, 10, null)));
    }
}
