package org.tiaojie.cases.core.internal;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.osgi.framework.ServiceReference;
import org.tiaojie.cases.api.spi.Department;
import org.tiaojie.cases.api.spi.IntakeField;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DepartmentRegistryTest {
    private static Department intake(String code, String... categories) {
        return new Department() {
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

    private final Map<ServiceReference<Department>, Department> services = new HashMap<>();
    private final List<ServiceReference<Department>> released = new ArrayList<>();
    private final DepartmentRegistry registry = new DepartmentRegistry(new DepartmentRegistry.Services() {
        @Override
        public Department get(ServiceReference<Department> reference) {
            return services.get(reference);
        }

        @Override
        public void unget(ServiceReference<Department> reference) {
            released.add(reference);
        }
    });

    /** A registration whose properties the test may change, as Config Admin would. */
    @SuppressWarnings("unchecked")
    private ServiceReference<Department> register(Department intake, Map<String, Object> properties) {
        Map<String, Object> live = new HashMap<>(properties);
        ServiceReference<Department> reference = (ServiceReference<Department>) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[]{ServiceReference.class}, (proxy, method, args) ->
                        switch (method.getName()) {
                            case "getProperty" -> live.get((String) args[0]);
                            case "hashCode" -> System.identityHashCode(proxy);
                            case "equals" -> proxy == args[0];
                            case "toString" -> live.toString();
                            case "getPropertyKeys" -> live.keySet().toArray(new String[0]);
                            default -> throw new UnsupportedOperationException(method.getName());
                        });
        propertiesOf.put(reference, live);
        services.put(reference, intake);
        registry.bind(reference);
        return reference;
    }

    private final Map<ServiceReference<Department>, Map<String, Object>> propertiesOf = new HashMap<>();


    private static Map<String, Object> props(String township, String department) {
        return Map.of(Department.TOWNSHIP, township, Department.DEPARTMENT, department);
    }

    @Test
    void routesOnlyWithinTheCasesTownshipAndCategory() {
        register(intake("land", "LAND_ACQUISITION"), props("A", "land"));
        assertEquals("land", registry.route("A", "LAND_ACQUISITION").orElseThrow().department());
        assertTrue(registry.route("B", "LAND_ACQUISITION").isEmpty(), "another township's department");
        assertTrue(registry.route("A", "LABOUR_WAGES").isEmpty(), "a category nobody takes");
    }

    @Test
    void followsPlugInsLeavingAndChoosesDeterministically() {
        ServiceReference<Department> land = register(intake("land", "FOREST_LAND_DISPUTE"), props("A", "land"));
        ServiceReference<Department> forestry = register(intake("forestry", "FOREST_LAND_DISPUTE"),
                props("A", "forestry"));
        assertEquals("forestry", registry.route("A", "FOREST_LAND_DISPUTE").orElseThrow().department());

        registry.unbind(forestry);
        assertEquals("land", registry.route("A", "FOREST_LAND_DISPUTE").orElseThrow().department());
        registry.unbind(land);
        assertTrue(registry.route("A", "FOREST_LAND_DISPUTE").isEmpty());
        assertEquals(List.of(forestry, land), released, "every service object is released");
    }

    @Test
    void aRegistrationMovedToAnotherTownshipIsReKeyedAtOnce() {
        ServiceReference<Department> land = register(intake("land", "LAND_ACQUISITION"), props("A", "land"));
        propertiesOf.get(land).put(Department.TOWNSHIP, "B"); // its .cfg edited: service MODIFIED
        assertTrue(registry.route("A", "LAND_ACQUISITION").isEmpty());
        assertEquals("B", registry.route("B", "LAND_ACQUISITION").orElseThrow().township());
    }

    @Test
    void twoRegistrationsWithTheSameKeyDoNotHideEachOther() {
        ServiceReference<Department> first = register(intake("land", "LAND_ACQUISITION"), props("A", "land"));
        register(intake("land", "LAND_ACQUISITION"), props("A", "land"));
        registry.unbind(first);
        assertTrue(registry.isLive("A", "land"), "the second .cfg for the same township still serves it");
    }

    @Test
    void ignoresRegistrationsWithoutTheirServicePropertiesAndTellsOfArrivals() {
        List<String> online = new ArrayList<>();
        registry.onOnline(l -> online.add(l.township() + "/" + l.department()));
        register(intake("land", "LAND_ACQUISITION"), Map.of(Department.DEPARTMENT, "land"));
        assertTrue(registry.liveIn("A").isEmpty());
        register(intake("water", "WATER_CONSERVANCY"), props("B", "water"));
        assertEquals(List.of("B/water"), online);
    }
}
