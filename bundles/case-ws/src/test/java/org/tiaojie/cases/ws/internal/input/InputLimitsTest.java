package org.tiaojie.cases.ws.internal.input;

import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import org.junit.jupiter.api.Test;
import org.tiaojie.cases.api.CalendarYear;
import org.tiaojie.cases.api.IntakeRequest;
import org.tiaojie.cases.api.Petitioner;
import org.tiaojie.cases.api.ReassignRequest;
import org.tiaojie.cases.api.StepRequest;
import org.tiaojie.cases.api.ValidationException;
import org.tiaojie.cases.api.legalaid.ApplicationRequest;
import org.tiaojie.cases.api.legalaid.LegalAidStep;
import org.tiaojie.cases.api.mediation.DisputeDispatch;
import org.tiaojie.cases.api.mediation.DisputeRequest;
import org.tiaojie.cases.api.mediation.DisputeStep;
import org.tiaojie.cases.api.mediation.MediationRequest;
import org.tiaojie.cases.api.mediation.MediationStep;
import org.tiaojie.cases.ws.internal.rest.ClockResource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InputLimitsTest {
    /** Every body the REST and SOAP operations take. */
    private static final List<Class<?>> REQUESTS = List.of(IntakeRequest.class, StepRequest.class,
            ReassignRequest.class, CalendarYear.class, ApplicationRequest.class, LegalAidStep.class,
            MediationRequest.class, MediationStep.class, DisputeRequest.class, DisputeDispatch.class, DisputeStep.class,
            ClockResource.ClockChange.class);

    @Test
    void everyTextAndListARequestCarriesHasADeclaredMaximum() throws Exception {
        List<String> undeclared = new ArrayList<>();
        Set<Class<?>> seen = new HashSet<>();
        for (Class<?> type : REQUESTS) {
            declared(type, type.getSimpleName(), undeclared, seen);
        }
        assertEquals(List.of(), undeclared, "declare @Schema(maxLength) / @ArraySchema(maxItems) / maxProperties");
    }

    private static void declared(Class<?> type, String path, List<String> undeclared, Set<Class<?>> seen) throws Exception {
        if (!seen.add(type)) {
            return;
        }
        for (PropertyDescriptor d : Introspector.getBeanInfo(type, Object.class).getPropertyDescriptors()) {
            Method getter = d.getReadMethod();
            if (getter == null || d.getWriteMethod() == null) {
                continue;
            }
            Schema schema = getter.getAnnotation(Schema.class);
            ArraySchema array = getter.getAnnotation(ArraySchema.class);
            Class<?> t = d.getPropertyType();
            String at = path + "." + d.getName();
            if (t == String.class && (schema == null || schema.maxLength() == Integer.MAX_VALUE)) {
                undeclared.add(at);
            } else if (Collection.class.isAssignableFrom(t)) {
                if (array == null || array.maxItems() < 0) {
                    undeclared.add(at);
                }
                Type item = ((ParameterizedType) getter.getGenericReturnType()).getActualTypeArguments()[0];
                if (item == String.class && (array == null || array.schema().maxLength() == Integer.MAX_VALUE)) {
                    undeclared.add(at + "[]");
                } else if (item instanceof Class<?> c && c.getName().startsWith("org.tiaojie.") && !c.isEnum()) {
                    declared(c, at + "[]", undeclared, seen);
                }
            } else if (Map.class.isAssignableFrom(t) && (schema == null || schema.maxProperties() == 0)) {
                undeclared.add(at);
            } else if (t.getName().startsWith("org.tiaojie.") && !t.isEnum()) {
                declared(t, at, undeclared, seen);
            }
        }
    }

    @Test
    void aFieldLongerThanItsColumnIsRefusedByNameWithoutEchoingIt() {
        IntakeRequest r = new IntakeRequest();
        r.setCategory("X".repeat(100));
        Petitioner p = new Petitioner();
        p.setName("名".repeat(51));
        p.setIdNumber("1".repeat(1 << 20));
        r.setPetitioners(List.of(p));
        ValidationException e = assertThrows(ValidationException.class, () -> InputLimits.check(r));
        List<String> fields = e.violations().stream().map(v -> v.getField()).toList();
        assertTrue(fields.containsAll(List.of("category", "petitioners[0].name", "petitioners[0].idNumber")), fields.toString());
        assertFalse(e.getMessage().contains("XXXX") || e.violations().toString().contains("1111"), "nothing echoed");
    }

    @Test
    void textThatXmlCannotCarryIsRefusedAndEverythingElseIsKept() {
        assertFalse(InputLimits.xmlSafe("a\u0000b"));
        assertFalse(InputLimits.xmlSafe("bell\u0007"));
        assertFalse(InputLimits.xmlSafe("lone \ud800 surrogate"));
        assertFalse(InputLimits.xmlSafe("\udc00 backwards"));
        assertFalse(InputLimits.xmlSafe("\uffff"));
        assertTrue(InputLimits.xmlSafe("征地补偿\t款\r\n𠀋 emoji 😀 é ́"));
        StepRequest step = new StepRequest();
        step.setNote("说明\u0000");
        ValidationException e = assertThrows(ValidationException.class, () -> InputLimits.check(step));
        assertEquals("note", e.violations().get(0).getField());
    }

    @Test
    void listsMapsAndDatesHaveTheirBounds() {
        MediationRequest m = new MediationRequest();
        List<org.tiaojie.cases.api.mediation.Party> many = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            many.add(new org.tiaojie.cases.api.mediation.Party());
        }
        m.setParties(many);
        assertEquals("parties", assertThrows(ValidationException.class, () -> InputLimits.check(m)).violations().get(0)
                .getField());

        IntakeRequest r = new IntakeRequest();
        r.setDepartmentFields(Map.of("landLocation", "x".repeat(501)));
        assertEquals("departmentFields.landLocation", assertThrows(ValidationException.class, () -> InputLimits.check(r))
                .violations().get(0).getField());

        IntakeRequest old = new IntakeRequest();
        old.setReceivedOn(LocalDate.of(0, 1, 1));
        assertEquals("receivedOn", assertThrows(ValidationException.class, () -> InputLimits.check(old)).violations()
                .get(0).getField());
    }
}
