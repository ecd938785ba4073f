package org.tiaojie.cases.api;

/** Changes to cases. Every method validates fully before writing and writes atomically. */
public interface CaseService {

    /**
     * Registers a petition (登记) and routes it to the live department of its township that accepts its
     * category, or leaves it unrouted in the township petition office queue.
     *
     * <p>A request carrying an idempotency key already used returns the first acknowledgement with
     * {@code replayed = true} and creates nothing.
     *
     * @throws ValidationException   the request is incomplete or malformed
     * @throws TiaojieException      {@link ErrorCode#ACCESS_DENIED} when the actor may not register in that township
     */
    Acknowledgement register(Actor actor, IntakeRequest request);
}
