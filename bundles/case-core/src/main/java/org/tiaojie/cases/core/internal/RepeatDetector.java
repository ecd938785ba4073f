package org.tiaojie.cases.core.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.tiaojie.cases.api.CaseStatus;
import org.tiaojie.cases.api.ErrorCode;
import org.tiaojie.cases.api.FieldViolation;
import org.tiaojie.cases.api.IntakeRequest;
import org.tiaojie.cases.api.StepPassed;
import org.tiaojie.cases.api.TiaojieException;
import org.tiaojie.cases.api.ValidationException;
import org.tiaojie.cases.core.internal.lifecycle.LifecycleRecord;

/**
 * Decides whether a submission is a repeat petition (重信重访) of an earlier case of the same petitioner.
 * Pure: the repository finds the earlier cases of the same person, this class judges them.
 *
 * <p>The same matter is the same township and category. It is linked as a repeat while the earlier case
 * is open or was settled within the configured window; a terminated matter (终结) is refused outright.
 * The clerk has the last word both ways: {@code differentMatter} registers a new case, {@code repeatOf}
 * links to a case detection did not pick.
 */
final class RepeatDetector {
    private final int recentDays;

    /** @param recentDays how long after it was settled an earlier case still attracts repeats */
    RepeatDetector(int recentDays) {
        this.recentDays = recentDays;
    }

    /**
     * The earlier case to link the submission to, or empty for a new case.
     *
     * @param earlier the cases that share a petitioner (ID number, or name and phone) with the submission
     * @throws TiaojieException {@link ErrorCode#MATTER_TERMINATED} for the same request after termination
     * @throws ValidationException {@code repeatOf} names no earlier case of this petitioner
     */
    Optional<CaseSnapshot> linkTo(IntakeRequest request, List<CaseSnapshot> earlier, LocalDate today) {
        if (request.getRepeatOf() != null) {
            // Only a case of the same township: another township's is answered as one that does not exist, so the
            // answer never tells a clerk whether a person has a case elsewhere.
            CaseSnapshot chosen = earlier.stream().filter(c -> c.id().equals(request.getRepeatOf())
                            && c.township().equals(request.getTownship())).findFirst()
                    .orElseThrow(() -> ValidationException.of("repeatOf", FieldViolation.UNKNOWN_VALUE,
                            "not an earlier case of the same petitioner in this township (ID number, or name and phone)"));
            if (chosen.status() == CaseStatus.TERMINATED) {
                throw terminated(chosen, request.getTownship());
            }
            return Optional.of(chosen);
        }
        if (Boolean.TRUE.equals(request.getDifferentMatter())) {
            return Optional.empty();
        }
        // Termination binds every body, whichever township registered the matter [36].
        Optional<CaseSnapshot> ended = earlier.stream()
                .filter(c -> c.status() == CaseStatus.TERMINATED && c.category().equals(request.getCategory()))
                .findFirst();
        if (ended.isPresent()) {
            throw terminated(ended.get(), request.getTownship());
        }
        LocalDate oldest = today.minusDays(recentDays);
        // Each lifecycle is read once: open cases first, then the newest.
        record Candidate(CaseSnapshot snapshot, Optional<LocalDate> settled) {
        }
        return earlier.stream()
                .filter(c -> c.township().equals(request.getTownship()) && c.category().equals(request.getCategory()))
                .map(c -> new Candidate(c, settledOn(c)))
                .filter(c -> c.settled().map(d -> !d.isBefore(oldest)).orElse(true))
                .min(Comparator.comparing((Candidate c) -> c.settled().isPresent())
                        .thenComparing(c -> c.snapshot().registeredAt(), Comparator.reverseOrder()))
                .map(Candidate::snapshot);
    }

    /** The day the case left the office's hands (closed, transferred, redirected, referred); empty while open. */
    static Optional<LocalDate> settledOn(CaseSnapshot c) {
        return switch (c.status()) {
            case CLOSED, TRANSFERRED, REDIRECTED, REFERRED_TO_DISCIPLINE, TERMINATED -> {
                LifecycleRecord r = c.lifecycle();
                List<StepPassed> stepsPassed = r.stepsPassed;
                yield Optional.of(stepsPassed.isEmpty() ? r.registeredOn : stepsPassed.get(stepsPassed.size() - 1).getOn());
            }
            default -> Optional.empty();
        };
    }

    private static TiaojieException terminated(CaseSnapshot c, String township) {
        LifecycleRecord r = c.lifecycle();
        // Another township's case is not named: its number and dates are not this clerk's to see.
        boolean here = c.township().equals(township);
        return new TiaojieException(ErrorCode.MATTER_TERMINATED, "the same matter (" + (here ? "case " + c.caseNumber()
                : "a case of another township") + ") was terminated after re-review"
                + (here && r.terminatedOn != null ? " on " + r.terminatedOn : "")
                + "; the same request on the same facts is not accepted again [《信访工作条例》 36]. If the request "
                + "or the facts are new, confirm a different matter (differentMatter)");
    }
}
