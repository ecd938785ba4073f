package org.tiaojie.cases.core.internal;

import java.util.Hashtable;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tiaojie.cases.api.Category;
import org.tiaojie.cases.api.ErrorCode;
import org.tiaojie.cases.api.TiaojieException;
import org.tiaojie.cases.api.Township;
import org.tiaojie.cases.api.Village;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReferenceDataImplTest {
    @Test
    void categoriesKeepTheConfiguredOrderNotTheAlphabet() {
        Map<String, Category> categories = ReferenceDataImpl.parseCategories(Map.of(
                "category.100.ENVIRONMENT", "环境保护",
                "category.20.LABOUR_WAGES", "劳动社保/欠薪",
                "category.3.LAND_ACQUISITION", "征地拆迁",
                "category.x.BROKEN", "ignored",
                "service.pid", "org.tiaojie.taxonomy"));
        assertEquals(List.of("LAND_ACQUISITION", "LABOUR_WAGES", "ENVIRONMENT"), List.copyOf(categories.keySet()));
    }

    @Test
    void townshipsComeFromTownshipKeysOnly() {
        Map<String, Township> townships = ReferenceDataImpl.parseTownships(Map.of(
                "county.code", "341122", "township.341122102", "白水乡", "township.341122101", "青山镇"));
        assertEquals(List.of(new Township("341122101", "青山镇"), new Township("341122102", "白水乡")),
                List.copyOf(townships.values()));
    }

    @Test
    void villagesBelongToTheirTownshipInCodeOrder() {
        ReferenceDataImpl data = new ReferenceDataImpl();
        data.load(Map.of("township.341122101", "青山镇", "village.341122101.341122101202", "河东村",
                "village.341122101.341122101201", "河西村", "village.341122999.341122999201", "无主村"), Map.of());
        assertEquals(List.of(new Village("341122101201", "河西村", "341122101"),
                new Village("341122101202", "河东村", "341122101")), data.villages("341122101"));
        assertEquals(List.of(), data.villages("341122999"), "villages of a township not in the jurisdiction");
        assertEquals(List.of(), data.villages(null));
    }

    @Test
    void intakeIsRefusedAsRetryableUntilBothConfigurationsHaveArrived() throws Exception {
        ReferenceDataImpl data = new ReferenceDataImpl();
        Hashtable<String, Object> towns = new Hashtable<>();
        towns.put("township.341122101", "青山镇");
        data.jurisdictionListener().updated(towns);
        TiaojieException early = assertThrows(
                TiaojieException.class, data::requireLoaded);
        assertEquals(ErrorCode.SERVICE_UNAVAILABLE, early.code());
        assertTrue(early.getMessage().contains(ReferenceDataImpl.TAXONOMY_PID), early.getMessage());

        Hashtable<String, Object> taxonomy = new Hashtable<>();
        taxonomy.put("category.10.LAND_ACQUISITION", "征地拆迁");
        data.taxonomyListener().updated(taxonomy);
        data.requireLoaded();
        assertTrue(data.loaded());

        data.taxonomyListener().updated(null);
        assertFalse(data.loaded(), "a deleted configuration makes master data unavailable again");
    }
}
