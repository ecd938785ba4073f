package org.tiaojie.cases.api;

import java.time.Instant;
import java.time.LocalDate;

import javax.xml.bind.annotation.XmlType;

import io.swagger.v3.oas.annotations.media.Schema;

/** What the platform's clock says, and whether it is the real time — 平台时钟状态. */
@XmlType(name = "clockState")
@Schema(description = "What the platform's clock says, and whether it is the real time — 平台时钟状态.")
public class ClockState {
    private Instant now;
    private LocalDate today;
    private Instant realNow;
    private boolean trainingInstallation;
    private boolean shifted;
    private long offsetSeconds;

    @Schema(description = "Now, as the platform counts time.")
    public Instant getNow() {
        return now;
    }

    public void setNow(Instant now) {
        this.now = now;
    }

    @Schema(description = "Today in the county (Asia/Shanghai), as the platform counts time.")
    public LocalDate getToday() {
        return today;
    }

    public void setToday(LocalDate today) {
        this.today = today;
    }

    @Schema(description = "The real time.")
    public Instant getRealNow() {
        return realNow;
    }

    public void setRealNow(Instant realNow) {
        this.realNow = realNow;
    }

    @Schema(description = "Whether this is a training installation (系统属性 tiaojie.installation=training), the only kind "
            + "whose clock may be set.")
    public boolean isTrainingInstallation() {
        return trainingInstallation;
    }

    public void setTrainingInstallation(boolean trainingInstallation) {
        this.trainingInstallation = trainingInstallation;
    }

    @Schema(description = "True while the platform's clock is not the real time.")
    public boolean isShifted() {
        return shifted;
    }

    public void setShifted(boolean shifted) {
        this.shifted = shifted;
    }

    @Schema(description = "How far the platform's clock is ahead of the real time, in seconds.")
    public long getOffsetSeconds() {
        return offsetSeconds;
    }

    public void setOffsetSeconds(long offsetSeconds) {
        this.offsetSeconds = offsetSeconds;
    }
}
