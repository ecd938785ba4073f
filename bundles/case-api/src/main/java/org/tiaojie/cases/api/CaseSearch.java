package org.tiaojie.cases.api;

import javax.xml.bind.annotation.XmlType;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A search for cases — 查询: by number, petitioner (name as written or in pinyin, ID number, phone), village,
 * category and words of the content; the criteria given combine with AND. A search by an ID number or a phone is a
 * use of personal data: it needs a purpose, and every case it finds records the search in its trail.
 */
@XmlType(name = "caseSearch")
@Schema(description = "A search for cases (查询); the criteria given combine with AND, at least one is required. A "
        + "search by idNumber or phone needs a purpose and is recorded in the trail of every case it finds "
        + "(PERSONAL_DATA_SEARCH), like an unmasked read. Results are masked like lists.")
public class CaseSearch {
    private String caseNumber;
    private String name;
    private String idNumber;
    private String phone;
    private String village;
    private String category;
    private String words;
    private String purpose;

    @Schema(maxLength = 40, description = "The case number, whole (341122101-2026-000042) or its beginning.")
    public String getCaseNumber() {
        return caseNumber;
    }

    public void setCaseNumber(String caseNumber) {
        this.caseNumber = caseNumber;
    }

    @Schema(maxLength = 50, description = "A petitioner's name or its beginning, in Chinese characters (张三) or in "
            + "pinyin, with or without spaces or tones (zhang san, zhangsan).")
    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    @Schema(maxLength = 18, description = "A petitioner's resident ID number, whole (personal data: needs a purpose).")
    public String getIdNumber() {
        return idNumber;
    }

    public void setIdNumber(String idNumber) {
        this.idNumber = idNumber;
    }

    @Schema(maxLength = 20, description = "A petitioner's phone number, whole (personal data: needs a purpose).")
    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    @Schema(maxLength = 20, description = "A petitioner's village (code).")
    public String getVillage() {
        return village;
    }

    public void setVillage(String village) {
        this.village = village;
    }

    @Schema(maxLength = 64, description = "The category code.")
    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    @Schema(maxLength = 200, description = "Words of the content, separated by spaces: every one must occur.")
    public String getWords() {
        return words;
    }

    public void setWords(String words) {
        this.words = words;
    }

    @Schema(maxLength = 500, description = "Why the personal data is searched for (e.g. 核查是否重复信访); required with "
            + "idNumber or phone, kept in the trail of every case found.")
    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }
}
