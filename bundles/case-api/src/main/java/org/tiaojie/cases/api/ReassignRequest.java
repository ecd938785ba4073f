package org.tiaojie.cases.api;

import javax.xml.bind.annotation.XmlType;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Hands a case to another department of its township, or back to the petition office queue — 改派.
 * For cases whose department went offline, or that were routed wrongly.
 */
@XmlType(name = "reassignRequest")
@Schema(description = "Hands a case to another department of its township, or back to the petition office queue — 改派.")
public class ReassignRequest {
    private String department;
    private String note;
    private Long expectedVersion;

    @Schema(maxLength = 64, description = "Code of a department live in the case's township; absent: back to the petition office "
            + "queue (UNROUTED).")
    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    @Schema(maxLength = 2000, description = "Why; required, kept in the audit trail.")
    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    @Schema(description = "The case version the user saw; a stale one is refused (CONFLICT).")
    public Long getExpectedVersion() {
        return expectedVersion;
    }

    public void setExpectedVersion(Long expectedVersion) {
        this.expectedVersion = expectedVersion;
    }
}
