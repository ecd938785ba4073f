package org.tiaojie.cases.core.internal;

import org.osgi.service.blueprint.container.ServiceUnavailableException;

/**
 * How the core tells a plug-in that left in the middle of a call (its service proxy reports it with Blueprint's
 * exception) from one that answered with a failure. The one class of the core that knows how the registry is
 * reached; the rest asks it.
 */
final class Plugins {
    private Plugins() {
    }

    /** The plug-in went away (uninstalled, stopping) between being found and being called. */
    static boolean leftDuringTheCall(RuntimeException e) {
        return e instanceof ServiceUnavailableException;
    }
}
