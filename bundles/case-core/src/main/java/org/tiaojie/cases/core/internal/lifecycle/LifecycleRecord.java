package org.tiaojie.cases.core.internal.lifecycle;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;

import org.tiaojie.cases.api.Evaluation;
import org.tiaojie.cases.api.LegalRoute;
import org.tiaojie.cases.api.Nature;
import org.tiaojie.cases.api.Responsibility;
import org.tiaojie.cases.api.ReviewOutcome;
import org.tiaojie.cases.api.ServiceMethod;
import org.tiaojie.cases.api.Settlement;
import org.tiaojie.cases.api.StepPassed;
import org.tiaojie.cases.api.WrittenOpinion;
import org.tiaojie.records.internal.JsonColumn;

/**
 * What the statutory path has recorded on a case: the dates that start each time limit, who answers for
 * it, the opinion, service, evaluation and reviews. Stored whole as JSON in {@code TJ_CASE.LIFECYCLE};
 * the fields queues filter on (status, department, due date) are columns of their own.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class LifecycleRecord {
    private static final JsonColumn<LifecycleRecord> COLUMN = JsonColumn.of(LifecycleRecord.class, LifecycleRecord::new);

    public LocalDate registeredOn;
    /** The day the petition reached the office (收到日期); null for cases registered the day they arrived. */
    public LocalDate receivedOn;
    /** The nature the path follows; the column TJ_CASE.NATURE mirrors it for queries. Null: recorded before natures. */
    public Nature nature;
    public String classifyReason;
    public LocalDate acceptedOn;
    public ServiceMethod noticeMethod;
    public LocalDate dispatchedOn;
    public Responsibility responsibility;
    public boolean declined;
    public String declineReason;
    public Integer extensionDays;
    public String extensionReason;
    public WrittenOpinion opinion;
    public Settlement settlement;
    public LocalDate servedOn;
    public ServiceMethod serviceMethod;
    public Evaluation evaluation;
    /** The petitioner's answers about the process, given with the rating and kept apart from it. */
    public org.tiaojie.cases.api.ProcessFeedback processFeedback;
    public LocalDate closedOn;
    public LegalRoute legalRoute;
    public String routeWarning;
    /** The legal-aid centre's reference for the offer of a redirected case; null when none took it. */
    public String legalAidOffer;
    public String receivingBody;
    public LocalDate reviewRequestedOn;
    public String reviewBody;
    public ReviewOutcome reviewOutcome;
    public LocalDate reviewDecidedOn;
    /** Receipt of the review decision by the petitioner: the re-review window runs from it [36]. */
    public LocalDate reviewServedOn;
    public ServiceMethod reviewServiceMethod;
    public LocalDate reReviewRequestedOn;
    public String reReviewBody;
    public ReviewOutcome reReviewOutcome;
    public LocalDate reReviewDecidedOn;
    public LocalDate reReviewServedOn;
    public ServiceMethod reReviewServiceMethod;
    public LocalDate terminatedOn;
    /**
     * The modules the case was handed to (the grand-mediation centre, legal aid, a mediation channel): once
     * shared, the matter can no longer become a complaint about an official, whose materials must reach no one.
     */
    public List<String> sharedWith = new ArrayList<>();
    /** Stored as {@code stages} before the step passed had its own name; both are read. */
    @JsonAlias("stages")
    public List<StepPassed> stepsPassed = new ArrayList<>();

    /** The day the statutory clocks run from: the day received, or the registration day. */
    public LocalDate receivedOn() {
        return receivedOn == null ? registeredOn : receivedOn;
    }

    /** The nature the path follows, {@link Nature#REQUEST} for cases recorded before natures. */
    public Nature nature() {
        return nature == null ? Nature.REQUEST : nature;
    }

    public static LifecycleRecord fromJson(String json, LocalDate registeredOn) {
        if (json == null || json.isBlank()) {
            LifecycleRecord fresh = new LifecycleRecord();
            fresh.registeredOn = registeredOn;
            return fresh;
        }
        return COLUMN.read(json, "a case");
    }

    public String toJson() {
        return COLUMN.write(this);
    }

    /** A deep copy, so a refused step can never leave a half-changed record behind. */
    public LifecycleRecord copy() {
        return fromJson(toJson(), registeredOn);
    }
}
