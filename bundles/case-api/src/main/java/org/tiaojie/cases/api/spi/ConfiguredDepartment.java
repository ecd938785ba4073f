package org.tiaojie.cases.api.spi;

import java.util.List;
import java.util.Set;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * The usual shape of a department plug-in: fixed categories and fields, and a handling limit that each
 * township's factory configuration may shorten ({@code handlingDays}). A department bundle extends it with
 * its constants and declares a Blueprint managed-service-factory with the factory PID
 * {@code org.tiaojie.department.<code>} (see {@link Department#FACTORY_PID_PREFIX}).
 */
@ConsumerType
public abstract class ConfiguredDepartment implements Department {
    /** The statutory handling limit [《信访工作条例》 32], the most a township may configure. */
    public static final int STATUTORY_HANDLING_DAYS = 60;

    private final String code;
    private final String displayName;
    private final Set<String> categories;
    private final List<IntakeField> fields;
    private volatile int handlingDays = STATUTORY_HANDLING_DAYS;

    protected ConfiguredDepartment(String code, String displayName, Set<String> categories,
                                         List<IntakeField> fields) {
        this.code = code;
        this.displayName = displayName;
        this.categories = Set.copyOf(categories);
        this.fields = List.copyOf(fields);
    }

    /** Set from the township's factory configuration; local practice may shorten the statutory limit. */
    public void setHandlingDays(int handlingDays) {
        if (handlingDays < 1 || handlingDays > STATUTORY_HANDLING_DAYS) {
            throw new IllegalArgumentException("handlingDays must be between 1 and the statutory "
                    + STATUTORY_HANDLING_DAYS);
        }
        this.handlingDays = handlingDays;
    }

    @Override
    public String departmentCode() {
        return code;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    @Override
    public Set<String> acceptedCategories() {
        return categories;
    }

    @Override
    public List<IntakeField> intakeFields() {
        return fields;
    }

    @Override
    public int defaultHandlingDays() {
        return handlingDays;
    }
}
