package org.tiaojie.cases.core.internal;

import org.tiaojie.cases.api.Petitioner;

/**
 * Masks petitioners' personal data for everyone who reads a case without needing to contact the
 * petitioner (《个人信息保护法》: minimum necessary). Names and village stay readable so staff can recognise a case.
 */
final class PersonalDataMask {
    private PersonalDataMask() {
    }

    static Petitioner mask(Petitioner p) {
        return new Petitioner(p.getName(), idNumber(p.getIdNumber()), phone(p.getPhone()), address(p.getAddress()),
                p.getVillage());
    }

    /** Keeps the region prefix and the last two characters: 341122**********1X. */
    static String idNumber(String id) {
        if (id == null || id.length() < 8) {
            return id == null ? null : stars(id.length());
        }
        return id.substring(0, 6) + stars(id.length() - 8) + id.substring(id.length() - 2);
    }

    /** Keeps the first three and last four digits: 138****5678. */
    static String phone(String phone) {
        if (phone == null || phone.length() < 8) {
            return phone == null ? null : stars(phone.length());
        }
        return phone.substring(0, 3) + stars(phone.length() - 7) + phone.substring(phone.length() - 4);
    }

    /** Keeps the first six characters (usually down to the township): 青山镇河西村****. */
    static String address(String address) {
        if (address == null) {
            return null;
        }
        return address.length() <= 6 ? stars(address.length()) : address.substring(0, 6) + "****";
    }

    private static String stars(int n) {
        return "*".repeat(Math.max(n, 0));
    }
}
