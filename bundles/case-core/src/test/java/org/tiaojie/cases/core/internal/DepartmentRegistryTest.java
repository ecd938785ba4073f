package org.tiaojie.cases.core.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.tiaojie.cases.api.spi.DepartmentIntake;
import org.tiaojie.cases.api.spi.IntakeField;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DepartmentRegistryTest {
    private static DepartmentIntake intake(String code, String... categories) {
        return new DepartmentIntake() {
            public String departmentCode() {
                return code;
            }

            public String displayName() {
                return code;
            }

            public Set<String> acceptedCategories() {
                return Set.of(categories);
            }

            public List<IntakeField> intakeFields() {
                return List.of();
            }

            public int defaultHandlingDays() {
                return 60;
            }
        };
    }

    private static Map<String, Object> props(String township, String department) {
        return Map.of(DepartmentIntake.TOWNSHIP, township, DepartmentIntake.DEPARTMENT, department);
    }

    @Test
    void routesOnlyWithinTheCasesTownshipAndCategory() {
        DepartmentRegistry registry = new DepartmentRegistry();
        registry.bind(intake("land", "LAND_ACQUISITION"), props("A", "land"));
        assertEquals("land", registry.route("A", "LAND_ACQUISITION").orElseThrow().department());
        assertTrue(registry.route("B", "LAND_ACQUISITION").isEmpty(), "another township's department");
        assertTrue(registry.route("A", "LABOUR_WAGES").isEmpty(), "a category nobody takes");
    }

    @Test
    void followsPlugInsLeavingAndChoosesDeterministically() {
        DepartmentRegistry registry = new DepartmentRegistry();
        DepartmentIntake land = intake("land", "FOREST_LAND_DISPUTE");
        registry.bind(land, props("A", "land"));
        registry.bind(intake("forestry", "FOREST_LAND_DISPUTE"), props("A", "forestry"));
        assertEquals("forestry", registry.route("A", "FOREST_LAND_DISPUTE").orElseThrow().department());

        registry.unbind(null, props("A", "forestry"));
        assertEquals("land", registry.route("A", "FOREST_LAND_DISPUTE").orElseThrow().department());
        registry.unbind(land, props("A", "land"));
        assertTrue(registry.route("A", "FOREST_LAND_DISPUTE").isEmpty());
    }

    @Test
    void ignoresRegistrationsWithoutTheirServiceProperties() {
        DepartmentRegistry registry = new DepartmentRegistry();
        registry.bind(intake("land", "LAND_ACQUISITION"), Map.of(DepartmentIntake.DEPARTMENT, "land"));
        assertTrue(registry.liveIn("A").isEmpty());
    }
}
