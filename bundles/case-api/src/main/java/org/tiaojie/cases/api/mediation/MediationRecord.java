package org.tiaojie.cases.api.mediation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.xml.bind.annotation.XmlType;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A mediation as its channel keeps it — 调解卷宗.
 */
@XmlType(name = "mediationRecord")
@Schema(description = "A mediation as its channel keeps it (调解卷宗).")
public class MediationRecord {
    private String id;
    private long version;
    private String number;
    private String channel;
    private String status;
    private String caseId;
    private String township;
    private String category;
    private String committee;
    private String mediator;
    private List<Party> parties = new ArrayList<>();
    private boolean nonPublic;
    private String description;
    private List<Session> sessions = new ArrayList<>();
    private Agreement agreement;
    private String outcomeNote;
    private LocalDate confirmationDue;
    private boolean confirmationReminder;
    private String stage;
    private String sector;
    private String department;
    private String court;
    private String courtCaseNumber;
    private LocalDate openedOn;
    private LocalDate dueOn;
    private String dueRule;
    private boolean overdue;
    private String calendarWarning;
    private CourtDocument courtDocument;
    private String escalatedFrom;
    private List<String> allowedActions = new ArrayList<>();

    @Schema(description = "Stable id")
    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    @Schema(description = "Version for expectedVersion")
    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    @Schema(description = "Record number, e.g. RT-2026-0003")
    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    @Schema(description = "PEOPLE, ADMINISTRATIVE or JUDICIAL")
    public String getChannel() {
        return channel;
    }

    public void setChannel(String channel) {
        this.channel = channel;
    }

    @Schema(description = "A MediationStatus: OPEN, APPLIED, ENDED (a party refused or withdrew), FAILED, AGREED, CONFIRMATION_REQUESTED, FULFILLED; judicial mediation also DOCUMENT_EFFECTIVE, and for a confirmation request REQUESTED, ACCEPTED, NOT_ACCEPTED, CONFIRMED, REJECTED")
    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    @Schema(description = "The petition case, if any")
    public String getCaseId() {
        return caseId;
    }

    public void setCaseId(String caseId) {
        this.caseId = caseId;
    }

    @Schema(description = "Township code")
    public String getTownship() {
        return township;
    }

    public void setTownship(String township) {
        this.township = township;
    }

    @Schema(description = "Category code")
    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    @Schema(description = "People's mediation: the committee")
    public String getCommittee() {
        return committee;
    }

    public void setCommittee(String committee) {
        this.committee = committee;
    }

    @Schema(description = "Mediator's name")
    public String getMediator() {
        return mediator;
    }

    public void setMediator(String mediator) {
        this.mediator = mediator;
    }

    @Schema(description = "The parties")
    public List<Party> getParties() {
        return parties;
    }

    public void setParties(List<Party> parties) {
        this.parties = parties == null ? new ArrayList<>() : parties;
    }

    @Schema(description = "Non-public mediation")
    public boolean isNonPublic() {
        return nonPublic;
    }

    public void setNonPublic(boolean nonPublic) {
        this.nonPublic = nonPublic;
    }

    @Schema(description = "The dispute")
    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    @Schema(description = "Sessions, oldest first")
    public List<Session> getSessions() {
        return sessions;
    }

    public void setSessions(List<Session> sessions) {
        this.sessions = sessions == null ? new ArrayList<>() : sessions;
    }

    @Schema(description = "The agreement, once reached")
    public Agreement getAgreement() {
        return agreement;
    }

    public void setAgreement(Agreement agreement) {
        this.agreement = agreement;
    }

    @Schema(description = "How it ended or what was performed")
    public String getOutcomeNote() {
        return outcomeNote;
    }

    public void setOutcomeNote(String outcomeNote) {
        this.outcomeNote = outcomeNote;
    }

    @Schema(description = "Last day for both parties to apply for judicial confirmation (30 days after the agreement took effect)")
    public LocalDate getConfirmationDue() {
        return confirmationDue;
    }

    public void setConfirmationDue(LocalDate confirmationDue) {
        this.confirmationDue = confirmationDue;
    }

    @Schema(description = "The confirmation window closes within 5 days and nobody has applied")
    public boolean isConfirmationReminder() {
        return confirmationReminder;
    }

    public void setConfirmationReminder(boolean confirmationReminder) {
        this.confirmationReminder = confirmationReminder;
    }

    @Schema(description = "Steps possible now")
    public List<String> getAllowedActions() {
        return allowedActions;
    }

    public void setAllowedActions(List<String> allowedActions) {
        this.allowedActions = allowedActions == null ? new ArrayList<>() : allowedActions;
    }

    @Schema(description = "What the file's status means for the dispute: UNDER_WAY, AGREEMENT, SETTLED or NOT_SETTLED "
            + "(read-only, from the status)")
    public MediationStatus.Outcome getOutcome() {
        return MediationStatus.of(status).map(MediationStatus::outcome).orElse(null);
    }

    public void setOutcome(MediationStatus.Outcome ignored) {
        // derived from the status; accepted and ignored so that a record read back from JSON or SOAP binds
    }

    @Schema(description = "Administrative mediation: the sector (行业领域) whose department mediates, e.g. LAND")
    public String getSector() {
        return sector;
    }

    public void setSector(String sector) {
        this.sector = sector;
    }

    @Schema(description = "Judicial mediation only: PRE_FILING, IN_LITIGATION or CONFIRMATION")
    public String getStage() {
        return stage;
    }

    public void setStage(String stage) {
        this.stage = stage;
    }

    @Schema(description = "Administrative mediation: the department that mediates")
    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    @Schema(description = "Judicial mediation: the court")
    public String getCourt() {
        return court;
    }

    public void setCourt(String court) {
        this.court = court;
    }

    @Schema(description = "Judicial mediation: the court's case number")
    public String getCourtCaseNumber() {
        return courtCaseNumber;
    }

    public void setCourtCaseNumber(String courtCaseNumber) {
        this.courtCaseNumber = courtCaseNumber;
    }

    @Schema(description = "When the mediation was opened (or the confirmation request received)")
    public LocalDate getOpenedOn() {
        return openedOn;
    }

    public void setOpenedOn(LocalDate openedOn) {
        this.openedOn = openedOn;
    }

    @Schema(description = "The channel's current time limit (finish, accept or decide, by status), if it has one")
    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }

    @Schema(description = "How dueOn was computed, in words")
    public String getDueRule() {
        return dueRule;
    }

    public void setDueRule(String dueRule) {
        this.dueRule = dueRule;
    }

    @Schema(description = "dueOn has passed and the step it limits has not happened")
    public boolean isOverdue() {
        return overdue;
    }

    public void setOverdue(boolean overdue) {
        this.overdue = overdue;
    }

    @Schema(description = "Judicial mediation: the court mediation document or confirmation ruling, with its number and date")
    public CourtDocument getCourtDocument() {
        return courtDocument;
    }

    public void setCourtDocument(CourtDocument courtDocument) {
        this.courtDocument = courtDocument;
    }

    @Schema(description = "The record this one continues, as CHANNEL:id")
    public String getEscalatedFrom() {
        return escalatedFrom;
    }

    public void setEscalatedFrom(String escalatedFrom) {
        this.escalatedFrom = escalatedFrom;
    }

    @Schema(description = "Set when a date shown reaches into a year whose official calendar is not loaded: it then "
            + "knows only weekends and may move when the year is loaded. Null otherwise.")
    public String getCalendarWarning() {
        return calendarWarning;
    }

    public void setCalendarWarning(String calendarWarning) {
        this.calendarWarning = calendarWarning;
    }
}
