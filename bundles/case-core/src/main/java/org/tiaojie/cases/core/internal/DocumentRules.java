package org.tiaojie.cases.core.internal;

import java.util.Map;
import java.util.Optional;

import org.tiaojie.cases.api.Actor;
import org.tiaojie.cases.api.CaseAction;
import org.tiaojie.cases.api.CaseView;
import org.tiaojie.cases.api.Roles;
import org.tiaojie.cases.api.document.DocumentKind;

/** Who may issue which document of a case, what the case must have reached first, and how documents are numbered. */
final class DocumentRules {
    /** The short word of each kind in its number (青信受〔2026〕3号) and its counter's key. */
    private static final Map<DocumentKind, String> WORD = Map.of(
            DocumentKind.REGISTRATION_SLIP, "登",
            DocumentKind.RECEIPT_NOTICE, "受",
            DocumentKind.TRANSFER_NOTICE, "转",
            DocumentKind.REDIRECTION_NOTICE, "导",
            DocumentKind.EXTENSION_NOTICE, "延",
            DocumentKind.WRITTEN_OPINION, "处",
            DocumentKind.REVIEW_DECISION, "复查",
            DocumentKind.RE_REVIEW_DECISION, "复核");

    private DocumentRules() {
    }

    /** Why the actor may not issue the kind for the case now, or empty when they may; {@code c} null: the role only. */
    static Optional<String> refusal(Actor actor, DocumentKind kind, CaseView c) {
        if (isRoleRefusal(actor, kind)) {
            return Optional.of(switch (kind) {
                case REGISTRATION_SLIP -> "only the petition office's clerks print a slip: it carries the query code";
                case SUPERVISION_NOTICE -> "only supervisors and the county bureau issue supervision notices";
                default -> "only clerks and handlers issue documents to the petitioner";
            });
        }
        String missing = switch (kind) {
            case RECEIPT_NOTICE -> passed(c, CaseAction.ACCEPT) ? null : "the case has not been accepted";
            case TRANSFER_NOTICE -> passed(c, CaseAction.TRANSFER) ? null : "the case was not transferred";
            case REDIRECTION_NOTICE -> c.getLegalRoute() != null ? null : "the case was not redirected to a legal route";
            case EXTENSION_NOTICE -> c.getExtensionDays() != null ? null : "the handling limit was not extended";
            case WRITTEN_OPINION -> c.getOpinion() != null ? null : "no written opinion has been issued";
            case REVIEW_DECISION -> c.getReviewOutcome() != null ? null : "no review decision has been made";
            case RE_REVIEW_DECISION -> c.getReReviewOutcome() != null ? null : "no re-review decision has been made";
            default -> null;
        };
        return Optional.ofNullable(missing);
    }

    static boolean isRoleRefusal(Actor actor, DocumentKind kind) {
        return switch (kind) {
            case REGISTRATION_SLIP -> !actor.hasRole(Roles.CLERK);
            // As for issuing the notice: supervisors, and the county bureau (a clerk of county scope).
            case SUPERVISION_NOTICE -> !(actor.hasRole(Roles.SUPERVISOR) || actor.hasRole(Roles.CLERK) && actor.isCountyWide());
            default -> !actor.hasAnyRole(Roles.CLERK, Roles.HANDLER);
        };
    }

    private static boolean passed(CaseView c, CaseAction action) {
        return c.getStepsPassed().stream().anyMatch(s -> s.getAction() == action);
    }

    /** The counter of a kind in a township and year (a row of TJ_CASE_COUNTER, beside the case numbers'). */
    static String series(String township, DocumentKind kind, int year) {
        return "D/" + township + "/" + kind.name() + "/" + year; // at most 40 characters with a 12-digit code
    }

    /** 青信受〔2026〕3号: the township's first character, 信 for the petition office, the kind's word, year, number. */
    static String number(String townshipName, DocumentKind kind, int year, long n) {
        String first = townshipName == null || townshipName.isEmpty() ? "" : townshipName.substring(0, 1);
        return first + "信" + WORD.get(kind) + "〔" + year + "〕" + n + "号";
    }
}
