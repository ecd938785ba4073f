package org.tiaojie.cases.api.legalaid;
import java.math.BigDecimal;

import javax.xml.bind.annotation.XmlType;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * An application for legal aid — 法律援助申请 — as the centre records it: directly, or completing the offer of a
 * redirected petition (give its {@code caseId}).
 */
@XmlType(name = "legalAidApplicationRequest")
@Schema(description = "An application for legal aid (法律援助申请), direct or completing the offer of a redirected petition.")
public class ApplicationRequest {
    private String caseId;
    private String township;
    private String applicantName;
    private String applicantIdNumber;
    private String applicantPhone;
    private Matter matter;
    private Exemption exemption;
    private BigDecimal monthlyIncomePerCapita;
    private boolean urgent;
    private String description;

    @Schema(maxLength = 36, description = "Id of the petition case it comes from, when redirected there; an offered application of that case is completed")
    public String getCaseId() {
        return caseId;
    }

    public void setCaseId(String caseId) {
        this.caseId = caseId;
    }

    @Schema(maxLength = 20, description = "Township code of the applicant; required")
    public String getTownship() {
        return township;
    }

    public void setTownship(String township) {
        this.township = township;
    }

    @Schema(maxLength = 50, description = "The applicant's name; required")
    public String getApplicantName() {
        return applicantName;
    }

    public void setApplicantName(String applicantName) {
        this.applicantName = applicantName;
    }

    @Schema(maxLength = 18, description = "Resident ID number, when given")
    public String getApplicantIdNumber() {
        return applicantIdNumber;
    }

    public void setApplicantIdNumber(String applicantIdNumber) {
        this.applicantIdNumber = applicantIdNumber;
    }

    @Schema(maxLength = 20, description = "Phone, when given")
    public String getApplicantPhone() {
        return applicantPhone;
    }

    public void setApplicantPhone(String applicantPhone) {
        this.applicantPhone = applicantPhone;
    }

    @Schema(description = "The matter aid is asked for; required")
    public Matter getMatter() {
        return matter;
    }

    public void setMatter(Matter matter) {
        this.matter = matter;
    }

    @Schema(description = "Why the means test does not apply, if it does not")
    public Exemption getExemption() {
        return exemption;
    }

    public void setExemption(Exemption exemption) {
        this.exemption = exemption;
    }

    @Schema(description = "Household income per person and month in yuan, for the means test")
    public BigDecimal getMonthlyIncomePerCapita() {
        return monthlyIncomePerCapita;
    }

    public void setMonthlyIncomePerCapita(BigDecimal monthlyIncomePerCapita) {
        this.monthlyIncomePerCapita = monthlyIncomePerCapita;
    }

    @Schema(description = "Urgent aid (先行提供): a lawyer may be assigned before the decision [44]")
    public boolean isUrgent() {
        return urgent;
    }

    public void setUrgent(boolean urgent) {
        this.urgent = urgent;
    }

    @Schema(maxLength = 4000, description = "What the applicant needs help with; required")
    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
