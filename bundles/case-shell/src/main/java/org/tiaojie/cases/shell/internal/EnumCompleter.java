package org.tiaojie.cases.shell.internal;

import java.util.List;

import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;

/** Completes the names of one of the API's enumerations, so a value added there is offered here too. */
abstract class EnumCompleter<E extends Enum<E>> implements Completer {
    private final Class<E> type;

    EnumCompleter(Class<E> type) {
        this.type = type;
    }

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        StringsCompleter names = new StringsCompleter();
        for (E e : type.getEnumConstants()) {
            names.getStrings().add(e.name());
        }
        return names.complete(session, commandLine, candidates);
    }
}
