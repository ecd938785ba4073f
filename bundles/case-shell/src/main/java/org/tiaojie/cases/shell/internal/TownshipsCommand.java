package org.tiaojie.cases.shell.internal;

import java.util.stream.Collectors;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.tiaojie.cases.api.Actor;
import org.tiaojie.cases.api.DepartmentDirectory;
import org.tiaojie.cases.api.DepartmentStatus;
import org.tiaojie.cases.api.ReferenceData;
import org.tiaojie.cases.api.Township;

/** tiaojie:townships — the county's townships and the departments live in each. */
@Command(scope = "tiaojie", name = "townships", description = "Lists the townships and the departments live in each")
@Service
public class TownshipsCommand implements Action {
    @Reference
    private ReferenceData referenceData;

    @Reference
    private DepartmentDirectory directory;

    @Override
    public Object execute() {
        Actor actor = ShellActor.current();
        ShellTable table = new ShellTable();
        table.column("Code");
        table.column("Township");
        table.column("Live departments");
        for (Township t : referenceData.townships()) {
            if (!actor.canSeeTownship(t.code())) {
                continue;
            }
            String live = directory.departments(actor, t.code()).stream().filter(DepartmentStatus::isLive)
                    .map(d -> d.getDepartment() + " (" + d.getDisplayName() + ")").collect(Collectors.joining(", "));
            table.addRow().addContent(t.code(), t.name(), live.isEmpty() ? "-" : live);
        }
        table.print(System.out);
        return null;
    }
}
