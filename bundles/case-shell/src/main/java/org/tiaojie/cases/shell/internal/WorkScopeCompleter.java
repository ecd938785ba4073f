package org.tiaojie.cases.shell.internal;

import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.tiaojie.cases.api.WorkScope;

/** Completes a worklist's scopes from the API's enumeration. */
@Service
public class WorkScopeCompleter extends EnumCompleter<WorkScope> {
    public WorkScopeCompleter() {
        super(WorkScope.class);
    }
}
