package org.tiaojie.cases.api.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.xml.bind.annotation.XmlType;

import io.swagger.v3.oas.annotations.media.Schema;

/** The weekly supervision bulletin — 一周一通报 — of a township or of the county: what supervision did in a calendar week and where the units stand. */
@XmlType(name = "bulletin")
@Schema(description = "The weekly supervision bulletin (一周一通报) of a township or the county: notices, overdue cases by unit, return visits, accountability.")
public class Bulletin {
    private String id;
    private String township;
    private LocalDate weekStart;
    private LocalDate weekEnd;
    private Instant generatedAt;
    private int noticesIssued;
    private int noticesAnswered;
    private int noticesAnsweredLate;
    private int noticesLapsed;
    private List<UnitCount> overdueByUnit = new ArrayList<>();
    private int returnVisits;
    private int satisfied;
    private int basicallySatisfied;
    private int dissatisfied;
    private int accountabilityOpened;
    private int accountabilityClosed;

    @Schema(description = "The bulletin's id.")
    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    @Schema(description = "The township; null for the county's.")
    public String getTownship() {
        return township;
    }

    public void setTownship(String township) {
        this.township = township;
    }

    @Schema(description = "The Monday of the week.")
    public LocalDate getWeekStart() {
        return weekStart;
    }

    public void setWeekStart(LocalDate weekStart) {
        this.weekStart = weekStart;
    }

    @Schema(description = "Its Sunday.")
    public LocalDate getWeekEnd() {
        return weekEnd;
    }

    public void setWeekEnd(LocalDate weekEnd) {
        this.weekEnd = weekEnd;
    }

    @Schema(description = "When it was generated (the figures of a week not over yet are as of then).")
    public Instant getGeneratedAt() {
        return generatedAt;
    }

    public void setGeneratedAt(Instant generatedAt) {
        this.generatedAt = generatedAt;
    }

    @Schema(description = "Supervision notices issued in the week.")
    public int getNoticesIssued() {
        return noticesIssued;
    }

    public void setNoticesIssued(int noticesIssued) {
        this.noticesIssued = noticesIssued;
    }

    @Schema(description = "Notices answered in the week by their reply date.")
    public int getNoticesAnswered() {
        return noticesAnswered;
    }

    public void setNoticesAnswered(int noticesAnswered) {
        this.noticesAnswered = noticesAnswered;
    }

    @Schema(description = "Notices answered in the week after their reply date.")
    public int getNoticesAnsweredLate() {
        return noticesAnsweredLate;
    }

    public void setNoticesAnsweredLate(int noticesAnsweredLate) {
        this.noticesAnsweredLate = noticesAnsweredLate;
    }

    @Schema(description = "Notices that lapsed unanswered in the week.")
    public int getNoticesLapsed() {
        return noticesLapsed;
    }

    public void setNoticesLapsed(int noticesLapsed) {
        this.noticesLapsed = noticesLapsed;
    }

    @Schema(description = "Open cases past their limit when it was generated, by township and unit, most first.")
    public List<UnitCount> getOverdueByUnit() {
        return overdueByUnit;
    }

    public void setOverdueByUnit(List<UnitCount> overdueByUnit) {
        this.overdueByUnit = overdueByUnit;
    }

    @Schema(description = "Return visits in the week.")
    public int getReturnVisits() {
        return returnVisits;
    }

    public void setReturnVisits(int returnVisits) {
        this.returnVisits = returnVisits;
    }

    @Schema(description = "Of them, petitioners satisfied.")
    public int getSatisfied() {
        return satisfied;
    }

    public void setSatisfied(int satisfied) {
        this.satisfied = satisfied;
    }

    @Schema(description = "Basically satisfied.")
    public int getBasicallySatisfied() {
        return basicallySatisfied;
    }

    public void setBasicallySatisfied(int basicallySatisfied) {
        this.basicallySatisfied = basicallySatisfied;
    }

    @Schema(description = "Dissatisfied.")
    public int getDissatisfied() {
        return dissatisfied;
    }

    public void setDissatisfied(int dissatisfied) {
        this.dissatisfied = dissatisfied;
    }

    @Schema(description = "Accountability records opened in the week.")
    public int getAccountabilityOpened() {
        return accountabilityOpened;
    }

    public void setAccountabilityOpened(int accountabilityOpened) {
        this.accountabilityOpened = accountabilityOpened;
    }

    @Schema(description = "Closed in the week.")
    public int getAccountabilityClosed() {
        return accountabilityClosed;
    }

    public void setAccountabilityClosed(int accountabilityClosed) {
        this.accountabilityClosed = accountabilityClosed;
    }
}
