package org.tiaojie.cases.api.document;

import javax.xml.bind.annotation.XmlType;

import io.swagger.v3.oas.annotations.media.Schema;

/** A generated document — 文书: the .docx as a clerk opens it in WPS or Word. */
@XmlType(name = "documentFile")
@Schema(description = "A generated document: the .docx bytes and what it is.")
public class DocumentFile {
    /** The media type of a .docx. */
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private DocumentKind kind;
    private String number;
    private String title;
    private String fileName;
    private String caseId;
    private byte[] content;

    @Schema(description = "What it is.")
    public DocumentKind getKind() {
        return kind;
    }

    public void setKind(DocumentKind kind) {
        this.kind = kind;
    }

    @Schema(description = "Its number (文号); a bulletin's issue, e.g. 2026年第49期.")
    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    @Schema(description = "Its title as printed.")
    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    @Schema(description = "A file name for saving it, e.g. 341122101-2026-00012-受理告知书.docx.")
    public String getFileName() {
        return fileName;
    }

    public void setFileName(String fileName) {
        this.fileName = fileName;
    }

    @Schema(description = "The case it belongs to; none for a bulletin.")
    public String getCaseId() {
        return caseId;
    }

    public void setCaseId(String caseId) {
        this.caseId = caseId;
    }

    @Schema(description = "The .docx itself.")
    public byte[] getContent() {
        return content;
    }

    public void setContent(byte[] content) {
        this.content = content;
    }
}
