package org.tiaojie.cases.api.legalaid;

import javax.xml.bind.annotation.XmlType;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A lawyer or legal worker the centre assigns — 法律援助人员 — with the case load.
 */
@XmlType(name = "lawyer")
@Schema(description = "A lawyer or legal worker the centre assigns (法律援助人员), with the case load.")
public class Lawyer {
    private String id;
    private String name;
    private String organisation;
    private String kind;
    private int openCases;

    @Schema(description = "Stable id from the configuration")
    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    @Schema(description = "Name")
    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    @Schema(description = "Law firm or legal-service office")
    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    @Schema(description = "LAWYER 律师 or LEGAL_WORKER 基层法律服务工作者")
    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    @Schema(description = "Aided matters assigned to them and not concluded")
    public int getOpenCases() {
        return openCases;
    }

    public void setOpenCases(int openCases) {
        this.openCases = openCases;
    }
}
