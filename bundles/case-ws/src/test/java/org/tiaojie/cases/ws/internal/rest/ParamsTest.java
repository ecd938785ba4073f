package org.tiaojie.cases.ws.internal.rest;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.tiaojie.cases.api.CaseStatus;
import org.tiaojie.cases.api.FieldViolation;
import org.tiaojie.cases.api.PetitionForm;
import org.tiaojie.cases.api.ValidationException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A bad query parameter is a 400 that names the parameter and says what it accepts; an empty one is no filter. */
class ParamsTest {
    @Test
    void anUnknownValueListsTheValuesAccepted() {
        assertEquals(PetitionForm.VISIT, Params.enumValue("petitionForm", " VISIT ", PetitionForm.class));
        assertNull(Params.enumValue("petitionForm", " ", PetitionForm.class));
        FieldViolation v = only(assertThrows(ValidationException.class,
                () -> Params.enumValue("status", "visit", CaseStatus.class)));
        assertEquals("status", v.getField());
        assertEquals(FieldViolation.UNKNOWN_VALUE, v.getCode());
        assertTrue(v.getMessage().contains("REGISTERED"), v.getMessage());
    }

    @Test
    void instantsAreIsoAndWithinTheYearsTheDatabaseKeeps() {
        assertEquals(Instant.parse("2026-03-01T00:00:00Z"), Params.instant("registeredFrom", "2026-03-01T00:00:00Z"));
        assertEquals(FieldViolation.INVALID_FORMAT, only(assertThrows(ValidationException.class,
                () -> Params.instant("registeredFrom", "2026-03-01"))).getCode());
        FieldViolation far = only(assertThrows(ValidationException.class,
                () -> Params.instant("registeredTo", "+100000-01-01T00:00:00Z")));
        assertEquals("registeredTo", far.getField());
        assertEquals(FieldViolation.OUT_OF_RANGE, far.getCode());
    }

    @Test
    void numbersAndFlagsAreExact() {
        assertEquals(20, Params.integer("size", null, 20));
        assertEquals(3, Params.integer("page", " 3 ", 0));
        assertEquals(FieldViolation.INVALID_FORMAT, only(assertThrows(ValidationException.class,
                () -> Params.integer("page", "3.5", 0))).getCode());
        assertEquals(Boolean.TRUE, Params.bool("overdue", "true"));
        assertNull(Params.bool("overdue", ""));
        assertEquals("overdue", only(assertThrows(ValidationException.class, () -> Params.bool("overdue", "yes")))
                .getField(), "only true or false: 'yes' is not silently false");
    }

    @Test
    void theCaseListRefusesTheFilterContractTwoRenamedInsteadOfListingEveryCase() {
        CasesResource resource = new CasesResource(null, null);
        FieldViolation v = only(assertThrows(ValidationException.class, () -> resource.list(null, null, null, null,
                null, null, null, null, null, null, null, null, "VISIT")));
        assertEquals("channel", v.getField());
        assertEquals(FieldViolation.UNKNOWN_VALUE, v.getCode());
        assertTrue(v.getMessage().contains("petitionForm"), v.getMessage());
    }

    private static FieldViolation only(ValidationException e) {
        assertEquals(1, e.violations().size(), e.violations().toString());
        return e.violations().get(0);
    }
}
