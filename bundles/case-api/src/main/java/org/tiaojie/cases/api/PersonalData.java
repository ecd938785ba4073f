package org.tiaojie.cases.api;

/**
 * How personal data — 个人信息 (ID numbers, phone numbers, addresses) — is masked for everyone who reads a
 * record without needing to contact the person (《个人信息保护法》: minimum necessary). One rule for the core
 * and every plug-in; reading the unmasked value is a separate, audited call with a purpose.
 */
public final class PersonalData {
    private PersonalData() {
    }

    /** Keeps the region prefix and the last two characters: 341122**********1X. */
    public static String idNumber(String id) {
        if (id == null || id.length() < 8) {
            return id == null ? null : stars(id.length());
        }
        return id.substring(0, 6) + stars(id.length() - 8) + id.substring(id.length() - 2);
    }

    /** Keeps the first three and last four digits: 138****5678. */
    public static String phone(String phone) {
        if (phone == null || phone.length() < 8) {
            return phone == null ? null : stars(phone.length());
        }
        return phone.substring(0, 3) + stars(phone.length() - 7) + phone.substring(phone.length() - 4);
    }

    /** Keeps the first six characters (usually down to the township): 青山镇河西村****. */
    public static String address(String address) {
        if (address == null) {
            return null;
        }
        return address.length() <= 6 ? stars(address.length()) : address.substring(0, 6) + "****";
    }

    private static String stars(int n) {
        return "*".repeat(Math.max(n, 0));
    }
}
