package org.tiaojie.cases.api.document;

import java.util.ArrayList;
import java.util.List;

import javax.xml.bind.annotation.XmlType;

import io.swagger.v3.oas.annotations.media.Schema;

/** Whether a kind of document can be issued for a case now, and those already issued. */
@XmlType(name = "documentChoice")
@Schema(description = "Whether a kind of document can be issued for a case now, and those already issued (from the trail).")
public class DocumentChoice {
    private DocumentKind kind;
    private String title;
    private boolean available;
    private String reason;
    private List<IssuedDocument> issued = new ArrayList<>();

    @Schema(description = "The kind.")
    public DocumentKind getKind() {
        return kind;
    }

    public void setKind(DocumentKind kind) {
        this.kind = kind;
    }

    @Schema(description = "Its title.")
    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    @Schema(description = "Whether the case's state allows it now and the caller may issue it.")
    public boolean isAvailable() {
        return available;
    }

    public void setAvailable(boolean available) {
        this.available = available;
    }

    @Schema(description = "Why not, when not available.")
    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    @Schema(description = "Those issued so far, oldest first (without query codes).")
    public List<IssuedDocument> getIssued() {
        return issued;
    }

    public void setIssued(List<IssuedDocument> issued) {
        this.issued = issued;
    }
}
