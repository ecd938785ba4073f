package org.tiaojie.cases.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.tiaojie.cases.api.DepartmentDirectory;

/** tiaojie:department-disable — take a department offline in a township; its cases stay. */
@Command(scope = "tiaojie", name = "department-disable",
        description = "Disables a department for a township; its open cases stay, show DEPARTMENT_OFFLINE and wait in "
                + "the petition office queue until it returns or they are reassigned")
@Service
public class DepartmentDisableCommand implements Action {
    @Argument(index = 0, name = "township", description = "Township code", required = true)
    @Completion(TownshipCompleter.class)
    private String township;

    @Argument(index = 1, name = "department", description = "Department code", required = true)
    @Completion(DepartmentCompleter.class)
    private String department;

    @Reference
    private DepartmentDirectory directory;

    @Override
    public Object execute() {
        Commands.call(() -> directory.disable(ShellActor.current(), township, department));
        System.out.println("Department " + department + " disabled in " + township);
        return null;
    }
}
