package org.tiaojie.cases.core.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.tiaojie.cases.api.PetitionForm;
import org.tiaojie.cases.api.FieldViolation;
import org.tiaojie.cases.api.IntakeRequest;
import org.tiaojie.cases.api.Petitioner;
import org.tiaojie.cases.api.spi.Department;
import org.tiaojie.cases.api.spi.IntakeField;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IntakeValidatorTest {
    static ReferenceDataImpl referenceData() {
        ReferenceDataImpl data = new ReferenceDataImpl();
        java.util.Hashtable<String, Object> towns = new java.util.Hashtable<>();
        towns.put("township.341122101", "青山镇");
        java.util.Hashtable<String, Object> taxonomy = new java.util.Hashtable<>();
        taxonomy.put("category.10.LAND_ACQUISITION", "征地拆迁");
        taxonomy.put("category.20.LABOUR_WAGES", "劳动社保/欠薪");
        try {
            data.jurisdictionListener().updated(towns);
            data.taxonomyListener().updated(taxonomy);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return data;
    }

    static IntakeRequest valid() {
        IntakeRequest r = new IntakeRequest();
        r.setTownship("341122101");
        r.setPetitionForm(PetitionForm.VISIT);
        r.setCategory("LAND_ACQUISITION");
        r.setContent("征地补偿款未按协议发放");
        r.getPetitioners().add(new Petitioner("张三", "11010519491231002X", "13812345678", "青山镇河西村", null));
        return r;
    }

    private static final java.time.LocalDate TODAY = java.time.LocalDate.parse("2026-12-02");
    private final IntakeValidator validator = new IntakeValidator(referenceData());

    private static Set<String> fields(List<FieldViolation> violations) {
        return violations.stream().map(v -> v.getField() + ":" + v.getCode()).collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void acceptsACompleteIntake() {
        assertEquals(List.of(), validator.validate(valid(), TODAY));
    }

    @Test
    void reportsEveryMissingFieldAtOnce() {
        IntakeRequest r = new IntakeRequest();
        assertEquals(Set.of("township:REQUIRED", "petitionForm:REQUIRED", "category:REQUIRED", "petitioners:REQUIRED",
                "content:REQUIRED"), fields(validator.validate(r, TODAY)));
    }

    @Test
    void refusesUnknownTownshipAndCategory() {
        IntakeRequest r = valid();
        r.setTownship("999");
        r.setCategory("ALIENS");
        assertEquals(Set.of("township:UNKNOWN_VALUE", "category:UNKNOWN_VALUE"), fields(validator.validate(r, TODAY)));
    }

    @Test
    void checksPetitionersIdNumberPhoneAndCount() {
        IntakeRequest r = valid();
        r.getPetitioners().get(0).setIdNumber("110105194912310021");
        r.getPetitioners().get(0).setPhone("12345");
        for (int i = 0; i < 5; i++) {
            r.getPetitioners().add(new Petitioner("代表" + i, null, null, null, null));
        }
        assertEquals(Set.of("petitioners[0].idNumber:INVALID_FORMAT", "petitioners[0].phone:INVALID_FORMAT",
                "petitioners:OUT_OF_RANGE"), fields(validator.validate(r, TODAY)));
    }

    @Test
    void aCollectivePetitionCountsItsPeopleBeyondItsRepresentatives() {
        IntakeRequest r = valid();
        r.setHeadCount(40);
        assertEquals(List.of(), validator.validate(r, TODAY), "forty people, one representative");
        r.setHeadCount(0);
        assertEquals(Set.of("headCount:OUT_OF_RANGE"), fields(validator.validate(r, TODAY)));
        r.getPetitioners().add(new Petitioner("李四", null, null, null, null));
        r.setHeadCount(1);
        assertEquals(Set.of("headCount:OUT_OF_RANGE"), fields(validator.validate(r, TODAY)), "fewer people than petitioners");
    }

    @Test
    void aDifferentMatterCannotAlsoBeARepeat() {
        IntakeRequest r = valid();
        r.setDifferentMatter(true);
        r.setRepeatOf("0b7c4a9e-0000-4000-8000-000000000001");
        assertEquals(Set.of("repeatOf:INVALID_FORMAT"), fields(validator.validate(r, TODAY)));
    }

    @Test
    void refusesMalformedIdempotencyKeyAndOverlongContent() {
        IntakeRequest r = valid();
        r.setIdempotencyKey("short");
        r.setContent("x".repeat(IntakeValidator.MAX_CONTENT + 1));
        assertEquals(Set.of("idempotencyKey:INVALID_FORMAT", "content:TOO_LONG"), fields(validator.validate(r, TODAY)));
    }

    @Test
    void checksTheDepartmentsDeclaredFields() {
        Department wages = new Department() {
            public String departmentCode() {
                return "labour";
            }

            public String displayName() {
                return "劳保所";
            }

            public Set<String> acceptedCategories() {
                return Set.of("LABOUR_WAGES");
            }

            public List<IntakeField> intakeFields() {
                return List.of(new IntakeField("employer", "用人单位", IntakeField.Type.TEXT, true, 100, null),
                        new IntakeField("amountOwed", "拖欠金额", IntakeField.Type.MONEY, true, 15, null),
                        new IntakeField("since", "拖欠起始日期", IntakeField.Type.DATE, false, 10, null));
            }

            public int defaultHandlingDays() {
                return 30;
            }
        };
        IntakeRequest r = valid();
        r.setDepartmentFields(Map.of("amountOwed", "12,000", "since", "2026-13-01", "colour", "red"));
        assertEquals(Set.of("departmentFields.employer:REQUIRED", "departmentFields.amountOwed:INVALID_FORMAT",
                        "departmentFields.since:INVALID_FORMAT", "departmentFields.colour:UNKNOWN_VALUE"),
                fields(validator.validateDepartmentFields(r, wages)));

        r.setDepartmentFields(Map.of("employer", "青山砖厂", "amountOwed", "12000.50", "since", "2026-03-01"));
        assertTrue(validator.validateDepartmentFields(r, wages).isEmpty());
    }
}
