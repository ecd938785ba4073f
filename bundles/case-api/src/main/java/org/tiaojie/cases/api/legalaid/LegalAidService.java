package org.tiaojie.cases.api.legalaid;

import org.osgi.annotation.versioning.ProviderType;

import java.util.List;

import org.tiaojie.cases.api.Actor;
import org.tiaojie.cases.api.Page;
import org.tiaojie.cases.api.PageRequest;

/**
 * The legal-aid centre's work — 法律援助中心. Published by the legal-aid plug-in while it is installed.
 * Officers (role {@code legal-aid}) take applications and steps; the justice bureau (role
 * {@code justice-bureau}) decides objections. Every method validates fully before it writes.
 */
@ProviderType
public interface LegalAidService {

    /** Takes an application, or completes the one offered for {@code caseId}; the means test is applied. */
    Application apply(Actor actor, ApplicationRequest request);

    Application get(Actor actor, String id);

    /**
     * One page of the applications of the actor's townships, newest first, filtered and paged in the database;
     * all statuses when {@code status} is null, all of the actor's townships when {@code township} is null.
     */
    Page<Application> list(Actor actor, ApplicationStatus status, String township, PageRequest page);

    /** One step, checked against the status, the roles and the once-only rules; nothing changes when refused. */
    Application perform(Actor actor, String id, LegalAidStep step);

    /** The lawyers and legal workers with their open case load. */
    List<Lawyer> lawyers(Actor actor);
}
