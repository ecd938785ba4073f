package org.tiaojie.documents.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.tiaojie.cases.api.Actor;
import org.tiaojie.cases.api.CaseQueryService;
import org.tiaojie.cases.api.CaseView;
import org.tiaojie.cases.api.DepartmentDirectory;
import org.tiaojie.cases.api.DepartmentStatus;
import org.tiaojie.cases.api.FieldViolation;
import org.tiaojie.cases.api.PlatformClock;
import org.tiaojie.cases.api.ReferenceData;
import org.tiaojie.cases.api.TiaojieException;
import org.tiaojie.cases.api.ValidationException;
import org.tiaojie.cases.api.document.DocumentFile;
import org.tiaojie.cases.api.document.DocumentKind;
import org.tiaojie.cases.api.document.DocumentRegister;
import org.tiaojie.cases.api.document.DocumentService;
import org.tiaojie.cases.api.document.IssuedDocument;
import org.tiaojie.cases.api.supervision.Bulletin;
import org.tiaojie.cases.api.supervision.SupervisionNotice;
import org.tiaojie.cases.api.supervision.SupervisionService;

/**
 * Issues documents: the case core registers each one (its number and the trail entry) before it is laid out, from
 * the case as the caller sees it. The services it calls are Blueprint proxies: one that is away fails the call within
 * its timeout with SERVICE_UNAVAILABLE, and nothing is half-issued that the trail does not show.
 */
public class DocumentServiceImpl implements DocumentService {
    private static final Logger LOG = LoggerFactory.getLogger(DocumentServiceImpl.class);

    private final DocumentRegister register;
    private final CaseQueryService cases;
    private final ReferenceData referenceData;
    private final DepartmentDirectory departments;
    private final PlatformClock clock;
    private final DocumentSettings settings;
    private SupervisionService supervision;

    public DocumentServiceImpl(DocumentRegister register, CaseQueryService cases, ReferenceData referenceData,
                               DepartmentDirectory departments, PlatformClock clock, DocumentSettings settings) {
        this.register = register;
        this.cases = cases;
        this.referenceData = referenceData;
        this.departments = departments;
        this.clock = clock;
        this.settings = settings;
    }

    /** Optional: notices and bulletins are there while the supervision plug-in is. */
    public void setSupervision(SupervisionService supervision) {
        this.supervision = supervision;
    }

    @Override
    public DocumentFile caseDocument(Actor actor, String caseId, DocumentKind kind) {
        if (kind == null || kind == DocumentKind.SUPERVISION_NOTICE || kind == DocumentKind.BULLETIN) {
            // Their own calls carry what they are about: a notice, a week.
            throw ValidationException.of("kind", kind == null ? FieldViolation.REQUIRED : FieldViolation.UNKNOWN_VALUE,
                    kind == null ? "which document" : "a " + kind + " is issued from the notice or the bulletin, not the case");
        }
        IssuedDocument issued = register.issue(actor, caseId, kind, null);
        CaseView view = cases.get(actor, caseId);
        CaseTexts.Facts facts = new CaseTexts.Facts(view, issued, townshipName(view.getTownship()),
                unitName(actor, view.getTownship(), view.getDepartment()), categoryName(view.getCategory()),
                clock.today(), settings.issuers());
        Layout layout = CaseTexts.layout(kind, facts);
        LOG.info("{} {} of case {} issued by {}", kind, issued.getNumber(), view.getCaseNumber(), actor.userId());
        return file(kind, issued.getNumber(), layout, caseId, view.getCaseNumber());
    }

    @Override
    public DocumentFile noticeDocument(Actor actor, String noticeId) {
        SupervisionNotice n = supervision.notice(actor, noticeId);
        IssuedDocument issued = register.issue(actor, n.getCaseId(), DocumentKind.SUPERVISION_NOTICE, n.getNumber());
        CaseView view = cases.get(actor, n.getCaseId());
        Layout layout = SupervisionTexts.notice(n, view, categoryName(view.getCategory()),
                unitName(actor, view.getTownship(), n.getUnit()), clock.today(), settings.issuers());
        LOG.info("supervision notice {} of case {} issued as a document by {}", n.getNumber(), view.getCaseNumber(),
                actor.userId());
        return file(DocumentKind.SUPERVISION_NOTICE, issued.getNumber(), layout, n.getCaseId(), view.getCaseNumber());
    }

    @Override
    public DocumentFile bulletinDocument(Actor actor, String township, LocalDate weekOf) {
        Bulletin b = supervision.bulletin(actor, township, weekOf);
        DocumentSettings.Issuers issuers = settings.issuers();
        boolean county = b.getTownship() == null || b.getTownship().isBlank() || "COUNTY".equals(b.getTownship());
        String scopeName = county ? "全县" : townshipName(b.getTownship());
        String issuer = county ? issuers.county() : issuers.ofTownship(scopeName);
        // One read of each township's departments for the whole table, not one per row.
        Map<String, List<DepartmentStatus>> directory = new HashMap<>();
        Layout layout = SupervisionTexts.bulletin(b, issuer, scopeName, (t, unit) -> (county ? townshipName(t) : "")
                + unitName(directory.computeIfAbsent(t, k -> departmentsOf(actor, k)), unit), clock.today());
        String issue = SupervisionTexts.issue(b);
        LOG.info("bulletin {} of {} generated for {}", issue, scopeName, actor.userId());
        return file(DocumentKind.BULLETIN, issue, layout, null, (county ? "county" : b.getTownship())
                + "-" + b.getWeekStart());
    }

    private static DocumentFile file(DocumentKind kind, String number, Layout layout, String caseId, String stem) {
        DocumentFile f = new DocumentFile();
        f.setKind(kind);
        f.setNumber(number);
        f.setTitle(layout.title);
        f.setCaseId(caseId);
        f.setFileName(stem + "-" + layout.title + ".docx");
        f.setContent(OfficialDocument.write(layout));
        return f;
    }

    private String townshipName(String code) {
        return code == null ? "" : referenceData.township(code).map(t -> t.name()).orElse(code);
    }

    private String categoryName(String code) {
        return code == null ? null : referenceData.category(code).map(c -> c.label()).orElse(code);
    }

    /** The department's name in the township as its directory shows it, or its code. */
    private String unitName(Actor actor, String township, String department) {
        return department == null ? null : unitName(departmentsOf(actor, township), department);
    }

    private static String unitName(List<DepartmentStatus> directory, String department) {
        if (department == null) {
            return null;
        }
        return directory.stream().filter(d -> department.equals(d.getDepartment())).map(DepartmentStatus::getDisplayName)
                .filter(n -> n != null && !n.isBlank()).findFirst().orElse(department);
    }

    /**
     * The township's departments as its directory shows them; none for a caller the directory does not answer (a
     * handler reads cases, not the directory), whose documents then name departments by their code.
     */
    private List<DepartmentStatus> departmentsOf(Actor actor, String township) {
        try {
            return departments.departments(actor, township);
        } catch (TiaojieException notForThisCaller) {
            return List.of();
        }
    }

}
