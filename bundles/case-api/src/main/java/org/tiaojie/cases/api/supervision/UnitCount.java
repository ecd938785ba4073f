package org.tiaojie.cases.api.supervision;

import javax.xml.bind.annotation.XmlType;

import io.swagger.v3.oas.annotations.media.Schema;

/** A count for one unit of a township, as a bulletin lists it. */
@XmlType(name = "unitCount")
@Schema(description = "A count for one unit of a township.")
public class UnitCount {
    private String township;
    private String unit;
    private int count;

    @Schema(description = "The township.")
    public String getTownship() {
        return township;
    }

    public void setTownship(String township) {
        this.township = township;
    }

    @Schema(description = "The unit (department code); null: not dispatched to one yet.")
    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    @Schema(description = "How many.")
    public int getCount() {
        return count;
    }

    public void setCount(int count) {
        this.count = count;
    }
}
