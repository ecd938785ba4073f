package org.tiaojie.cases.core.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.tiaojie.cases.api.FieldViolation;
import org.tiaojie.cases.api.IntakeRequest;
import org.tiaojie.cases.api.Petitioner;
import org.tiaojie.cases.api.ReferenceData;
import org.tiaojie.cases.api.ResidentIdNumber;
import org.tiaojie.cases.api.spi.Department;
import org.tiaojie.cases.api.spi.IntakeField;

import static org.tiaojie.cases.api.FieldViolation.INVALID_FORMAT;
import static org.tiaojie.cases.api.FieldViolation.OUT_OF_RANGE;
import static org.tiaojie.cases.api.FieldViolation.REQUIRED;
import static org.tiaojie.cases.api.FieldViolation.TOO_LONG;
import static org.tiaojie.cases.api.FieldViolation.UNKNOWN_VALUE;

/** Checks an intake as a whole and reports every problem at once, so a clerk fixes the form in one go. */
final class IntakeValidator {
    /** Art. 20 of the 2022 regulation: a group chooses at most five representatives. */
    static final int MAX_PETITIONERS = 5;
    /** 集体访: five or more people on the same matter (the usual threshold of local statistics rules). */
    static final int COLLECTIVE_MIN_PERSONS = 5;
    static final int MAX_HEAD_COUNT = 10_000;
    static final int MAX_CONTENT = 8000;
    static final int MAX_DEMANDS = 2000;

    private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[A-Za-z0-9_-]{8,64}");
    private static final Pattern FIELD_KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,63}");
    private static final Pattern MONEY = Pattern.compile("\\d{1,12}(\\.\\d{1,2})?");
    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,18}");

    private final ReferenceData referenceData;

    IntakeValidator(ReferenceData referenceData) {
        this.referenceData = referenceData;
    }

    List<FieldViolation> validate(IntakeRequest request, LocalDate today) {
        List<FieldViolation> violations = new ArrayList<>();
        if (request == null) {
            violations.add(new FieldViolation("request", REQUIRED, "the intake form is missing"));
            return violations;
        }
        String key = request.getIdempotencyKey();
        if (key != null && !IDEMPOTENCY_KEY.matcher(key).matches()) {
            violations.add(new FieldViolation("idempotencyKey", INVALID_FORMAT,
                    "8 to 64 letters, digits, '-' or '_'"));
        }
        if (isBlank(request.getTownship())) {
            violations.add(new FieldViolation("township", REQUIRED, "the township the matter belongs to is required"));
        } else if (referenceData.township(request.getTownship()).isEmpty()) {
            violations.add(new FieldViolation("township", UNKNOWN_VALUE,
                    "unknown township code '" + request.getTownship() + "'"));
        }
        if (request.getPetitionForm() == null) {
            violations.add(new FieldViolation("petitionForm", REQUIRED, "one of LETTER, VISIT, PHONE, ONLINE"));
        }
        if (isBlank(request.getCategory())) {
            violations.add(new FieldViolation("category", REQUIRED, "a category from the taxonomy is required"));
        } else if (referenceData.category(request.getCategory()).isEmpty()) {
            violations.add(new FieldViolation("category", UNKNOWN_VALUE,
                    "unknown category '" + request.getCategory() + "'"));
        }
        validatePetitioners(request.getPetitioners(), today, violations);
        Integer headCount = request.getHeadCount();
        if (headCount != null && (headCount < Math.max(1, request.getPetitioners().size()) || headCount > MAX_HEAD_COUNT)) {
            violations.add(new FieldViolation("headCount", OUT_OF_RANGE, "at least the number of petitioners listed ("
                    + request.getPetitioners().size() + ") and at most " + MAX_HEAD_COUNT));
        }
        if (Boolean.TRUE.equals(request.getDifferentMatter()) && request.getRepeatOf() != null) {
            violations.add(new FieldViolation("repeatOf", INVALID_FORMAT,
                    "either a different matter or a repeat of an earlier case, not both"));
        }
        text(violations, "content", request.getContent(), true, MAX_CONTENT);
        text(violations, "demands", request.getDemands(), false, MAX_DEMANDS);
        for (Map.Entry<String, String> field : request.getDepartmentFields().entrySet()) {
            String path = "departmentFields." + field.getKey();
            if (field.getKey() == null || !FIELD_KEY.matcher(field.getKey()).matches()) {
                violations.add(new FieldViolation(path, INVALID_FORMAT, "field keys are letters, digits and '_'"));
            }
            text(violations, path, field.getValue(), false, 500);
        }
        return violations;
    }

    private void validatePetitioners(List<Petitioner> petitioners, LocalDate today, List<FieldViolation> violations) {
        if (petitioners.isEmpty()) {
            violations.add(new FieldViolation("petitioners", REQUIRED, "at least one petitioner is required"));
            return;
        }
        if (petitioners.size() > MAX_PETITIONERS) {
            violations.add(new FieldViolation("petitioners", OUT_OF_RANGE,
                    "at most " + MAX_PETITIONERS + " petitioners (representatives of a group) per case"));
        }
        for (int i = 0; i < petitioners.size(); i++) {
            String path = "petitioners[" + i + "]";
            Petitioner p = petitioners.get(i);
            if (p == null) {
                violations.add(new FieldViolation(path, REQUIRED, "empty petitioner"));
                continue;
            }
            text(violations, path + ".name", p.getName(), true, 50);
            if (!isBlank(p.getIdNumber()) && !ResidentIdNumber.isValid(p.getIdNumber(), today)) {
                violations.add(new FieldViolation(path + ".idNumber", INVALID_FORMAT,
                        "not a valid 18-character resident ID number (check digit)"));
            }
            if (!isBlank(p.getPhone())) {
                String phone = p.getPhone().trim();
                if (!ResidentIdNumber.isPhone(phone)) {
                    violations.add(new FieldViolation(path + ".phone", INVALID_FORMAT,
                            "a mobile number (11 digits) or a landline with area code"));
                }
            }
            text(violations, path + ".address", p.getAddress(), false, 200);
            text(violations, path + ".village", p.getVillage(), false, 20);
        }
    }

    /** Checks the extra fields the department that will handle the case declares. */
    List<FieldViolation> validateDepartmentFields(IntakeRequest request, Department department) {
        List<FieldViolation> violations = new ArrayList<>();
        Map<String, String> values = request.getDepartmentFields();
        Set<String> declared = department.intakeFields().stream().map(IntakeField::key).collect(Collectors.toSet());
        for (IntakeField field : department.intakeFields()) {
            String path = "departmentFields." + field.key();
            String value = values.get(field.key());
            if (isBlank(value)) {
                if (field.required()) {
                    violations.add(new FieldViolation(path, REQUIRED,
                            field.label() + " is required by " + department.displayName()));
                }
                continue;
            }
            if (value.length() > field.maxLength()) {
                violations.add(new FieldViolation(path, TOO_LONG, "at most " + field.maxLength() + " characters"));
                continue;
            }
            String typeProblem = typeProblem(field.type(), value.trim());
            if (typeProblem != null) {
                violations.add(new FieldViolation(path, INVALID_FORMAT, typeProblem));
            } else if (field.pattern() != null && !value.trim().matches(field.pattern())) {
                violations.add(new FieldViolation(path, INVALID_FORMAT, field.label() + " does not match " + field.pattern()));
            }
        }
        for (String key : values.keySet()) {
            if (!declared.contains(key)) {
                violations.add(new FieldViolation("departmentFields." + key, UNKNOWN_VALUE,
                        department.displayName() + " does not ask for this field"));
            }
        }
        violations.addAll(department.check(request));
        return violations;
    }

    private static String typeProblem(IntakeField.Type type, String value) {
        switch (type) {
            case INTEGER:
                return INTEGER.matcher(value).matches() ? null : "a whole number";
            case MONEY:
                return MONEY.matcher(value).matches() && new BigDecimal(value).signum() >= 0
                        ? null : "an amount in yuan, e.g. 12000.50";
            case DATE:
                try {
                    LocalDate.parse(value);
                    return null;
                } catch (DateTimeParseException e) {
                    return "a date as yyyy-MM-dd";
                }
            default:
                return null;
        }
    }

    private static void text(List<FieldViolation> violations, String field, String value, boolean required, int max) {
        if (isBlank(value)) {
            if (required) {
                violations.add(new FieldViolation(field, REQUIRED, "is required"));
            }
        } else if (value.length() > max) {
            violations.add(new FieldViolation(field, TOO_LONG, "at most " + max + " characters"));
        }
    }

    static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
