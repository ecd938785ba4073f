package org.tiaojie.cases.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.tiaojie.cases.api.CaseQueryService;
import org.tiaojie.cases.api.CaseView;

/** tiaojie:case — one case in full (personal data masked). */
@Command(scope = "tiaojie", name = "case", description = "Shows one case (personal data masked)")
@Service
public class CaseCommand implements Action {
    @Argument(index = 0, name = "id", description = "Case id (see tiaojie:cases)", required = true)
    private String id;

    @Reference
    private CaseQueryService queries;

    @Override
    public Object execute() {
        CaseView c = Commands.call(() -> queries.get(ShellActor.current(), id));
        System.out.println(c.getCaseNumber() + "  " + c.getStatus() + "  " + c.getRoutingState()
                + (c.getDepartment() == null ? "" : " → " + c.getDepartment()));
        System.out.println("Township:   " + c.getTownship() + "   Category: " + c.getCategory() + "   Nature: " + c.getNature());
        System.out.println("Registered: " + c.getRegisteredAt() + " by " + c.getRegisteredBy() + " (" + c.getPetitionForm()
                + ", " + c.getSource() + ")");
        System.out.println("Content:    " + c.getContent());
        if (c.getNextDeadline() != null) {
            System.out.println("Deadline:   " + c.getNextDeadline().getDueDate() + " — " + c.getNextDeadline().getExplanation());
        }
        System.out.println("Repeats:    " + c.getRepeatCount());
        System.out.println("Next steps: " + c.getAllowedActions());
        return null;
    }
}
