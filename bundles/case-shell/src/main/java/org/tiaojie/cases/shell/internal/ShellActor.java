package org.tiaojie.cases.shell.internal;

import java.security.AccessController;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;

import javax.security.auth.Subject;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.tiaojie.cases.api.Actor;
import org.tiaojie.cases.api.ErrorCode;
import org.tiaojie.cases.api.TiaojieException;

/** The logged-in console user (ssh, bin/client) as an {@link Actor}: Karaf runs commands as their JAAS subject. */
final class ShellActor {
    private ShellActor() {
    }

    @SuppressWarnings("removal") // Karaf 4.4 hands the login to commands only through the access control context
    static Actor current() {
        Subject subject = Subject.getSubject(AccessController.getContext());
        if (subject == null) {
            throw new TiaojieException(ErrorCode.UNAUTHENTICATED, "no console login");
        }
        String user = null;
        List<String> roles = new ArrayList<>();
        for (Principal p : subject.getPrincipals()) {
            if (p instanceof UserPrincipal) {
                user = p.getName();
            } else if (p instanceof RolePrincipal) {
                roles.add(p.getName());
            }
        }
        if (user == null) {
            throw new TiaojieException(ErrorCode.UNAUTHENTICATED, "no console login");
        }
        return Actor.fromRoleNames(user, roles);
    }
}
