package org.tiaojie.mediation.administrative.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.tiaojie.cases.api.Actor;
import org.tiaojie.cases.api.DayCount;
import org.tiaojie.cases.api.ErrorCode;
import org.tiaojie.cases.api.FieldViolation;
import org.tiaojie.cases.api.Roles;
import org.tiaojie.cases.api.TiaojieException;
import org.tiaojie.cases.api.WorkingCalendar;
import org.tiaojie.cases.api.mediation.MediationRecord;
import org.tiaojie.cases.api.mediation.MediationRequest;
import org.tiaojie.cases.api.mediation.MediationStep;
import org.tiaojie.cases.api.spi.MediationChannel;
import org.tiaojie.mediation.internal.ChannelPolicy;
import org.tiaojie.mediation.internal.CommonSteps;
import org.tiaojie.mediation.internal.Deadline;
import org.tiaojie.mediation.internal.MediationFile;

import static org.tiaojie.mediation.administrative.internal.AdministrativeMediationRules.ACCEPT;
import static org.tiaojie.mediation.administrative.internal.AdministrativeMediationRules.APPLIED;
import static org.tiaojie.mediation.administrative.internal.AdministrativeMediationRules.NOT_ACCEPT;
import static org.tiaojie.mediation.administrative.internal.AdministrativeMediationRules.NOT_ACCEPTED;

/**
 * Administrative mediation — 行政调解: a government department mediates a civil dispute tied to the matter it
 * administers. Which department follows the dispute's category and the departments live in its township;
 * the sector (land and forest rights, labour, traffic, medical, environment, water) sets the time limit.
 */
public class AdministrativeMediationPolicy implements ChannelPolicy {
    private final AdministrativeSettings settings;
    private final LiveDepartments departments;
    private final WorkingCalendar calendar;

    public AdministrativeMediationPolicy(AdministrativeSettings settings, LiveDepartments departments,
                                         WorkingCalendar calendar) {
        this.settings = settings;
        this.departments = departments;
        this.calendar = calendar;
    }

    @Override
    public MediationChannel.Kind kind() {
        return MediationChannel.Kind.ADMINISTRATIVE;
    }

    @Override
    public String numberPrefix() {
        return "XT";
    }

    @Override
    public String displayName() {
        return "administrative mediation";
    }

    /**
     * The centre's clerks may send a dispute here and record the parties' application for confirmation;
     * department officers and mediators mediate.
     */
    @Override
    public void authorize(Actor actor, String action, String division) {
        boolean centre = ChannelPolicy.OPEN.equals(action) || CommonSteps.APPLY_CONFIRMATION.equals(action);
        Roles.require(actor, centre ? new String[]{Roles.HANDLER, Roles.MEDIATOR, Roles.CLERK}
                : new String[]{Roles.HANDLER, Roles.MEDIATOR});
    }

    @Override
    public MediationChannel.Assessment assess(MediationChannel.DisputeFacts d) {
        if (!d.partiesConsent()) {
            return new MediationChannel.Assessment(false, "administrative mediation needs both parties' consent");
        }
        if (d.courtCaseExists()) {
            return new MediationChannel.Assessment(false, "a court case is pending; judicial mediation fits better");
        }
        Optional<Sector> sector = settings.sectorOf(d.category());
        if (sector.isEmpty()) {
            return new MediationChannel.Assessment(false, "no administrative sector covers category " + d.category());
        }
        List<LiveDepartments.LiveDepartment> live = departments.handling(d.township(), d.category());
        return live.isEmpty()
                ? new MediationChannel.Assessment(false, "no department of township " + d.township()
                + " that handles " + d.category() + " is online")
                : new MediationChannel.Assessment(true, live.get(0).name() + " mediates (" + sector.get().name() + ")");
    }

    @Override
    public void open(Actor actor, MediationRequest r, MediationFile file, LocalDate today, List<FieldViolation> v) {
        CommonSteps.checkRequest(r, "administrative mediation", v);
        Optional<Sector> sector = r.getCategory() == null ? Optional.empty() : settings.sectorOf(r.getCategory().trim());
        if (r.getCategory() != null && !r.getCategory().isBlank() && sector.isEmpty()) {
            v.add(new FieldViolation("category", FieldViolation.UNKNOWN_VALUE,
                    "a category an administrative sector covers: " + settings.sectors().keySet()));
        }
        if (r.getMediator() == null || r.getMediator().isBlank() || r.getMediator().length() > 64) {
            v.add(new FieldViolation("mediator", FieldViolation.REQUIRED, "the officer who mediates, at most 64 characters"));
        }
        if (!v.isEmpty() || r.getTownship() == null) {
            return;
        }
        String category = r.getCategory().trim();
        Optional<LiveDepartments.LiveDepartment> department = r.getDepartment() == null
                ? departments.handling(r.getTownship(), category).stream().findFirst()
                : departments.find(r.getTownship(), category, r.getDepartment());
        if (department.isEmpty()) {
            throw new TiaojieException(ErrorCode.DEPARTMENT_UNAVAILABLE, (r.getDepartment() == null
                    ? "no department that handles " + category : "department " + r.getDepartment())
                    + " is online in township " + r.getTownship() + "; try again when it is, or choose another channel");
        }
        CommonSteps.fill(file, r, today);
        file.status = APPLIED;
        file.division = sector.get().code();
        file.bodyCode = department.get().code();
        file.mediator = r.getMediator().trim();
    }

    @Override
    public List<String> actions() {
        return AdministrativeMediationRules.STEPS.actions();
    }

    @Override
    public boolean allows(MediationFile f, String action, LocalDate on) {
        return AdministrativeMediationRules.STEPS.allows(f.status, action, f.content.sessions.size(), f.effectiveOn, on,
                settings.window(), calendar);
    }

    @Override
    public void validate(MediationStep step, List<FieldViolation> v) {
        if (!ACCEPT.equals(step.getAction())) {
            CommonSteps.validate(step, v);
        }
    }

    @Override
    public void apply(MediationFile f, MediationStep step, LocalDate on) {
        switch (step.getAction()) {
            case ACCEPT -> {
                f.status = CommonSteps.OPEN;
                f.markOn = on;
            }
            case NOT_ACCEPT -> {
                f.status = NOT_ACCEPTED;
                f.content.outcomeNote = step.getNote().trim();
            }
            default -> throw new IllegalStateException(step.getAction());
        }
    }

    @Override
    public String expired(MediationFile f, String action, LocalDate on) {
        return settings.window().refusal(calendar, f.status, action, f.effectiveOn);
    }

    @Override
    public Deadline deadline(MediationFile f) {
        if (APPLIED.equals(f.status)) {
            org.tiaojie.cases.api.Deadline d = calendar.period(f.openedOn, DayCount.WORKING_DAYS, settings.noticeDays());
            return new Deadline(d.getDueDate(), "受理并告知当事人：" + d.getExplanation(), d.getCalendarWarning());
        }
        Sector sector = settings.sectors().get(f.division);
        if (CommonSteps.OPEN.equals(f.status) && sector != null && f.markOn != null) {
            org.tiaojie.cases.api.Deadline d = calendar.period(f.markOn, sector.count(), sector.days());
            return new Deadline(d.getDueDate(), sector.name() + "调解期限（" + sector.basis() + "）："
                    + d.getExplanation(), d.getCalendarWarning());
        }
        return null;
    }

    /** Its own limit while it runs; the parties' window to apply for judicial confirmation once agreed. */
    @Override
    public Deadline reminded(MediationFile f) {
        Deadline own = deadline(f);
        if (own == null && CommonSteps.AGREED.equals(f.status) && f.effectiveOn != null) {
            return settings.window().due(calendar, f.effectiveOn);
        }
        return own;
    }

    @Override
    public void describe(MediationFile f, MediationRecord view, LocalDate today) {
        view.setDepartment(f.bodyCode);
        // An administrative file\'s division is its sector.
        view.setSector(f.division);
        if (f.effectiveOn != null) {
            Deadline window = settings.window().due(calendar, f.effectiveOn);
            view.setConfirmationDue(window.due());
            if (view.getCalendarWarning() == null) {
                view.setCalendarWarning(window.warning());
            }
        }
        view.setConfirmationReminder(settings.window().remind(calendar, f.status, f.effectiveOn, today));
    }
}
