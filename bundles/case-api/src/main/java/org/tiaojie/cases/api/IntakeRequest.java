package org.tiaojie.cases.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.bind.annotation.XmlType;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What an intake clerk records when registering a petition — 登记.
 * Validated as a whole before anything is written.
 */
@XmlType(name = "intakeRequest")
@Schema(description = "What an intake clerk records when registering a petition — 登记. Validated as a whole "
        + "before anything is written.")
public class IntakeRequest {
    private String idempotencyKey;
    private String township;
    private PetitionForm petitionForm;
    private Source source;
    private String category;
    private Nature nature;
    private Integer headCount;
    private PriorLevel priorLevel;
    private Boolean differentMatter;
    private String repeatOf;
    private List<Petitioner> petitioners = new ArrayList<>();
    private String content;
    private String demands;
    private LocalDate receivedOn;
    private Map<String, String> departmentFields = new LinkedHashMap<>();

    @Schema(maxLength = 64, description = "Client-chosen key (8–64 characters) that makes a retried submission return the case the "
            + "first one created instead of a second case. Optional.")
    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public void setIdempotencyKey(String idempotencyKey) {
        this.idempotencyKey = idempotencyKey;
    }

    @Schema(maxLength = 20, description = "Code of the township the matter belongs to (属地). Required.")
    public String getTownship() {
        return township;
    }

    public void setTownship(String township) {
        this.township = township;
    }

    @Schema(description = "渠道. Required.")
    public PetitionForm getPetitionForm() {
        return petitionForm;
    }

    public void setPetitionForm(PetitionForm petitionForm) {
        this.petitionForm = petitionForm;
    }

    @Schema(description = "来源; `DIRECT` when absent.")
    public Source getSource() {
        return source;
    }

    public void setSource(Source source) {
        this.source = source;
    }

    @Schema(maxLength = 64, description = "Category code from the taxonomy (类别), e.g. `LAND_ACQUISITION`. Required.")
    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    @Schema(description = "性质: decides the path at triage; `REQUEST` when absent.")
    public Nature getNature() {
        return nature;
    }

    public void setNature(Nature nature) {
        this.nature = nature;
    }

    @Schema(description = "人数: how many people came or signed. Absent: the number of petitioners. Five or more make "
            + "a collective petition (集体访), counted as one batch (批) and this many person-visits (人次); "
            + "the petitioners listed are then its representatives (at most five).")
    public Integer getHeadCount() {
        return headCount;
    }

    public void setHeadCount(Integer headCount) {
        this.headCount = headCount;
    }

    @Schema(description = "已到访层级: the highest level the petitioner had already gone to with this matter, when stated.")
    public PriorLevel getPriorLevel() {
        return priorLevel;
    }

    public void setPriorLevel(PriorLevel priorLevel) {
        this.priorLevel = priorLevel;
    }

    @Schema(description = "The clerk confirms, after seeing the earlier cases of the same petitioner, that this is a "
            + "different matter (or, after termination, a new request or new facts): register it as a "
            + "new case instead of linking it as a repeat or refusing it.")
    public Boolean getDifferentMatter() {
        return differentMatter;
    }

    public void setDifferentMatter(Boolean differentMatter) {
        this.differentMatter = differentMatter;
    }

    @Schema(maxLength = 36, description = "Id of an earlier case of the same petitioner that the clerk recognises as the same "
            + "matter, when detection did not link it by itself (e.g. it was registered under another "
            + "category).")
    public String getRepeatOf() {
        return repeatOf;
    }

    public void setRepeatOf(String repeatOf) {
        this.repeatOf = repeatOf;
    }

    @ArraySchema(maxItems = 5, arraySchema = @Schema(description = "At least one petitioner; at most five (the representatives of a collective petition)."))
    public List<Petitioner> getPetitioners() {
        return petitioners;
    }

    public void setPetitioners(List<Petitioner> petitioners) {
        this.petitioners = petitioners == null ? new ArrayList<>() : petitioners;
    }

    @Schema(maxLength = 8000, description = "信访内容: what happened. Required.")
    public String getContent() {
        return content;
    }

    public void setContent(String content) {
        this.content = content;
    }

    @Schema(maxLength = 2000, description = "诉求: what the petitioner asks for. Optional.")
    public String getDemands() {
        return demands;
    }

    public void setDemands(String demands) {
        this.demands = demands;
    }

    @Schema(maxProperties = 30, description = "Extra fields a department asks for at registration (see `Department#intakeFields`).")
    public Map<String, String> getDepartmentFields() {
        return departmentFields;
    }

    public void setDepartmentFields(Map<String, String> departmentFields) {
        this.departmentFields = departmentFields == null ? new LinkedHashMap<>() : departmentFields;
    }

    @Schema(description = "收到日期: the day the letter, visit or referral reached the office, when it is registered "
            + "later. Every statutory clock of the case runs from it. Default today; not in the future; at most "
            + "`intake.maxDaysLate` days back (configuration org.tiaojie.timelimits, default 30).")
    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public void setReceivedOn(LocalDate receivedOn) {
        this.receivedOn = receivedOn;
    }
}
