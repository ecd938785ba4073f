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
 */
public record Actor(String userId, Set<String> roles, Set<String> townships) {

    public Actor {
        if (userId == null || userId.isBlank()) {
            throw new IllegalArgumentException("userId is required");
        }
        roles = Set.copyOf(roles);
        townships = Set.copyOf(townships);
    }

    /**
     * The actor of a login whose role names follow {@link Roles}: names starting with
     * {@link Roles#TOWNSHIP_PREFIX} are township assignments, the others functional roles.
     */
    public static Actor fromRoleNames(String userId, Collection<String> roleNames) {
        Set<String> roles = new HashSet<>();
        Set<String> townships = new HashSet<>();
        for (String name : roleNames) {
            if (name.startsWith(Roles.TOWNSHIP_PREFIX)) {
                townships.add(name.substring(Roles.TOWNSHIP_PREFIX.length()));
            } else {
                roles.add(name);
            }
        }
        return new Actor(userId, roles, townships);
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
