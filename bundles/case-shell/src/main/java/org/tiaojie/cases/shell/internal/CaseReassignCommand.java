package org.tiaojie.cases.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.tiaojie.cases.api.CaseService;
import org.tiaojie.cases.api.CaseView;
import org.tiaojie.cases.api.ReassignRequest;

/** tiaojie:case-reassign — hand a case to another live department, or back to the petition office queue. */
@Command(scope = "tiaojie", name = "case-reassign",
        description = "Reassigns an open case to a department live in its township, or back to the petition office "
                + "queue when no department is given (audited)")
@Service
public class CaseReassignCommand implements Action {
    @Argument(index = 0, name = "id", description = "Case id", required = true)
    private String id;

    @Argument(index = 1, name = "department", description = "Department code; omit for the petition office queue")
    private String department;

    @Option(name = "--note", description = "Why (required, kept in the audit trail)", required = true)
    private String note;

    @Reference
    private CaseService cases;

    @Override
    public Object execute() {
        ReassignRequest request = new ReassignRequest();
        request.setDepartment(department);
        request.setNote(note);
        CaseView c = Commands.call(() -> cases.reassign(ShellActor.current(), id, request));
        System.out.println(c.getCaseNumber() + " is now " + c.getRoutingState()
                + (c.getDepartment() == null ? "" : " → " + c.getDepartment()));
        return null;
    }
}
