package org.tiaojie.cases.api.mediation;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;
import org.tiaojie.cases.api.Actor;
import org.tiaojie.cases.api.Page;
import org.tiaojie.cases.api.PageRequest;

/**
 * The grand-mediation centre — 大调解中心: one window for disputes (统一受理、统一分流、办理跟踪、及时反馈). It takes
 * a dispute in once, asks the live channels which can take it, sends it to one, follows the channel's record,
 * sends a failed dispute on (people's → administrative → judicial mediation) or to a legal route, brings an
 * agreement to the court for confirmation, and closes the petition case the dispute came from when an
 * agreement settles it. Channels are found in the service registry at each call.
 */
@ProviderType
public interface MediationCentre {
    Dispute receive(Actor actor, DisputeRequest request);

    /** The dispute, with its current attempt read from the live channel. */
    Dispute get(Actor actor, String id);

    /**
     * One page of the disputes of the actor's townships, newest first, filtered and paged in the database; all
     * statuses when {@code status} is null, all of the actor's townships when {@code township} is null.
     */
    Page<Dispute> list(Actor actor, String status, String township, PageRequest page);

    /** Each channel's answer (live or not) to whether it can take the dispute. */
    List<ChannelAssessment> assess(Actor actor, String id);

    /**
     * Opens a record in the chosen channel from the dispute's data: the first attempt, the next one after a
     * failure, or (stage CONFIRMATION) the court's confirmation of the agreement just reached.
     */
    Dispute dispatch(Actor actor, String id, DisputeDispatch dispatch);

    /** REFER_TO_LEGAL_ROUTE or CLOSE_CASE. */
    Dispute perform(Actor actor, String id, String action, DisputeStep step);

    /**
     * The dispute's parties with their phone numbers unmasked, for the centre's staff who must reach them;
     * the purpose is kept in the dispute's history. Everywhere else they are masked.
     */
    List<Party> revealParties(Actor actor, String id, String purpose);
}
