package org.tiaojie.mediation.administrative.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.tiaojie.cases.api.spi.DepartmentIntake;

/**
 * The department plug-ins live in a township right now, read from the service registry at each question
 * (whiteboard): a department that leaves mid-request is simply not found, and one enabled a moment ago is.
 */
public class LiveDepartments {
    /** A live department: its code, its name, and whether it handles the category. */
    public record Department(String code, String name) {
    }

    private final BundleContext context;

    public LiveDepartments(BundleContext context) {
        this.context = context;
    }

    /** The live departments of the township that handle the category, by code. */
    public List<Department> handling(String township, String category) {
        List<Department> result = new ArrayList<>();
        for (ServiceReference<DepartmentIntake> ref : references(township)) {
            DepartmentIntake intake = context.getService(ref);
            if (intake == null) {
                continue;
            }
            try {
                if (intake.acceptedCategories().contains(category)) {
                    result.add(new Department(intake.departmentCode(), intake.displayName()));
                }
            } finally {
                context.ungetService(ref);
            }
        }
        result.sort(Comparator.comparing(Department::code));
        return result;
    }

    public Optional<Department> find(String township, String category, String code) {
        return handling(township, category).stream().filter(d -> d.code().equals(code)).findFirst();
    }

    private Collection<ServiceReference<DepartmentIntake>> references(String township) {
        try {
            return context.getServiceReferences(DepartmentIntake.class,
                    "(" + DepartmentIntake.TOWNSHIP + "=" + township.replaceAll("[()*\\\\]", "") + ")");
        } catch (InvalidSyntaxException e) {
            return List.of();
        } catch (IllegalStateException e) {
            // This bundle is stopping: nothing is live for it any more.
            return List.of();
        }
    }
}
