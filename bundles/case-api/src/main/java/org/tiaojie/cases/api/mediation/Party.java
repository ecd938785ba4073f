package org.tiaojie.cases.api.mediation;

import javax.xml.bind.annotation.XmlType;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A party to a dispute — 当事人.
 */
@XmlType(name = "mediationParty")
@Schema(description = "A party to a dispute (当事人).")
public class Party {
    private String name;
    private String role;
    private String phone;

    @Schema(maxLength = 50, description = "Name; required")
    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    @Schema(maxLength = 20, description = "APPLICANT (申请人) or RESPONDENT (被申请人)")
    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    @Schema(maxLength = 20, description = "Phone, when given; masked (138****5678) except through the audited reveal of a file's parties")
    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }
}
