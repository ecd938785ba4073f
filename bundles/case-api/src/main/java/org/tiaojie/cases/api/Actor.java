package org.tiaojie.cases.api;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * The authenticated member of staff on whose behalf a service call runs. The web layer builds it from
 * the JAAS subject; the core decides with it what the caller may see and do, and writes it to the audit.
 *
 * @param userId     login name
 * @param roles      functional roles, see {@link Roles}
 * @param townships  codes of the townships the user is assigned to; ignored for county-wide users
 * @param units      codes of the departments (单位) the user works in, from roles {@code unit:<code>}
 */
public record Actor(String userId, Set<String> roles, Set<String> townships, Set<String> units) {

    public Actor {
        if (userId == null || userId.isBlank()) {
            throw new IllegalArgumentException("userId is required");
        }
        roles = Set.copyOf(roles);
        townships = Set.copyOf(townships);
        units = Set.copyOf(units);
    }

    /** An actor who works in no particular unit. */
    public Actor(String userId, Set<String> roles, Set<String> townships) {
        this(userId, roles, townships, Set.of());
    }

    /**
     * The actor of a login whose role names follow {@link Roles}: names starting with
     * {@link Roles#TOWNSHIP_PREFIX} are township assignments, those starting with {@link Roles#UNIT_PREFIX} unit
     * memberships, the others functional roles.
     */
    public static Actor fromRoleNames(String userId, Collection<String> roleNames) {
        Set<String> roles = new HashSet<>();
        Set<String> townships = new HashSet<>();
        Set<String> units = new HashSet<>();
        for (String name : roleNames) {
            if (name.startsWith(Roles.TOWNSHIP_PREFIX)) {
                townships.add(name.substring(Roles.TOWNSHIP_PREFIX.length()));
            } else if (name.startsWith(Roles.UNIT_PREFIX)) {
                units.add(name.substring(Roles.UNIT_PREFIX.length()));
            } else {
                roles.add(name);
            }
        }
        return new Actor(userId, roles, townships, units);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean hasAnyRole(String... wanted) {
        for (String role : wanted) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }

    /** The user's scope is every township (role {@link Roles#COUNTY}); it grants no operation by itself. */
    public boolean isCountyWide() {
        return roles.contains(Roles.COUNTY);
    }

    public boolean canSeeTownship(String township) {
        return isCountyWide() || townships.contains(township);
    }
}
