package org.tiaojie.cases.api;

import javax.xml.bind.annotation.XmlType;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A person who submits a petition — 信访人. Carries personal data (ID number, phone, address):
 * it is returned unmasked only by {@link CaseQueryService#revealPetitioners}, which audits the read.
 */
@XmlType(name = "petitioner")
@Schema(description = "A person who submits a petition — 信访人. Carries personal data (ID number, phone, address): "
        + "it is returned unmasked only by `revealPetitioners`, which audits the read.")
public class Petitioner {
    private String name;
    private String idNumber;
    private String phone;
    private String address;
    private String village;

    public Petitioner() {
    }

    public Petitioner(String name, String idNumber, String phone, String address, String village) {
        this.name = name;
        this.idNumber = idNumber;
        this.phone = phone;
        this.address = address;
        this.village = village;
    }

    @Schema(maxLength = 50, description = "姓名")
    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    @Schema(maxLength = 18, description = "身份证号 (18 characters, last may be X).")
    public String getIdNumber() {
        return idNumber;
    }

    public void setIdNumber(String idNumber) {
        this.idNumber = idNumber;
    }

    @Schema(maxLength = 20, description = "联系电话")
    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    @Schema(maxLength = 200, description = "住址")
    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    @Schema(maxLength = 20, description = "所在村(居) code.")
    public String getVillage() {
        return village;
    }

    public void setVillage(String village) {
        this.village = village;
    }
}
