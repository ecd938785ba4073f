package org.tiaojie.mediation.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.tiaojie.cases.api.mediation.Agreement;
import org.tiaojie.cases.api.mediation.CourtDocument;
import org.tiaojie.cases.api.mediation.Party;
import org.tiaojie.cases.api.mediation.Session;

/**
 * A mediation file — 调解卷宗 — as a channel's rules see it: plain data, no persistence, so the rules are
 * tested without a database. The engine copies it to and from the channel's table.
 */
public final class MediationFile {
    public String number;
    public String status;
    /** The file's division within its channel: a judicial stage, an administrative sector (the channel says which). */
    public String division;
    public String caseId;
    public String township;
    public String category;
    /** The mediating body: committee, department or court code. */
    public String bodyCode;
    public String mediator;
    public boolean nonPublic;
    public LocalDate openedOn;
    /** When the step that starts the next limit happened (a confirmation request's acceptance, say). */
    public LocalDate markOn;
    /** When the agreement or document took effect. */
    public LocalDate effectiveOn;
    public int extensionDays;
    public String escalatedFrom;
    public Content content = new Content();

    /** What the file holds beyond its columns; stored as one JSON document. */
    public static final class Content {
        public List<Party> parties = new ArrayList<>();
        public String description;
        public String courtCaseNumber;
        public boolean simpleProcedure;
        public List<Session> sessions = new ArrayList<>();
        public Agreement agreement;
        public CourtDocument courtDocument;
        public String outcomeNote;
        public List<String> extensions = new ArrayList<>();
    }
}
