package org.tiaojie.cases.core.internal;

import org.junit.jupiter.api.Test;
import org.tiaojie.cases.api.PersonalData;
import org.tiaojie.cases.api.Petitioner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class PersonalDataMaskTest {
    @Test
    void masksIdPhoneAndAddressButKeepsNameAndVillage() {
        Petitioner masked = PersonalDataMask.mask(
                new Petitioner("张三", "11010519491231002X", "13812345678", "青山镇河西村三组12号", "341122101201"));
        assertEquals("张三", masked.getName());
        assertEquals("110105**********2X", masked.getIdNumber());
        assertEquals("138****5678", masked.getPhone());
        assertEquals("青山镇河西村****", masked.getAddress());
        assertEquals("341122101201", masked.getVillage());
    }

    @Test
    void masksShortValuesCompletelyAndKeepsAbsentOnesAbsent() {
        assertEquals("*****", PersonalData.phone("12345"));
        assertEquals("****", PersonalData.address("河西村组"));
        assertNull(PersonalData.idNumber(null));
    }
}
