package org.tiaojie.cases.ws.internal.auth;

import java.security.Principal;
import java.util.HashSet;
import java.util.Set;

import javax.security.auth.Subject;

import org.apache.cxf.common.security.SimpleGroup;
import org.apache.cxf.common.security.SimplePrincipal;
import org.apache.cxf.message.Message;
import org.apache.cxf.security.LoginSecurityContext;
import org.apache.cxf.security.SecurityContext;
import org.tiaojie.cases.api.Actor;
import org.tiaojie.cases.api.Roles;

/** The caller a request was authenticated as, where the web services find it ({@code ActorResolver}). */
public final class Authenticated implements LoginSecurityContext {
    private final Actor actor;

    private Authenticated(Actor actor) {
        this.actor = actor;
    }

    /** Puts the actor on the message, as its security context. */
    public static void set(Message message, Actor actor) {
        message.put(SecurityContext.class, new Authenticated(actor));
    }

    /** The actor of the message, or null when it carries no login of ours. */
    public static Actor of(Message message) {
        SecurityContext context = message == null ? null : message.get(SecurityContext.class);
        return context instanceof Authenticated a ? a.actor : null;
    }

    @Override
    public Principal getUserPrincipal() {
        return new SimplePrincipal(actor.userId());
    }

    @Override
    public boolean isUserInRole(String role) {
        return actor.hasRole(role) || role.startsWith(Roles.TOWNSHIP_PREFIX)
                && actor.townships().contains(role.substring(Roles.TOWNSHIP_PREFIX.length()));
    }

    @Override
    public Subject getSubject() {
        Subject s = new Subject();
        s.getPrincipals().add(getUserPrincipal());
        s.getPrincipals().addAll(getUserRoles());
        return s;
    }

    @Override
    public Set<Principal> getUserRoles() {
        Set<Principal> roles = new HashSet<>();
        actor.roles().forEach(r -> roles.add(new SimpleGroup(r)));
        actor.townships().forEach(t -> roles.add(new SimpleGroup(Roles.TOWNSHIP_PREFIX + t)));
        return roles;
    }
}
