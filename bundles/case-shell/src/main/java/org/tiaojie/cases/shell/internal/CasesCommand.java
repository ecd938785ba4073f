package org.tiaojie.cases.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.tiaojie.cases.api.CaseFilter;
import org.tiaojie.cases.api.CaseQueryService;
import org.tiaojie.cases.api.CaseStatus;
import org.tiaojie.cases.api.CaseView;
import org.tiaojie.cases.api.Page;
import org.tiaojie.cases.api.PageRequest;

/** tiaojie:cases — list cases, newest first, with the queues' filters. */
@Command(scope = "tiaojie", name = "cases", description = "Lists cases, newest first (personal data masked)")
@Service
public class CasesCommand implements Action {
    @Option(name = "--township", description = "Township code")
    @Completion(TownshipCompleter.class)
    private String township;

    @Option(name = "--status", description = "Status, e.g. DISPATCHED")
    @Completion(CaseStatusCompleter.class)
    private String status;

    @Option(name = "--department", description = "Department code")
    private String department;

    @Option(name = "--overdue", description = "Only cases past their running time limit")
    private boolean overdue;

    @Option(name = "--queue", description = "Only the petition office queue: unrouted, or department offline")
    private boolean queue;

    @Option(name = "--size", description = "How many (default 50, at most 200)")
    private int size = 50;

    @Reference
    private CaseQueryService queries;

    @Override
    public Object execute() {
        CaseFilter filter = new CaseFilter().setTownship(township).setDepartment(department)
                .setOverdue(overdue ? Boolean.TRUE : null).setPetitionOfficeQueue(queue ? Boolean.TRUE : null);
        if (status != null) {
            filter.setStatus(Commands.enumValue("--status", status, CaseStatus.class));
        }
        Page<CaseView> page = Commands.call(() -> queries.find(ShellActor.current(), filter, PageRequest.of(0, size)));
        ShellTable table = new ShellTable();
        table.column("Case number");
        table.column("Id");
        table.column("Status");
        table.column("Routing");
        table.column("Department");
        table.column("Category");
        table.column("Due");
        for (CaseView c : page.getItems()) {
            table.addRow().addContent(c.getCaseNumber(), c.getId(), c.getStatus(), c.getRoutingState(),
                    c.getDepartment() == null ? "-" : c.getDepartment(), c.getCategory(),
                    c.getNextDeadline() == null ? "-" : c.getNextDeadline().getDueDate()
                            + (c.getNextDeadline().isOverdue() ? " OVERDUE" : ""));
        }
        table.print(System.out);
        System.out.println(page.getItems().size() + " of " + page.getTotal());
        return null;
    }
}
