package org.tiaojie.cases.api.supervision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.xml.bind.annotation.XmlType;

import io.swagger.v3.oas.annotations.media.Schema;

/** What one run of the reminders did — 提醒执行结果. */
@XmlType(name = "reminderRun")
@Schema(description = "What one run of the reminders did.")
public class ReminderRun {
    private LocalDate today;
    private LocalDate horizon;
    private int deadlinesRead;
    private int remindersSent;
    private int alreadySent;
    private int redelivered;
    private int noticesLapsed;
    private List<String> sourcesRead = new ArrayList<>();
    private List<String> sourcesFailed = new ArrayList<>();

    @Schema(description = "The county's date the run counted from (the training clock's on a training installation).")
    public LocalDate getToday() {
        return today;
    }

    public void setToday(LocalDate today) {
        this.today = today;
    }

    @Schema(description = "The latest due date read: the day whose longest lead time starts today.")
    public LocalDate getHorizon() {
        return horizon;
    }

    public void setHorizon(LocalDate horizon) {
        this.horizon = horizon;
    }

    @Schema(description = "Open limits due by the horizon, over every source.")
    public int getDeadlinesRead() {
        return deadlinesRead;
    }

    public void setDeadlinesRead(int deadlinesRead) {
        this.deadlinesRead = deadlinesRead;
    }

    @Schema(description = "Reminders this run claimed and sent.")
    public int getRemindersSent() {
        return remindersSent;
    }

    public void setRemindersSent(int remindersSent) {
        this.remindersSent = remindersSent;
    }

    @Schema(description = "Reminders due that an earlier or a concurrent run had claimed already: not sent again.")
    public int getAlreadySent() {
        return alreadySent;
    }

    public void setAlreadySent(int alreadySent) {
        this.alreadySent = alreadySent;
    }

    @Schema(description = "Earlier reminders whose delivery had failed on a channel, handed to it again.")
    public int getRedelivered() {
        return redelivered;
    }

    public void setRedelivered(int redelivered) {
        this.redelivered = redelivered;
    }

    @Schema(description = "The deadline sources read (the core's `case`, and each plug-in's that is live).")
    public List<String> getSourcesRead() {
        return sourcesRead;
    }

    public void setSourcesRead(List<String> sourcesRead) {
        this.sourcesRead = sourcesRead;
    }

    @Schema(description = "Sources that failed or left during the run; their limits are read by the next run.")
    public List<String> getSourcesFailed() {
        return sourcesFailed;
    }

    public void setSourcesFailed(List<String> sourcesFailed) {
        this.sourcesFailed = sourcesFailed;
    }

    @Schema(description = "Supervision notices that lapsed in this run (reply date passed unanswered): escalated, "
            + "with an accountability record each.")
    public int getNoticesLapsed() {
        return noticesLapsed;
    }

    public void setNoticesLapsed(int noticesLapsed) {
        this.noticesLapsed = noticesLapsed;
    }
}
