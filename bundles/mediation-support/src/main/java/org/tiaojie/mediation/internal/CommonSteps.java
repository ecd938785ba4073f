package org.tiaojie.mediation.internal;

import java.time.LocalDate;
import java.util.List;

import org.tiaojie.cases.api.FieldViolation;
import org.tiaojie.cases.api.ResidentIdNumber;
import org.tiaojie.cases.api.mediation.Agreement;
import org.tiaojie.cases.api.mediation.CourtDocument;
import org.tiaojie.cases.api.mediation.MediationRequest;
import org.tiaojie.cases.api.mediation.MediationStep;
import org.tiaojie.cases.api.mediation.Party;
import org.tiaojie.cases.api.mediation.Session;
import org.tiaojie.cases.api.mediation.MediationStatus;

/**
 * The steps every channel shares (a session, a party withdrawing, failure, agreement, performance) and the
 * checks of the parts of a request every channel needs.
 */
public final class CommonSteps {
    public static final String OPEN = MediationStatus.OPEN.name();
    public static final String ENDED = MediationStatus.ENDED.name();
    public static final String FAILED = MediationStatus.FAILED.name();
    public static final String AGREED = MediationStatus.AGREED.name();
    public static final String FULFILLED = MediationStatus.FULFILLED.name();
    public static final String CONFIRMATION_REQUESTED = MediationStatus.CONFIRMATION_REQUESTED.name();

    public static final String RECORD_SESSION = "RECORD_SESSION";
    public static final String WITHDRAW = "WITHDRAW";
    public static final String FAIL = "FAIL";
    public static final String AGREE = "AGREE";
    public static final String RECORD_FULFILMENT = "RECORD_FULFILMENT";
    /** The parties applied for judicial confirmation of the agreement (people's and administrative mediation). */
    public static final String APPLY_CONFIRMATION = "APPLY_CONFIRMATION";

    public static final int TEXT = 2000;

    private CommonSteps() {
    }

    /** The roles a party has in a dispute. */
    static final List<String> PARTY_ROLES = List.of("APPLICANT", "RESPONDENT");

    /** Consent, parties (an applicant and a respondent, each named, with a valid phone if any), category and description. */
    public static void checkRequest(MediationRequest r, String channel, List<FieldViolation> v) {
        if (!r.isPartiesConsent()) {
            v.add(new FieldViolation("partiesConsent", FieldViolation.OUT_OF_RANGE,
                    channel + " cannot start when a party refuses: mediation is voluntary"));
        }
        if (r.getCategory() == null || r.getCategory().isBlank()) {
            v.add(new FieldViolation("category", FieldViolation.REQUIRED, "the category of the dispute"));
        }
        boolean applicant = r.getParties().stream().anyMatch(p -> p != null && "APPLICANT".equals(p.getRole()));
        boolean respondent = r.getParties().stream().anyMatch(p -> p != null && "RESPONDENT".equals(p.getRole()));
        if (!applicant || !respondent) {
            v.add(new FieldViolation("parties", FieldViolation.REQUIRED, "at least an APPLICANT and a RESPONDENT"));
        }
        for (int i = 0; i < r.getParties().size(); i++) {
            Party p = r.getParties().get(i);
            if (p == null || p.getName() == null || p.getName().isBlank()) {
                v.add(new FieldViolation("parties[" + i + "].name", FieldViolation.REQUIRED, "the party's name"));
                continue;
            }
            if (p.getRole() != null && !PARTY_ROLES.contains(p.getRole())) {
                v.add(new FieldViolation("parties[" + i + "].role", FieldViolation.UNKNOWN_VALUE, "one of " + PARTY_ROLES));
            }
            if (p.getPhone() != null && !p.getPhone().isBlank() && !ResidentIdNumber.isPhone(p.getPhone())) {
                v.add(new FieldViolation("parties[" + i + "].phone", FieldViolation.INVALID_FORMAT,
                        "a mobile number (11 digits) or a landline with its area code"));
            }
        }
        text(v, "description", r.getDescription(), true);
    }

    /** Copies what every channel keeps from the request into a new file. */
    public static void fill(MediationFile f, MediationRequest r, LocalDate today) {
        f.status = OPEN;
        f.caseId = r.getCaseId();
        f.township = r.getTownship();
        f.category = r.getCategory().trim();
        f.nonPublic = r.isNonPublic();
        f.openedOn = today;
        f.escalatedFrom = r.getEscalatedFrom();
        f.content.parties = r.getParties();
        f.content.description = r.getDescription().trim();
    }

    /** Content checks of the common steps; other actions' notes are required unless the channel says otherwise. */
    public static void validate(MediationStep step, List<FieldViolation> v) {
        switch (step.getAction()) {
            case RECORD_SESSION -> {
                Session s = step.getSession();
                if (s == null) {
                    v.add(new FieldViolation("session", FieldViolation.REQUIRED, "date, place, participants and notes"));
                } else {
                    if (s.getOn() == null) {
                        v.add(new FieldViolation("session.on", FieldViolation.REQUIRED, "the session's date"));
                    }
                    text(v, "session.place", s.getPlace(), true);
                    text(v, "session.participants", s.getParticipants(), true);
                    text(v, "session.notes", s.getNotes(), true);
                }
            }
            case AGREE -> {
                Agreement a = step.getAgreement();
                if (a == null) {
                    v.add(new FieldViolation("agreement", FieldViolation.REQUIRED, "the agreement"));
                } else {
                    if (!"WRITTEN".equals(a.getForm()) && !"ORAL".equals(a.getForm())) {
                        v.add(new FieldViolation("agreement.form", FieldViolation.UNKNOWN_VALUE, "WRITTEN or ORAL"));
                    }
                    text(v, "agreement.terms", a.getTerms(), true);
                }
            }
            default -> text(v, "note", step.getNote(), true);
        }
    }

    /** Applies a common step; false when the action is not one of them. */
    public static boolean apply(MediationFile f, MediationStep step, LocalDate on) {
        switch (step.getAction()) {
            case RECORD_SESSION -> f.content.sessions.add(step.getSession());
            case WITHDRAW -> end(f, ENDED, step);
            case FAIL -> end(f, FAILED, step);
            case AGREE -> {
                Agreement a = step.getAgreement();
                a.setEffectiveOn(on);
                f.content.agreement = a;
                f.effectiveOn = on;
                f.status = AGREED;
            }
            case RECORD_FULFILMENT -> end(f, FULFILLED, step);
            case APPLY_CONFIRMATION -> end(f, CONFIRMATION_REQUESTED, step);
            default -> {
                return false;
            }
        }
        return true;
    }

    /** A court document: kind, number and date are all needed. */
    public static void checkDocument(CourtDocument d, String field, String kind, List<FieldViolation> v) {
        if (d == null) {
            v.add(new FieldViolation(field, FieldViolation.REQUIRED, "the court's document: number and date"));
            return;
        }
        if (kind != null && !kind.equals(d.getKind())) {
            v.add(new FieldViolation(field + ".kind", FieldViolation.UNKNOWN_VALUE, kind));
        }
        if (d.getNumber() == null || d.getNumber().isBlank() || d.getNumber().length() > 64) {
            v.add(new FieldViolation(field + ".number", FieldViolation.REQUIRED, "the document's number, at most 64 characters"));
        }
        if (d.getIssuedOn() == null) {
            v.add(new FieldViolation(field + ".issuedOn", FieldViolation.REQUIRED, "the document's date"));
        }
    }

    public static void text(List<FieldViolation> v, String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                v.add(new FieldViolation(field, FieldViolation.REQUIRED, "must not be empty"));
            }
        } else if (value.length() > TEXT) {
            v.add(new FieldViolation(field, FieldViolation.TOO_LONG, "at most " + TEXT + " characters"));
        }
    }

    private static void end(MediationFile f, String status, MediationStep step) {
        f.content.outcomeNote = step.getNote().trim();
        f.status = status;
    }
}
