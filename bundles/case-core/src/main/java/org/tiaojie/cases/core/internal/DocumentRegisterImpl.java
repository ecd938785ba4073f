package org.tiaojie.cases.core.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.tiaojie.cases.api.Actor;
import org.tiaojie.cases.api.CaseView;
import org.tiaojie.cases.api.ErrorCode;
import org.tiaojie.cases.api.FieldViolation;
import org.tiaojie.cases.api.PlatformClock;
import org.tiaojie.cases.api.Roles;
import org.tiaojie.cases.api.TiaojieException;
import org.tiaojie.cases.api.ValidationException;
import org.tiaojie.cases.api.document.DocumentChoice;
import org.tiaojie.cases.api.document.DocumentKind;
import org.tiaojie.cases.api.document.DocumentRegister;
import org.tiaojie.cases.api.document.IssuedDocument;
import org.tiaojie.cases.core.internal.jpa.AuditEntryEntity;
import org.tiaojie.cases.core.internal.time.TimeRules;
import org.tiaojie.records.internal.Retry;

/**
 * The register of documents issued for cases (发文登记): the number and the trail entry {@code DOCUMENT_ISSUED} in the
 * case's own transaction, under its row lock, so two clerks printing at once get two numbers and two entries.
 */
public class DocumentRegisterImpl implements DocumentRegister {
    static final String ISSUED = "DOCUMENT_ISSUED";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final CaseRepository repository;
    private final CaseViews views;
    private final ReferenceDataImpl referenceData;
    private final PlatformClock clock;

    public DocumentRegisterImpl(CaseRepository repository, DepartmentRegistry departments,
                                ReferenceDataImpl referenceData, TimeRules rules, PlatformClock clock) {
        this.repository = repository;
        this.referenceData = referenceData;
        this.clock = clock;
        this.views = new CaseViews(rules, clock, departments);
    }

    @Override
    public IssuedDocument issue(Actor actor, String caseId, DocumentKind kind, String number) {
        if (kind == null || !kind.ofACase()) {
            throw new ValidationException(List.of(kind == null
                    ? new FieldViolation("kind", FieldViolation.REQUIRED, "required")
                    : new FieldViolation("kind", FieldViolation.UNKNOWN_VALUE, "a " + kind + " does not belong to a case")));
        }
        if ((kind == DocumentKind.SUPERVISION_NOTICE) != (number != null && !number.isBlank())) {
            throw new ValidationException(List.of(kind == DocumentKind.SUPERVISION_NOTICE
                    ? new FieldViolation("number", FieldViolation.REQUIRED, "a supervision notice carries its own number")
                    : new FieldViolation("number", FieldViolation.OUT_OF_RANGE, "the register numbers " + kind + " itself")));
        }
        // The role first, so that whether a case exists is told only to those who may issue its documents.
        if (DocumentRules.isRoleRefusal(actor, kind)) {
            throw new TiaojieException(ErrorCode.ACCESS_DENIED, DocumentRules.refusal(actor, kind, null).orElseThrow());
        }
        CaseView view = visibleView(actor, caseId);
        Optional<String> refused = DocumentRules.refusal(actor, kind, view);
        if (refused.isPresent()) {
            throw new TiaojieException(ErrorCode.ILLEGAL_TRANSITION, refused.get());
        }
        Moment now = Moment.of(clock);
        int year = now.date().getYear();
        String series = DocumentRules.series(view.getTownship(), kind, year);
        if (number == null) {
            repository.prepareDocumentSeries(series);
        }
        String[] given = new String[1];
        CaseSnapshot after = Retry.transaction(CaseRepository.STORE, () -> repository.change(caseId, entity -> {
            given[0] = number != null ? number.trim() : DocumentRules.number(townshipName(view.getTownship()), kind,
                    year, repository.nextInSeries(series));
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("kind", kind.name());
            values.put("number", given[0]);
            values.put("title", kind.title());
            // The trail says which document and its number — never the query code a slip carries.
            return new AuditDraft(actor.userId(), ISSUED, now, null, values);
        })).orElseThrow(() -> new TiaojieException(ErrorCode.CASE_NOT_FOUND, "no such case"));
        IssuedDocument issued = new IssuedDocument();
        issued.setCaseId(after.id());
        issued.setCaseNumber(after.caseNumber());
        issued.setKind(kind);
        issued.setNumber(given[0]);
        issued.setIssuedAt(now.at());
        issued.setIssuedBy(actor.userId());
        if (kind == DocumentKind.REGISTRATION_SLIP) {
            issued.setQueryCode(after.queryCode());
        }
        return issued;
    }

    @Override
    public List<DocumentChoice> choices(Actor actor, String caseId) {
        CaseView view = visibleView(actor, caseId);
        Map<DocumentKind, List<IssuedDocument>> issued = new EnumMap<>(DocumentKind.class);
        for (AuditEntryEntity e : repository.auditTrail(caseId)) {
            if (ISSUED.equals(e.getAction())) {
                toIssued(view, e).ifPresent(d -> issued.computeIfAbsent(d.getKind(), k -> new ArrayList<>()).add(d));
            }
        }
        List<DocumentChoice> choices = new ArrayList<>();
        for (DocumentKind kind : DocumentKind.values()) {
            if (!kind.ofACase()) {
                continue;
            }
            DocumentChoice choice = new DocumentChoice();
            choice.setKind(kind);
            choice.setTitle(kind.title());
            Optional<String> refused = kind == DocumentKind.SUPERVISION_NOTICE
                    ? Optional.of("issued from the notice (POST /v1/supervision/notices/{id}/document)")
                    : DocumentRules.refusal(actor, kind, view);
            choice.setAvailable(refused.isEmpty());
            choice.setReason(refused.orElse(null));
            choice.setIssued(issued.getOrDefault(kind, List.of()));
            choices.add(choice);
        }
        return choices;
    }

    private CaseView visibleView(Actor actor, String caseId) {
        Roles.require(actor, CaseQueryServiceImpl.READERS);
        CaseSnapshot c = caseId == null ? null : repository.find(caseId).orElse(null);
        if (c == null || !Access.maySee(actor, c.township(), c.routingState(), c.registeredBy())) {
            throw new TiaojieException(ErrorCode.CASE_NOT_FOUND, "no such case");
        }
        return views.staffView(c, actor);
    }

    private String townshipName(String code) {
        return referenceData.township(code).map(t -> t.name()).orElse(code);
    }

    private static Optional<IssuedDocument> toIssued(CaseView view, AuditEntryEntity e) {
        try {
            JsonNode after = JSON.readTree(e.getAfter());
            IssuedDocument d = new IssuedDocument();
            d.setCaseId(view.getId());
            d.setCaseNumber(view.getCaseNumber());
            d.setKind(DocumentKind.valueOf(after.path("kind").asText()));
            d.setNumber(after.path("number").asText());
            d.setIssuedAt(e.getAt());
            d.setIssuedBy(e.getActor());
            return Optional.of(d);
        } catch (JsonProcessingException | IllegalArgumentException | NullPointerException unreadable) {
            return Optional.empty(); // a kind a later version added and this one does not know
        }
    }

}
