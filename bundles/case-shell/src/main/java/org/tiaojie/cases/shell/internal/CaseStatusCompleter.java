package org.tiaojie.cases.shell.internal;

import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.tiaojie.cases.api.CaseStatus;

/** Completes case statuses from the API's enumeration. */
@Service
public class CaseStatusCompleter extends EnumCompleter<CaseStatus> {
    public CaseStatusCompleter() {
        super(CaseStatus.class);
    }
}
