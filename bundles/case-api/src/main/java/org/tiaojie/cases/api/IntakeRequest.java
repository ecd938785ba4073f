package org.tiaojie.cases.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.bind.annotation.XmlType;

/**
 * What an intake clerk records when registering a petition — 登记.
 * Validated as a whole before anything is written.
 */
@XmlType(name = "intakeRequest")
public class IntakeRequest {
    private String idempotencyKey;
    private String township;
    private Channel channel;
    private Source source;
    private String category;
    private List<Petitioner> petitioners = new ArrayList<>();
    private String content;
    private String demands;
    private Map<String, String> departmentFields = new LinkedHashMap<>();

    /**
     * Client-chosen key (8–64 characters) that makes a retried submission return the case the first one
     * created instead of a second case. Optional.
     */
    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public void setIdempotencyKey(String idempotencyKey) {
        this.idempotencyKey = idempotencyKey;
    }

    /** Code of the township the matter belongs to (属地). Required. */
    public String getTownship() {
        return township;
    }

    public void setTownship(String township) {
        this.township = township;
    }

    /** 渠道. Required. */
    public Channel getChannel() {
        return channel;
    }

    public void setChannel(Channel channel) {
        this.channel = channel;
    }

    /** 来源; {@link Source#DIRECT} when absent. */
    public Source getSource() {
        return source;
    }

    public void setSource(Source source) {
        this.source = source;
    }

    /** Category code from the taxonomy (类别), e.g. {@code LAND_ACQUISITION}. Required. */
    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    /** At least one petitioner. */
    public List<Petitioner> getPetitioners() {
        return petitioners;
    }

    public void setPetitioners(List<Petitioner> petitioners) {
        this.petitioners = petitioners == null ? new ArrayList<>() : petitioners;
    }

    /** 信访内容: what happened. Required. */
    public String getContent() {
        return content;
    }

    public void setContent(String content) {
        this.content = content;
    }

    /** 诉求: what the petitioner asks for. Optional. */
    public String getDemands() {
        return demands;
    }

    public void setDemands(String demands) {
        this.demands = demands;
    }

    /** Extra fields a department's intake asks for (see {@code DepartmentIntake#intakeFields}). */
    public Map<String, String> getDepartmentFields() {
        return departmentFields;
    }

    public void setDepartmentFields(Map<String, String> departmentFields) {
        this.departmentFields = departmentFields == null ? new LinkedHashMap<>() : departmentFields;
    }
}
