package org.tiaojie.cases.api.statistics;

import java.util.ArrayList;
import java.util.List;

import javax.xml.bind.annotation.XmlType;

import io.swagger.v3.oas.annotations.media.Schema;

/** One group's counts from one source: the group's values of the dimensions asked for, and each measure. */
@XmlType(name = "count")
@Schema(description = "One group's counts from one source.")
public class Count {
    private List<String> key = new ArrayList<>();
    private long matters;
    private long batches;
    private long personVisits;
    private long repeats;

    @Schema(description = "The group's value of each dimension asked for, in order (null: none, e.g. a case not routed to a department).")
    public List<String> getKey() {
        return key;
    }

    public void setKey(List<String> key) {
        this.key = key;
    }

    @Schema(description = "件")
    public long getMatters() {
        return matters;
    }

    public void setMatters(long matters) {
        this.matters = matters;
    }

    @Schema(description = "批")
    public long getBatches() {
        return batches;
    }

    public void setBatches(long batches) {
        this.batches = batches;
    }

    @Schema(description = "人次")
    public long getPersonVisits() {
        return personVisits;
    }

    public void setPersonVisits(long personVisits) {
        this.personVisits = personVisits;
    }

    @Schema(description = "重复信访")
    public long getRepeats() {
        return repeats;
    }

    public void setRepeats(long repeats) {
        this.repeats = repeats;
    }
}
