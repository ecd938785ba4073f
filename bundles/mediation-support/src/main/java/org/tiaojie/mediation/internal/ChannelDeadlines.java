package org.tiaojie.mediation.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.tiaojie.cases.api.PlatformClock;
import org.tiaojie.cases.api.spi.DeadlineSource;
import org.tiaojie.cases.api.spi.OpenDeadline;
import org.tiaojie.mediation.internal.jpa.FileEntity;

/**
 * A channel's open limits for the reminders (source {@code mediation-<KIND>}): each file's followed limit
 * ({@link ChannelPolicy#reminded}) is kept in its {@code DUE_DATE} at every step and read here through an index. The
 * parties' window to apply for judicial confirmation is theirs, not a unit's duty: it is reminded of before it closes
 * and let go once it has (never overdue, never a case for accountability).
 */
public class ChannelDeadlines implements DeadlineSource {
    /** The statuses in which a file keeps no limit: the backfill does not look at them. */
    private static final List<String> SETTLED = List.of(CommonSteps.ENDED, CommonSteps.FAILED, CommonSteps.FULFILLED);

    private final FileStore store;
    private final ChannelPolicy policy;
    private final MediationFiles files;
    private final PlatformClock clock;

    public ChannelDeadlines(MediationFiles files, PlatformClock clock) {
        this.store = files.store();
        this.policy = files.policy();
        this.files = files;
        this.clock = clock;
    }

    /** The source's name, as registered: {@code mediation-PEOPLE}, {@code mediation-ADMINISTRATIVE}, … */
    public String sourceName() {
        return "mediation-" + policy.kind().name();
    }

    /** Writes the due dates of the files stored before they were kept (at start, a batch at a time). */
    public void backfill() {
        String after = "";
        while (after != null) {
            after = store.backfillDueDates(SETTLED, e -> files.dueDate(MediationFiles.file(e)), after, 500);
        }
    }

    @Override
    public List<OpenDeadline> dueBy(LocalDate dueBy, OpenDeadline after, int limit) {
        if (dueBy == null || limit < 1) {
            throw new IllegalArgumentException("a due date and a positive limit");
        }
        if (after == null) {
            store.closeWindows(CommonSteps.AGREED, clock.today());
        }
        List<OpenDeadline> open = new ArrayList<>();
        for (FileEntity e : store.dueBy(dueBy, after == null ? null : after.getDueDate(),
                after == null ? null : after.getSubjectId(), Math.min(limit, 1000))) {
            MediationFile f = MediationFiles.file(e);
            Deadline followed = policy.reminded(f);
            boolean window = CommonSteps.AGREED.equals(e.getStatus());
            OpenDeadline d = new OpenDeadline();
            d.setSource(sourceName());
            d.setSubjectId(e.getId());
            d.setSubjectNumber(e.getNumber());
            d.setCaseId(e.getCaseId());
            d.setDueDate(e.getDueDate());
            d.setLimit(window ? "CONFIRMATION_WINDOW" : "MEDIATION");
            d.setLimitLabel(label(followed, window));
            d.setTownship(e.getTownship());
            // The committee, department or court that holds the file.
            d.setUnit(e.getBodyCode());
            d.setRestricted(false);
            open.add(d);
        }
        return open;
    }

    /** The rule's own name (the words before its explanation), e.g. 申请司法确认期限 or 诉前调解期限. */
    private static String label(Deadline followed, boolean window) {
        if (followed != null && followed.rule() != null) {
            int colon = followed.rule().indexOf('：');
            if (colon > 0) {
                return followed.rule().substring(0, colon);
            }
        }
        return window ? "申请司法确认期限" : "调解期限";
    }
}
