package org.tiaojie.mediation.administrative.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.tiaojie.cases.api.spi.Department;

/**
 * The department plug-ins live in a township right now, read from the service registry at each question
 * (whiteboard): a department that leaves mid-request is simply not found, and one enabled a moment ago is.
 */
public class LiveDepartments {
    /** A live department: its code, its name, and whether it handles the category. */
    public record LiveDepartment(String code, String name) {
    }

    private final BundleContext context;

    public LiveDepartments(BundleContext context) {
        this.context = context;
    }

    /** The live departments of the township that handle the category, by code. */
    public List<LiveDepartment> handling(String township, String category) {
        List<LiveDepartment> result = new ArrayList<>();
        for (ServiceReference<Department> ref : references(township)) {
            Department intake = context.getService(ref);
            if (intake == null) {
                continue;
            }
            try {
                if (intake.acceptedCategories().contains(category)) {
                    result.add(new LiveDepartment(intake.departmentCode(), intake.displayName()));
                }
            } finally {
                context.ungetService(ref);
            }
        }
        result.sort(Comparator.comparing(LiveDepartment::code));
        return result;
    }

    public Optional<LiveDepartment> find(String township, String category, String code) {
        return handling(township, category).stream().filter(d -> d.code().equals(code)).findFirst();
    }

    private Collection<ServiceReference<Department>> references(String township) {
        try {
            return context.getServiceReferences(Department.class,
                    "(" + Department.TOWNSHIP + "=" + township.replaceAll("[()*\\\\]", "") + ")");
        } catch (InvalidSyntaxException e) {
            return List.of();
        } catch (IllegalStateException e) {
            // This bundle is stopping: nothing is live for it any more.
            return List.of();
        }
    }
}
