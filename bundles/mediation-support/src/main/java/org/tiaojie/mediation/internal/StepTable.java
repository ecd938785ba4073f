package org.tiaojie.mediation.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.tiaojie.cases.api.WorkingCalendar;

/**
 * A channel's table of which step is possible in which status, with the guards people's and administrative
 * mediation share: an agreement needs a recorded session, and an application for judicial confirmation
 * must come within the window.
 */
public final class StepTable {
    private final List<String> actions;
    private final Map<String, Set<String>> table;

    public StepTable(List<String> actions, Map<String, Set<String>> table) {
        this.actions = List.copyOf(actions);
        this.table = Map.copyOf(table);
    }

    public List<String> actions() {
        return actions;
    }

    /** Whether the status lists the action at all. */
    public boolean lists(String status, String action) {
        return table.getOrDefault(status, Set.of()).contains(action);
    }

    public boolean allows(String status, String action, int sessions, LocalDate effectiveOn, LocalDate on,
                          ConfirmationWindow window, WorkingCalendar calendar) {
        if (!lists(status, action)) {
            return false;
        }
        return switch (action) {
            case CommonSteps.AGREE -> sessions > 0;
            case CommonSteps.APPLY_CONFIRMATION -> window.open(calendar, effectiveOn, on);
            default -> true;
        };
    }

    public List<String> allowed(String status, int sessions, LocalDate effectiveOn, LocalDate on, ConfirmationWindow window,
                                WorkingCalendar calendar) {
        return actions.stream().filter(a -> allows(status, a, sessions, effectiveOn, on, window, calendar)).toList();
    }
}
