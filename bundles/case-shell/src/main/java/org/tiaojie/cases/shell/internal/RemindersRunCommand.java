package org.tiaojie.cases.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.tiaojie.cases.api.supervision.ReminderRun;
import org.tiaojie.cases.api.supervision.ReminderService;

/** tiaojie:reminders-run — runs the reminder job now (operators, supervisors); sends nothing twice. */
@Command(scope = "tiaojie", name = "reminders-run", description = "Run the reminders now, as the scheduled job does")
@Service
public class RemindersRunCommand implements Action {
    @Reference(optional = true)
    private ReminderService reminders;

    @Override
    public Object execute() {
        ReminderRun r = Commands.call(() -> Commands.plugin(reminders, "supervision").run(ShellActor.current()));
        System.out.println("Reminders on " + r.getToday() + " (limits due by " + r.getHorizon() + "): "
                + r.getRemindersSent() + " sent, " + r.getAlreadySent() + " already sent, " + r.getRedelivered()
                + " handed over again; " + r.getDeadlinesRead() + " limits read from " + r.getSourcesRead()
                + (r.getSourcesFailed().isEmpty() ? "" : "; not read now: " + r.getSourcesFailed()));
        return null;
    }
}
