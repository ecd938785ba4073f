package org.tiaojie.cases.api.supervision;

import javax.xml.bind.annotation.XmlType;

import io.swagger.v3.oas.annotations.media.Schema;

/** How an accountability record is closed. */
@XmlType(name = "conclusion")
@Schema(description = "How an accountability record is closed.")
public class Conclusion {
    private String conclusion;

    @Schema(maxLength = 2000, description = "The conclusion (e.g. 约谈, 通报批评, 不予问责 with the reason); required.")
    public String getConclusion() {
        return conclusion;
    }

    public void setConclusion(String conclusion) {
        this.conclusion = conclusion;
    }
}
