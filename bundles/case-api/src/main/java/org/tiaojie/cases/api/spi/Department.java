package org.tiaojie.cases.api.spi;

import java.util.List;
import java.util.Set;

import org.tiaojie.cases.api.FieldViolation;
import org.tiaojie.cases.api.IntakeRequest;

/**
 * A functional department in one township — 职能部门 — that takes the cases of its categories. Registered once per township where
 * the department is enabled, with the service properties {@value #DEPARTMENT} (department code, e.g.
 * {@code land}) and {@value #TOWNSHIP} (township code). The core routes a new case to the live
 * department of its township that accepts its category. ("Intake" is registering a petition, 登记: this type was
 * {@code DepartmentIntake} before the contract's 3.0.0.)
 */
public interface Department {
    /** Service property: the department code. */
    String DEPARTMENT = "department";
    /** Service property: the township code this registration serves. */
    String TOWNSHIP = "township";
    /**
     * A department bundle creates its registrations from factory configurations with the factory PID
     * {@code org.tiaojie.department.<code>}, one per township ({@code township = <code>}); operators
     * enable and disable departments per township through that convention.
     */
    String FACTORY_PID_PREFIX = "org.tiaojie.department.";

    /** Department code, equal to the {@value #DEPARTMENT} service property. */
    String departmentCode();

    /** zh-CN name, e.g. 国土所. */
    String displayName();

    /** Category codes this department takes. */
    Set<String> acceptedCategories();

    /** Extra fields a matter for this department needs at registration (intake). */
    List<IntakeField> intakeFields();

    /**
     * Checks the request's department fields beyond what {@link #intakeFields()} declares (cross-field
     * rules). Called before anything is written; returns an empty list when the request is fine.
     */
    default List<FieldViolation> check(IntakeRequest request) {
        return List.of();
    }

    /** Handling limit in days this department applies unless the case says otherwise. */
    int defaultHandlingDays();
}
