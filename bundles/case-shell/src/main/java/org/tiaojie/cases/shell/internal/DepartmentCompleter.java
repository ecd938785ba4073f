package org.tiaojie.cases.shell.internal;

import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.tiaojie.cases.api.DepartmentDirectory;
import org.tiaojie.cases.api.DepartmentStatus;

/** Completes the department codes known to the township named by the command's first argument. */
@Service
public class DepartmentCompleter implements Completer {
    @Reference(optional = true)
    private DepartmentDirectory directory;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        StringsCompleter codes = new StringsCompleter();
        String township = firstArgument(commandLine);
        if (directory != null && township != null) {
            try {
                for (DepartmentStatus d : directory.departments(ShellActor.current(), township)) {
                    codes.getStrings().add(d.getDepartment());
                }
            } catch (RuntimeException unknownTownshipOrNotAllowed) {
                // nothing to offer
            }
        }
        return codes.complete(session, commandLine, candidates);
    }

    /** The first word after the command that is not an option or an option's value. */
    private static String firstArgument(CommandLine commandLine) {
        String[] words = commandLine.getArguments();
        for (int i = 1; i < words.length && i < commandLine.getCursorArgumentIndex(); i++) {
            if (words[i].startsWith("-")) {
                i++; // skip the option's value
            } else {
                return words[i];
            }
        }
        return null;
    }
}
