package org.tiaojie.cases.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.support.table.ShellTable;
import org.tiaojie.cases.api.CaseQueryService;
import org.tiaojie.cases.api.CaseView;
import org.tiaojie.cases.api.Deadline;
import org.tiaojie.cases.api.DueBucket;
import org.tiaojie.cases.api.PageRequest;
import org.tiaojie.cases.api.WorkScope;
import org.tiaojie.cases.api.Worklist;

/** tiaojie:worklist — the console user's worklist (待办): overdue, due today, due this week, with counts. */
@Command(scope = "tiaojie", name = "worklist", description = "What is overdue, due today and due this week "
        + "(personal data masked)")
@Service
public class WorklistCommand implements Action {
    @Option(name = "--scope", description = "MINE (default), UNIT or TOWNSHIP (county staff: every township)")
    @Completion(WorkScopeCompleter.class)
    private String scope;

    @Option(name = "--bucket", description = "Only OVERDUE, TODAY or THIS_WEEK")
    @Completion(DueBucketCompleter.class)
    private String bucket;

    @Option(name = "--size", description = "How many (default 50, at most 200)")
    private int size = 50;

    @Reference
    private CaseQueryService queries;

    @Override
    public Object execute() {
        WorkScope whose = scope == null ? WorkScope.MINE : Commands.enumValue("--scope", scope, WorkScope.class);
        DueBucket which = bucket == null ? null : Commands.enumValue("--bucket", bucket, DueBucket.class);
        Worklist list = Commands.call(() -> queries.worklist(ShellActor.current(), whose, which, PageRequest.of(0, size)));
        System.out.println("Worklist " + whose + " on " + list.getToday() + ": overdue " + list.getOverdue()
                + ", due today " + list.getDueToday() + ", due this week (to " + list.getWeekEnds() + ") "
                + list.getDueThisWeek());
        ShellTable table = new ShellTable();
        table.column("Due");
        table.column("Case number");
        table.column("Id");
        table.column("Status");
        table.column("Department");
        table.column("Limit");
        for (CaseView c : list.getItems()) {
            Deadline d = c.getNextDeadline();
            table.addRow().addContent(d == null ? "-" : d.getDueDate() + (d.isOverdue() ? " OVERDUE" : ""),
                    c.getCaseNumber(), c.getId(), c.getStatus(), c.getDepartment() == null ? "-" : c.getDepartment(),
                    d == null ? "-" : d.getKind());
        }
        table.print(System.out);
        System.out.println(list.getItems().size() + " of " + list.getTotal());
        return null;
    }
}
