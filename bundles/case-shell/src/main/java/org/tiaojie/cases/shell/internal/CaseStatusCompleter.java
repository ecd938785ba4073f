package org.tiaojie.cases.shell.internal;

import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.tiaojie.cases.api.CaseStatus;

/** Completes case statuses from the API's enumeration, so a status added there is offered here too. */
@Service
public class CaseStatusCompleter implements Completer {
    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        StringsCompleter names = new StringsCompleter();
        for (CaseStatus s : CaseStatus.values()) {
            names.getStrings().add(s.name());
        }
        return names.complete(session, commandLine, candidates);
    }
}
