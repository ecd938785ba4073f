package org.tiaojie.cases.shell.internal;

import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.tiaojie.cases.api.ReferenceData;
import org.tiaojie.cases.api.Township;

/** Completes township codes from the jurisdiction configuration. */
@Service
public class TownshipCompleter implements Completer {
    @Reference(optional = true)
    private ReferenceData referenceData;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        StringsCompleter codes = new StringsCompleter();
        if (referenceData != null) {
            for (Township t : referenceData.townships()) {
                codes.getStrings().add(t.code());
            }
        }
        return codes.complete(session, commandLine, candidates);
    }
}
