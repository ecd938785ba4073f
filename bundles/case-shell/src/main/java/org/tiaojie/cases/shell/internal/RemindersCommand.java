package org.tiaojie.cases.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.tiaojie.cases.api.Page;
import org.tiaojie.cases.api.PageRequest;
import org.tiaojie.cases.api.supervision.Reminder;
import org.tiaojie.cases.api.supervision.ReminderService;
import org.tiaojie.cases.api.supervision.ReminderStage;

/** tiaojie:reminders — the reminders sent (催办提醒), newest first; there while the supervision plug-in is. */
@Command(scope = "tiaojie", name = "reminders", description = "The reminders of time limits sent, newest first")
@Service
public class RemindersCommand implements Action {
    @Option(name = "--case", description = "Only those of this case (its id)")
    private String caseId;

    @Option(name = "--township", description = "Only this township (code)")
    @Completion(TownshipCompleter.class)
    private String township;

    @Option(name = "--stage", description = "Only DUE_SOON or OVERDUE")
    @Completion(ReminderStageCompleter.class)
    private String stage;

    @Option(name = "--size", description = "How many (default 50, at most 200)")
    private int size = 50;

    @Reference(optional = true)
    private ReminderService reminders;

    @Override
    public Object execute() {
        ReminderStage which = stage == null ? null : Commands.enumValue("--stage", stage, ReminderStage.class);
        Page<Reminder> page = Commands.call(() -> Commands.plugin(reminders, "supervision").list(ShellActor.current(), caseId, township, which,
                PageRequest.of(0, size)));
        ShellTable table = new ShellTable();
        table.column("Reminded");
        table.column("Stage");
        table.column("Due");
        table.column("Number");
        table.column("Limit");
        table.column("Township");
        table.column("Unit");
        table.column("Person");
        table.column("Deliveries");
        for (Reminder m : page.getItems()) {
            table.addRow().addContent(m.getRemindedAt(), m.getStage() + (m.getLeadWorkingDays() == null ? ""
                    : " " + m.getLeadWorkingDays() + "wd"), m.getDueDate(), m.getSubjectNumber(), m.getLimitLabel(),
                    m.getTownship(), m.getUnit() == null ? "-" : m.getUnit(), m.getPerson() == null ? "-" : m.getPerson(),
                    String.join("; ", m.getDeliveries()));
        }
        table.print(System.out);
        System.out.println(page.getItems().size() + " of " + page.getTotal());
        return null;
    }
}
