package org.tiaojie.cases.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.tiaojie.cases.api.DepartmentDirectory;
import org.tiaojie.cases.api.DepartmentStatus;

/** tiaojie:departments — one township's departments: installed, enabled, live. */
@Command(scope = "tiaojie", name = "departments",
        description = "Lists the departments of a township: installed in the platform, enabled for the township, live")
@Service
public class DepartmentsCommand implements Action {
    @Argument(index = 0, name = "township", description = "Township code", required = true)
    @Completion(TownshipCompleter.class)
    private String township;

    @Reference
    private DepartmentDirectory directory;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("Department");
        table.column("Name");
        table.column("Installed");
        table.column("Enabled");
        table.column("Live");
        table.column("Handling days");
        table.column("Categories");
        for (DepartmentStatus d : Commands.call(() -> directory.departments(ShellActor.current(), township))) {
            table.addRow().addContent(d.getDepartment(), d.getDisplayName(), yes(d.isInstalled()), yes(d.isEnabled()),
                    yes(d.isLive()), d.getHandlingDays() == null ? "-" : d.getHandlingDays(),
                    String.join(", ", d.getCategories()));
        }
        table.print(System.out);
        return null;
    }

    private static String yes(boolean b) {
        return b ? "yes" : "no";
    }
}
