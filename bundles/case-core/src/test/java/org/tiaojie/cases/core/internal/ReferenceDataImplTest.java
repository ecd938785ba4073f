package org.tiaojie.cases.core.internal;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tiaojie.cases.api.Category;
import org.tiaojie.cases.api.Township;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
