package org.tiaojie.mediation.people.internal;

import java.time.LocalDate;
import java.util.List;

import org.tiaojie.cases.api.Actor;
import org.tiaojie.cases.api.FieldViolation;
import org.tiaojie.cases.api.Roles;
import org.tiaojie.cases.api.WorkingCalendar;
import org.tiaojie.cases.api.mediation.MediationRecord;
import org.tiaojie.cases.api.mediation.MediationRequest;
import org.tiaojie.cases.api.mediation.MediationStep;
import org.tiaojie.cases.api.spi.MediationChannel;
import org.tiaojie.mediation.internal.ChannelPolicy;
import org.tiaojie.mediation.internal.CommonSteps;
import org.tiaojie.mediation.internal.Deadline;
import org.tiaojie.mediation.internal.MediationFile;

/**
 * People's mediation — 人民调解 (《人民调解法》): voluntary (it cannot start if a party refuses, and either
 * party may end it), free, by the committee and mediator the parties chose; sessions recorded; an agreement
 * written or oral, followed up for performance; the 30-day window for judicial confirmation.
 */
public class PeoplesMediationPolicy implements ChannelPolicy {
    private final ChannelSettings settings;
    private final WorkingCalendar calendar;

    public PeoplesMediationPolicy(ChannelSettings settings, WorkingCalendar calendar) {
        this.settings = settings;
        this.calendar = calendar;
    }

    @Override
    public MediationChannel.Kind kind() {
        return MediationChannel.Kind.PEOPLE;
    }

    @Override
    public String numberPrefix() {
        return "RT";
    }

    @Override
    public String displayName() {
        return "people's mediation";
    }

    /**
     * The centre's clerks may send a dispute here and record the parties' application for confirmation, which
     * they receive at the centre's window; only mediators mediate.
     */
    @Override
    public void authorize(Actor actor, String action, String division) {
        boolean centre = ChannelPolicy.OPEN.equals(action) || CommonSteps.APPLY_CONFIRMATION.equals(action);
        Roles.require(actor, centre ? new String[]{Roles.MEDIATOR, Roles.CLERK} : new String[]{Roles.MEDIATOR});
    }

    @Override
    public MediationChannel.Assessment assess(MediationChannel.DisputeFacts dispute) {
        if (!dispute.partiesConsent()) {
            return new MediationChannel.Assessment(false, "people's mediation needs both parties' consent");
        }
        if (dispute.courtCaseExists()) {
            return new MediationChannel.Assessment(false, "a court case is pending; judicial mediation fits better");
        }
        boolean committee = settings.committees().values().stream().anyMatch(c -> dispute.township().equals(c.township()));
        return committee ? new MediationChannel.Assessment(true, "a committee of the township can mediate")
                : new MediationChannel.Assessment(false, "no mediation committee is configured for township " + dispute.township());
    }

    @Override
    public void open(Actor actor, MediationRequest r, MediationFile file, LocalDate today, List<FieldViolation> v) {
        CommonSteps.checkRequest(r, "people's mediation (人民调解法第十七条)", v);
        ChannelSettings.Committee committee = r.getCommittee() == null ? null : settings.committees().get(r.getCommittee());
        if (committee == null) {
            v.add(new FieldViolation("committee", FieldViolation.UNKNOWN_VALUE, "one of " + settings.committees().keySet()));
        }
        ChannelSettings.Mediator mediator = r.getMediator() == null ? null : settings.mediators().get(r.getMediator());
        if (mediator == null || committee != null && !committee.code().equals(mediator.committee())) {
            v.add(new FieldViolation("mediator", FieldViolation.UNKNOWN_VALUE, "a mediator of the chosen committee"));
        }
        if (v.isEmpty()) {
            CommonSteps.fill(file, r, today);
            file.bodyCode = committee.code();
            file.mediator = mediator.id();
        }
    }

    @Override
    public List<String> actions() {
        return PeoplesMediationRules.STEPS.actions();
    }

    @Override
    public boolean allows(MediationFile f, String action, LocalDate on) {
        return PeoplesMediationRules.STEPS.allows(f.status, action, f.content.sessions.size(), f.effectiveOn, on,
                settings.rules(), calendar);
    }

    @Override
    public void validate(MediationStep step, List<FieldViolation> v) {
        CommonSteps.validate(step, v);
    }

    /** Every step of people's mediation is a common one, which the engine applies. */
    @Override
    public void apply(MediationFile f, MediationStep step, LocalDate on) {
        throw new IllegalStateException(step.getAction());
    }

    @Override
    public String expired(MediationFile f, String action, LocalDate on) {
        return settings.rules().refusal(calendar, f.status, action, f.effectiveOn);
    }

    /** People's mediation has no statutory time limit; the confirmation window is shown as confirmationDue. */
    @Override
    public Deadline deadline(MediationFile f) {
        return null;
    }

    /** The parties' window to apply for judicial confirmation, while the agreement stands unconfirmed. */
    @Override
    public Deadline reminded(MediationFile f) {
        return CommonSteps.AGREED.equals(f.status) && f.effectiveOn != null ? settings.rules().due(calendar, f.effectiveOn)
                : null;
    }

    @Override
    public void describe(MediationFile f, MediationRecord view, LocalDate today) {
        ChannelSettings.Committee c = settings.committees().get(f.bodyCode);
        view.setCommittee(c == null ? f.bodyCode : c.name());
        ChannelSettings.Mediator md = settings.mediators().get(f.mediator);
        view.setMediator(md == null ? f.mediator : md.name());
        if (f.effectiveOn != null) {
            Deadline window = settings.rules().due(calendar, f.effectiveOn);
            view.setConfirmationDue(window.due());
            if (view.getCalendarWarning() == null) {
                view.setCalendarWarning(window.warning());
            }
        }
        view.setConfirmationReminder(settings.rules().remind(calendar, f.status, f.effectiveOn, today));
    }
}
