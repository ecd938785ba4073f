package org.tiaojie.cases.core.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tiaojie.cases.api.spi.Department;

/**
 * The live department intakes (keyed whiteboard). Fed by a Blueprint reference-list listener, so it
 * follows plug-ins as they come and go without any start order. It keeps the service references and
 * reads their {@code township} and {@code department} properties at each lookup, so a registration whose
 * configuration is edited at run time (another township) is re-keyed at once, and two registrations with
 * the same key cannot hide each other.
 */
public class DepartmentRegistry {
    private static final Logger LOG = LoggerFactory.getLogger(DepartmentRegistry.class);

    /** A department live in one township, as seen at the moment of the lookup. */
    record Live(String township, String department, Department intake) {
    }

    /** Gets and releases service objects; the bundle context in the container, a map in tests. */
    interface Services {
        Department get(ServiceReference<Department> reference);

        void unget(ServiceReference<Department> reference);
    }

    private final Services services;
    private final Map<ServiceReference<Department>, Department> live = new ConcurrentHashMap<>();
    private final List<Consumer<Live>> onlineListeners = new CopyOnWriteArrayList<>();

    public DepartmentRegistry(BundleContext context) {
        this(new Services() {
            @Override
            public Department get(ServiceReference<Department> reference) {
                return context.getService(reference);
            }

            @Override
            public void unget(ServiceReference<Department> reference) {
                context.ungetService(reference);
            }
        });
    }

    DepartmentRegistry(Services services) {
        this.services = services;
    }

    public void bind(ServiceReference<Department> reference) {
        Department intake = services.get(reference);
        if (intake == null) {
            return; // unregistered in the meantime
        }
        live.put(reference, intake);
        Optional<Live> now = describe(reference, intake);
        if (now.isEmpty()) {
            LOG.warn("A Department without '{}' and '{}' service properties is not routed to: {}",
                    Department.TOWNSHIP, Department.DEPARTMENT, reference);
            return;
        }
        LOG.info("Department {} is online in township {}", now.get().department(), now.get().township());
        for (Consumer<Live> listener : onlineListeners) {
            listener.accept(now.get());
        }
    }

    public void unbind(ServiceReference<Department> reference) {
        Department intake = live.remove(reference);
        if (intake != null) {
            describe(reference, intake).ifPresent(l ->
                    LOG.info("Department {} went offline in township {}", l.department(), l.township()));
            services.unget(reference);
        }
    }

    /** Told of every department that comes online, after it is routable. */
    void onOnline(Consumer<Live> listener) {
        onlineListeners.add(listener);
    }

    /** Every live department, as its properties say now. */
    List<Live> all() {
        List<Live> result = new ArrayList<>();
        live.forEach((reference, intake) -> describe(reference, intake).ifPresent(result::add));
        result.sort(Comparator.comparing(Live::township).thenComparing(Live::department));
        return result;
    }

    /**
     * The live department of the township that takes the category. When several do, the lowest
     * department code wins, so the choice does not depend on registration order.
     */
    Optional<Live> route(String township, String category) {
        return all().stream()
                .filter(l -> l.township().equals(township))
                .filter(l -> l.intake().acceptedCategories().contains(category))
                .min(Comparator.comparing(Live::department));
    }

    List<Live> liveIn(String township) {
        return all().stream().filter(l -> l.township().equals(township)).toList();
    }

    /** Read on every case view: looks at the registrations directly, without building the sorted list. */
    Optional<Live> find(String township, String department) {
        for (Map.Entry<ServiceReference<Department>, Department> e : live.entrySet()) {
            Optional<Live> l = describe(e.getKey(), e.getValue());
            if (l.isPresent() && l.get().township().equals(township) && l.get().department().equals(department)) {
                return l;
            }
        }
        return Optional.empty();
    }

    boolean isLive(String township, String department) {
        return find(township, department).isPresent();
    }

    private static Optional<Live> describe(ServiceReference<Department> reference, Department intake) {
        Object township = reference.getProperty(Department.TOWNSHIP);
        Object department = reference.getProperty(Department.DEPARTMENT);
        if (township == null || department == null || township.toString().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new Live(township.toString().trim(), department.toString().trim(), intake));
    }
}
