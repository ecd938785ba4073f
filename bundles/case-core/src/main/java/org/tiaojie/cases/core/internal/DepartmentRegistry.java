package org.tiaojie.cases.core.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tiaojie.cases.api.spi.DepartmentIntake;

/**
 * The live department intakes, keyed by township and department (keyed whiteboard). Fed by a Blueprint
 * reference-list listener, so it follows plug-ins as they come and go without any start order.
 */
public class DepartmentRegistry {
    private static final Logger LOG = LoggerFactory.getLogger(DepartmentRegistry.class);

    /** A department live in one township. */
    record Live(String township, String department, DepartmentIntake intake) {
    }

    private final Map<String, Live> live = new ConcurrentHashMap<>();

    public void bind(DepartmentIntake intake, Map<String, ?> properties) {
        String township = property(properties, DepartmentIntake.TOWNSHIP);
        String department = property(properties, DepartmentIntake.DEPARTMENT);
        if (township == null || department == null) {
            LOG.warn("Ignoring a DepartmentIntake without '{}' and '{}' service properties: {}",
                    DepartmentIntake.TOWNSHIP, DepartmentIntake.DEPARTMENT, properties);
            return;
        }
        live.put(key(township, department), new Live(township, department, intake));
        LOG.info("Department {} is online in township {}", department, township);
    }

    public void unbind(DepartmentIntake intake, Map<String, ?> properties) {
        String township = property(properties, DepartmentIntake.TOWNSHIP);
        String department = property(properties, DepartmentIntake.DEPARTMENT);
        if (township != null && department != null && live.remove(key(township, department)) != null) {
            LOG.info("Department {} went offline in township {}", department, township);
        }
    }

    /**
     * The live department of the township that takes the category. When several do, the lowest
     * department code wins, so the choice does not depend on registration order.
     */
    Optional<Live> route(String township, String category) {
        return live.values().stream()
                .filter(l -> l.township().equals(township))
                .filter(l -> l.intake().acceptedCategories().contains(category))
                .min(Comparator.comparing(Live::department));
    }

    List<Live> liveIn(String township) {
        return live.values().stream().filter(l -> l.township().equals(township))
                .sorted(Comparator.comparing(Live::department)).toList();
    }

    private static String key(String township, String department) {
        return township + '\u0000' + department;
    }

    private static String property(Map<String, ?> properties, String name) {
        Object value = properties == null ? null : properties.get(name);
        return value == null ? null : value.toString();
    }
}
