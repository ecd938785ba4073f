package org.tiaojie.cases.api;

import java.time.Instant;

import javax.xml.bind.annotation.XmlType;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A later submission of the same petitioner on a matter already registered — 重信重访 — kept with the case
 * it repeats instead of becoming a case of its own.
 */
@XmlType(name = "repeatSubmission")
@Schema(description = "A later submission of the same petitioner on a matter already registered — 重信重访 — kept "
        + "with the case it repeats instead of becoming a case of its own.")
public class RepeatSubmission {
    private Instant receivedAt;
    private String receivedBy;
    private PetitionForm petitionForm;
    private Source source;
    private int headCount;
    private PriorLevel priorLevel;
    private String content;
    private String demands;

    @Schema(description = "When the repeat was registered.")
    public Instant getReceivedAt() {
        return receivedAt;
    }

    public void setReceivedAt(Instant receivedAt) {
        this.receivedAt = receivedAt;
    }

    @Schema(description = "User id of the clerk who registered it.")
    public String getReceivedBy() {
        return receivedBy;
    }

    public void setReceivedBy(String receivedBy) {
        this.receivedBy = receivedBy;
    }

    @Schema(description = "How this submission arrived.")
    public PetitionForm getPetitionForm() {
        return petitionForm;
    }

    public void setPetitionForm(PetitionForm petitionForm) {
        this.petitionForm = petitionForm;
    }

    @Schema(description = "Where this submission came from, e.g. referred down again by a higher level.")
    public Source getSource() {
        return source;
    }

    public void setSource(Source source) {
        this.source = source;
    }

    @Schema(description = "People who came this time (person-visits, 人次).")
    public int getHeadCount() {
        return headCount;
    }

    public void setHeadCount(int headCount) {
        this.headCount = headCount;
    }

    @Schema(description = "The level the petitioner had gone to before this submission, when stated.")
    public PriorLevel getPriorLevel() {
        return priorLevel;
    }

    public void setPriorLevel(PriorLevel priorLevel) {
        this.priorLevel = priorLevel;
    }

    @Schema(description = "What the petitioner said this time.")
    public String getContent() {
        return content;
    }

    public void setContent(String content) {
        this.content = content;
    }

    @Schema(description = "What the petitioner asked for this time, when stated.")
    public String getDemands() {
        return demands;
    }

    public void setDemands(String demands) {
        this.demands = demands;
    }
}
