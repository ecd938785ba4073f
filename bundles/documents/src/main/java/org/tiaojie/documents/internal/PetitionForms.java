package org.tiaojie.documents.internal;

import org.tiaojie.cases.api.PetitionForm;

/** The printed name of each way a petition arrives (信访形式). */
final class PetitionForms {
    private PetitionForms() {
    }

    static String label(PetitionForm form) {
        return switch (form) {
            case LETTER -> "来信";
            case VISIT -> "来访";
            case PHONE -> "来电";
            case ONLINE -> "网上信访";
        };
    }
}
