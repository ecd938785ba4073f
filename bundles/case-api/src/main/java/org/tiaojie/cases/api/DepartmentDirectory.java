package org.tiaojie.cases.api;

import org.osgi.annotation.versioning.ProviderType;

import java.util.List;

/**
 * Which departments serve which township, and switching them on and off per township — 部门目录. Enabling
 * writes the department's factory configuration for the township (the same as dropping
 * {@code etc/org.tiaojie.department.<code>-<name>.cfg}); disabling deletes it. Cases are never touched:
 * a disabled department's open cases show DEPARTMENT_OFFLINE until it returns or they are reassigned.
 */
@ProviderType
public interface DepartmentDirectory {

    /**
     * Every department installed in the platform or enabled for the township, with its state there.
     *
     * @throws TiaojieException {@link ErrorCode#ACCESS_DENIED} outside the actor's townships
     */
    List<DepartmentStatus> departments(Actor actor, String township);

    /**
     * Enables an installed department for the township, or changes its handling limit. Idempotent.
     *
     * @param handlingDays the township's handling limit for it, null for the statutory 60
     * @throws ValidationException unknown township, a department that is not installed, a limit out of range
     * @throws TiaojieException    {@link ErrorCode#ACCESS_DENIED} for anyone but an operator
     */
    DepartmentStatus enable(Actor actor, String township, String department, Integer handlingDays);

    /**
     * Disables the department for the township. Idempotent.
     *
     * @throws TiaojieException {@link ErrorCode#ACCESS_DENIED} for anyone but an operator
     */
    DepartmentStatus disable(Actor actor, String township, String department);

    /**
     * The departments that configuration enables but that are not live yet, for readiness: each
     * {@code (township, department)} whose factory configuration exists, with {@link DepartmentStatus#isInstalled()}
     * telling whether its bundle is in the framework at all (a configuration without its bundle cannot become live
     * until the operator installs the feature). Needs no actor: it names departments, nothing else.
     */
    List<DepartmentStatus> awaited();
}
