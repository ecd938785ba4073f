package org.tiaojie.cases.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.tiaojie.cases.api.DepartmentDirectory;
import org.tiaojie.cases.api.DepartmentStatus;

/** tiaojie:department-enable — bring an installed department online in a township. */
@Command(scope = "tiaojie", name = "department-enable",
        description = "Enables an installed department for a township (writes etc/org.tiaojie.department.<code>-<township>.cfg); "
                + "it takes new cases of its categories and the township's unrouted backlog")
@Service
public class DepartmentEnableCommand implements Action {
    @Argument(index = 0, name = "township", description = "Township code", required = true)
    @Completion(TownshipCompleter.class)
    private String township;

    @Argument(index = 1, name = "department", description = "Department code, e.g. forestry", required = true)
    @Completion(DepartmentCompleter.class)
    private String department;

    @Option(name = "--handling-days", description = "Handling limit in days for this township (statutory maximum 60)")
    private Integer handlingDays;

    @Reference
    private DepartmentDirectory directory;

    @Override
    public Object execute() {
        DepartmentStatus s = Commands.call(() -> directory.enable(ShellActor.current(), township, department, handlingDays));
        System.out.println("Department " + s.getDepartment() + " enabled in " + s.getTownship()
                + (s.isLive() ? "; live" : "; it goes live in a moment (tiaojie:departments " + township + ")"));
        return null;
    }
}
