package org.tiaojie.mediation.judicial.internal;

import java.time.LocalDate;
import java.util.List;

import org.tiaojie.cases.api.Actor;
import org.tiaojie.cases.api.DayCount;
import org.tiaojie.cases.api.FieldViolation;
import org.tiaojie.cases.api.Roles;
import org.tiaojie.cases.api.WorkingCalendar;
import org.tiaojie.cases.api.mediation.Agreement;
import org.tiaojie.cases.api.mediation.CourtDocument;
import org.tiaojie.cases.api.mediation.MediationRecord;
import org.tiaojie.cases.api.mediation.MediationRequest;
import org.tiaojie.cases.api.mediation.MediationStep;
import org.tiaojie.cases.api.spi.MediationChannel;
import org.tiaojie.mediation.internal.ChannelPolicy;
import org.tiaojie.mediation.internal.CommonSteps;
import org.tiaojie.mediation.internal.Deadline;
import org.tiaojie.mediation.internal.MediationFile;

import static org.tiaojie.mediation.judicial.internal.JudicialMediationRules.ACCEPT;
import static org.tiaojie.mediation.judicial.internal.JudicialMediationRules.ACCEPTED;
import static org.tiaojie.mediation.judicial.internal.JudicialMediationRules.CONFIRM;
import static org.tiaojie.mediation.judicial.internal.JudicialMediationRules.CONFIRMATION;
import static org.tiaojie.mediation.judicial.internal.JudicialMediationRules.CONFIRMATION_RULING;
import static org.tiaojie.mediation.judicial.internal.JudicialMediationRules.CONFIRMED;
import static org.tiaojie.mediation.judicial.internal.JudicialMediationRules.DOCUMENT_EFFECTIVE;
import static org.tiaojie.mediation.judicial.internal.JudicialMediationRules.EXTEND;
import static org.tiaojie.mediation.judicial.internal.JudicialMediationRules.IN_LITIGATION;
import static org.tiaojie.mediation.judicial.internal.JudicialMediationRules.ISSUE_DOCUMENT;
import static org.tiaojie.mediation.judicial.internal.JudicialMediationRules.MEDIATION_DOCUMENT;
import static org.tiaojie.mediation.judicial.internal.JudicialMediationRules.NOT_ACCEPT;
import static org.tiaojie.mediation.judicial.internal.JudicialMediationRules.NOT_ACCEPTED;
import static org.tiaojie.mediation.judicial.internal.JudicialMediationRules.PRE_FILING;
import static org.tiaojie.mediation.judicial.internal.JudicialMediationRules.REJECT;
import static org.tiaojie.mediation.judicial.internal.JudicialMediationRules.REJECTED;
import static org.tiaojie.mediation.judicial.internal.JudicialMediationRules.REQUESTED;

/**
 * Judicial mediation — 司法调解: pre-filing and in-litigation mediation by or for the court, ending in a court
 * mediation document; and the judicial confirmation — 司法确认 — of agreements reached in people's or
 * administrative mediation, decided by ruling. Only the court takes its steps; the grand-mediation centre's
 * staff may bring a confirmation request on the parties' joint application.
 */
public class JudicialMediationPolicy implements ChannelPolicy {
    private static final String[] COURT = {Roles.COURT};
    private static final String[] CONFIRMATION_APPLICANTS = {Roles.COURT, Roles.MEDIATOR, Roles.CLERK};

    private final JudicialSettings settings;
    private final WorkingCalendar calendar;

    public JudicialMediationPolicy(JudicialSettings settings, WorkingCalendar calendar) {
        this.settings = settings;
        this.calendar = calendar;
    }

    @Override
    public MediationChannel.Kind kind() {
        return MediationChannel.Kind.JUDICIAL;
    }

    @Override
    public String numberPrefix() {
        return "ST";
    }

    @Override
    public String displayName() {
        return "judicial mediation";
    }

    @Override
    public void authorize(Actor actor, String action, String division) {
        boolean confirmationRequest = ChannelPolicy.OPEN.equals(action) && CONFIRMATION.equals(division);
        Roles.require(actor, confirmationRequest ? CONFIRMATION_APPLICANTS : COURT);
    }

    @Override
    public MediationChannel.Assessment assess(MediationChannel.DisputeFacts d) {
        if (settings.courts().isEmpty()) {
            return new MediationChannel.Assessment(false, "no court is configured");
        }
        if (d.courtCaseExists()) {
            return new MediationChannel.Assessment(true, "the court mediates the pending case (in-litigation mediation)");
        }
        return d.partiesConsent()
                ? new MediationChannel.Assessment(true, "the court can mediate before filing (pre-filing mediation)")
                : new MediationChannel.Assessment(false, "pre-filing mediation needs both parties' consent; without it the way is a lawsuit");
    }

    @Override
    public void open(Actor actor, MediationRequest r, MediationFile file, LocalDate today, List<FieldViolation> v) {
        String stage = r.getStage();
        if (stage == null || !JudicialMediationRules.STAGES.contains(stage)) {
            v.add(new FieldViolation("stage", FieldViolation.UNKNOWN_VALUE, "one of " + JudicialMediationRules.STAGES));
        }
        if (r.getCourt() == null || !settings.courts().containsKey(r.getCourt())) {
            v.add(new FieldViolation("court", FieldViolation.UNKNOWN_VALUE, "one of " + settings.courts().keySet()));
        }
        CommonSteps.checkRequest(r, "judicial mediation", v);
        if (IN_LITIGATION.equals(stage)) {
            if (r.getCourtCaseNumber() == null || r.getCourtCaseNumber().isBlank() || r.getCourtCaseNumber().length() > 64) {
                v.add(new FieldViolation("courtCaseNumber", FieldViolation.REQUIRED, "the court's case number, at most 64 characters"));
            }
        }
        if (CONFIRMATION.equals(stage)) {
            checkConfirmationRequest(r.getAgreement(), today, v);
        } else if (r.getMediator() == null || r.getMediator().isBlank() || r.getMediator().length() > 64) {
            v.add(new FieldViolation("mediator", FieldViolation.REQUIRED, "the judge or court-appointed mediator"));
        }
        if (!v.isEmpty()) {
            return;
        }
        CommonSteps.fill(file, r, today);
        file.division = stage;
        file.bodyCode = r.getCourt();
        file.mediator = r.getMediator() == null || r.getMediator().isBlank() ? "（待指定）" : r.getMediator().trim();
        file.content.courtCaseNumber = r.getCourtCaseNumber() == null ? null : r.getCourtCaseNumber().trim();
        file.content.simpleProcedure = r.isSimpleProcedure();
        if (CONFIRMATION.equals(stage)) {
            file.status = REQUESTED;
            file.content.agreement = r.getAgreement();
            file.effectiveOn = r.getAgreement().getEffectiveOn();
        }
    }

    /** Both parties apply jointly within the window after the agreement took effect, with its terms. */
    private void checkConfirmationRequest(Agreement a, LocalDate today, List<FieldViolation> v) {
        if (a == null || a.getTerms() == null || a.getTerms().isBlank()) {
            v.add(new FieldViolation("agreement.terms", FieldViolation.REQUIRED, "the agreement whose confirmation is applied for"));
            return;
        }
        if (a.getEffectiveOn() == null || a.getEffectiveOn().isAfter(today)) {
            v.add(new FieldViolation("agreement.effectiveOn", FieldViolation.REQUIRED, "when the agreement took effect, not in the future"));
        } else {
            org.tiaojie.cases.api.Deadline window = confirmationWindow(a.getEffectiveOn());
            if (today.isAfter(window.getDueDate())) {
                v.add(new FieldViolation("agreement.effectiveOn", FieldViolation.OUT_OF_RANGE, "the parties had to apply "
                        + "within " + settings.limits().window() + " days after the agreement took effect (by "
                        + window.getDueDate() + ")"));
            }
        }
    }

    /** The window for applying for confirmation after an agreement took effect, by the core's calendar. */
    org.tiaojie.cases.api.Deadline confirmationWindow(LocalDate effectiveOn) {
        return calendar.period(effectiveOn, DayCount.CALENDAR_DAYS, settings.limits().window());
    }

    @Override
    public List<String> actions() {
        return JudicialMediationRules.ACTIONS;
    }

    @Override
    public boolean allows(MediationFile f, String action, LocalDate on) {
        return JudicialMediationRules.allows(f.division, f.status, action, f.content.sessions.size(), f.extensionDays);
    }

    @Override
    public void validate(MediationStep step, List<FieldViolation> v) {
        switch (step.getAction()) {
            case ACCEPT -> {
            }
            case ISSUE_DOCUMENT -> {
                CommonSteps.checkDocument(step.getCourtDocument(), "courtDocument", null, v);
                CourtDocument d = step.getCourtDocument();
                if (d != null && !MEDIATION_DOCUMENT.equals(d.getKind()) && !CONFIRMATION_RULING.equals(d.getKind())) {
                    v.add(new FieldViolation("courtDocument.kind", FieldViolation.UNKNOWN_VALUE,
                            MEDIATION_DOCUMENT + " or " + CONFIRMATION_RULING));
                }
                if (d != null && MEDIATION_DOCUMENT.equals(d.getKind()) && d.getSignedOn() == null) {
                    v.add(new FieldViolation("courtDocument.signedOn", FieldViolation.REQUIRED,
                            "a mediation document takes effect when both parties have signed for it"));
                }
            }
            case CONFIRM -> CommonSteps.checkDocument(step.getCourtDocument(), "courtDocument", CONFIRMATION_RULING, v);
            case EXTEND -> {
                CommonSteps.text(v, "note", step.getNote(), true);
                Integer days = step.getExtensionDays();
                if (days == null || days < 1 || days > 30) {
                    v.add(new FieldViolation("extensionDays", FieldViolation.OUT_OF_RANGE, "1..30 days"));
                }
            }
            default -> CommonSteps.validate(step, v);
        }
    }

    @Override
    public void apply(MediationFile f, MediationStep step, LocalDate on) {
        switch (step.getAction()) {
            case EXTEND -> {
                int days = CONFIRMATION.equals(f.division)
                        ? Math.min(step.getExtensionDays(), settings.limits().extension()) : step.getExtensionDays();
                f.extensionDays += days;
                f.content.extensions.add(on + " +" + days + ": " + step.getNote().trim());
            }
            case ISSUE_DOCUMENT -> {
                CourtDocument d = step.getCourtDocument();
                f.content.courtDocument = d;
                f.effectiveOn = d.getSignedOn() != null ? d.getSignedOn() : d.getIssuedOn();
                f.status = DOCUMENT_EFFECTIVE;
            }
            case ACCEPT -> {
                f.status = ACCEPTED;
                f.markOn = on;
            }
            case NOT_ACCEPT -> {
                f.status = NOT_ACCEPTED;
                f.content.outcomeNote = step.getNote().trim();
            }
            case CONFIRM -> {
                f.content.courtDocument = step.getCourtDocument();
                f.status = CONFIRMED;
            }
            case REJECT -> {
                f.status = REJECTED;
                f.content.outcomeNote = step.getNote().trim();
            }
            default -> throw new IllegalStateException(step.getAction());
        }
    }

    @Override
    public Deadline deadline(MediationFile f) {
        int days = JudicialMediationRules.limitDays(f.division, f.status, f.content.simpleProcedure, f.extensionDays,
                settings.limits());
        if (days == 0) {
            return null;
        }
        LocalDate start = ACCEPTED.equals(f.status) ? f.markOn : f.openedOn;
        org.tiaojie.cases.api.Deadline d = calendar.period(start, DayCount.CALENDAR_DAYS, days);
        return new Deadline(d.getDueDate(), what(f) + "：" + d.getExplanation(), d.getCalendarWarning());
    }

    private static String what(MediationFile f) {
        if (REQUESTED.equals(f.status)) {
            return "决定是否受理司法确认申请";
        }
        if (ACCEPTED.equals(f.status)) {
            return "作出是否确认的裁定" + (f.extensionDays > 0 ? "（已延长" + f.extensionDays + "日）" : "");
        }
        String base = PRE_FILING.equals(f.division) ? "诉前调解期限" : f.content.simpleProcedure ? "简易程序调解期限" : "诉中调解期限";
        return base + (f.extensionDays > 0 ? "（经当事人同意延长" + f.extensionDays + "日）" : "");
    }

    @Override
    public void describe(MediationFile f, MediationRecord view, LocalDate today) {
        // A judicial file's division is its stage.
        view.setStage(f.division);
        view.setCourt(settings.courts().getOrDefault(f.bodyCode, f.bodyCode));
        view.setCourtCaseNumber(f.content.courtCaseNumber);
    }
}
