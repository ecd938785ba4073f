package org.tiaojie.cases.core.internal;

import org.tiaojie.cases.api.PersonalData;
import org.tiaojie.cases.api.Petitioner;

/**
 * Masks a petitioner for everyone who reads a case without needing to contact them, by the platform's one
 * rule ({@link PersonalData}). Names and village stay readable so staff can recognise a case.
 */
final class PersonalDataMask {
    private PersonalDataMask() {
    }

    static Petitioner mask(Petitioner p) {
        return new Petitioner(p.getName(), PersonalData.idNumber(p.getIdNumber()), PersonalData.phone(p.getPhone()),
                PersonalData.address(p.getAddress()), p.getVillage());
    }
}
