package org.tiaojie.cases.core.internal.jpa;

import javax.persistence.Column;
import javax.persistence.Embeddable;

/** A petitioner — 信访人 — stored with the case it belongs to. */
@Embeddable
public class PetitionerEmbeddable {

    @Column(name = "NAME", length = 50, nullable = false)
    private String name;

    @Column(name = "ID_NUMBER", length = 18)
    private String idNumber;

    @Column(name = "PHONE", length = 20)
    private String phone;

    @Column(name = "ADDRESS", length = 200)
    private String address;

    @Column(name = "VILLAGE", length = 20)
    private String village;

    /** The name in toneless pinyin, lower case, without spaces (张三 → zhangsan), for a search typed in pinyin. */
    @Column(name = "NAME_PINYIN", length = 200)
    private String namePinyin;

    public String getNamePinyin() {
        return namePinyin;
    }

    public void setNamePinyin(String namePinyin) {
        this.namePinyin = namePinyin;
    }

    public PetitionerEmbeddable() {
    }

    public PetitionerEmbeddable(String name, String idNumber, String phone, String address, String village) {
        this.name = name;
        this.idNumber = idNumber;
        this.phone = phone;
        this.address = address;
        this.village = village;
    }

    public String getName() {
        return name;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public String getPhone() {
        return phone;
    }

    public String getAddress() {
        return address;
    }

    public String getVillage() {
        return village;
    }
}
