package org.tiaojie.cases.core.internal;

import org.junit.jupiter.api.Test;
import org.tiaojie.cases.api.ResidentIdNumber;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResidentIdNumberTest {
    private static final java.time.LocalDate TODAY = java.time.LocalDate.parse("2026-12-02");

    @Test
    void aBirthDateInTheFutureOrBefore1900IsNotANumber() {
        assertFalse(ResidentIdNumber.isValid("110105209901010012", TODAY), "born in 2099");
        assertFalse(ResidentIdNumber.isValid("110105189901010017", TODAY), "born in 1899");
        assertTrue(ResidentIdNumber.isPhone("13812345678"));
        assertTrue(ResidentIdNumber.isPhone("0551-62345678"));
        assertFalse(ResidentIdNumber.isPhone("12345"));
    }

    @Test
    void acceptsValidCheckCharactersIncludingX() {
        assertTrue(ResidentIdNumber.isValid("11010519491231002X", TODAY));
        assertTrue(ResidentIdNumber.isValid("11010519491231002x", TODAY));
        assertTrue(ResidentIdNumber.isValid("44052419500101001X", TODAY));
    }

    @Test
    void refusesWrongCheckCharacterLengthDigitsOrDate() {
        assertFalse(ResidentIdNumber.isValid("110105194912310021", TODAY));
        assertFalse(ResidentIdNumber.isValid("11010519491231002", TODAY));
        assertFalse(ResidentIdNumber.isValid("1101051949123100AX", TODAY));
        assertFalse(ResidentIdNumber.isValid("110105194902300029", TODAY));
        assertFalse(ResidentIdNumber.isValid(null, TODAY));
    }
}
