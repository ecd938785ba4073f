package org.tiaojie.cases.core.internal;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResidentIdNumberTest {
    @Test
    void acceptsValidCheckCharactersIncludingX() {
        assertTrue(ResidentIdNumber.isValid("11010519491231002X"));
        assertTrue(ResidentIdNumber.isValid("11010519491231002x"));
        assertTrue(ResidentIdNumber.isValid("440524188001010014"));
    }

    @Test
    void refusesWrongCheckCharacterLengthDigitsOrDate() {
        assertFalse(ResidentIdNumber.isValid("110105194912310021"));
        assertFalse(ResidentIdNumber.isValid("11010519491231002"));
        assertFalse(ResidentIdNumber.isValid("1101051949123100AX"));
        assertFalse(ResidentIdNumber.isValid("110105194902300029"));
        assertFalse(ResidentIdNumber.isValid(null));
    }
}
