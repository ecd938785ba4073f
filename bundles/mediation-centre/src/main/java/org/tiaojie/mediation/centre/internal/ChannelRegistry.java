package org.tiaojie.mediation.centre.internal;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.osgi.service.blueprint.container.ServiceUnavailableException;
import org.tiaojie.cases.api.ErrorCode;
import org.tiaojie.cases.api.TiaojieException;
import org.tiaojie.cases.api.spi.MediationChannel;

/**
 * The mediation channels live now, found by kind in the service registry (whiteboard) at each call. The one place
 * in the centre that knows how the registry is reached: a channel leaving between the lookup and the call shows up
 * here, as Blueprint's exception, and leaves as an absent answer, so the rules above see only "there" or "not".
 */
final class ChannelRegistry {
    private final List<MediationChannel> channels;

    ChannelRegistry(List<MediationChannel> channels) {
        this.channels = channels;
    }

    /** The channel of that kind, if one is installed and not on its way out. */
    Optional<MediationChannel> find(String kind) {
        for (MediationChannel c : List.copyOf(channels)) {
            try {
                if (c.kind().name().equals(kind)) {
                    return Optional.of(c);
                }
            } catch (ServiceUnavailableException leaving) {
                // on its way out; look further
            }
        }
        return Optional.empty();
    }

    /** Asks the channel of that kind; empty when it is not there or leaves during the call. */
    <R> Optional<R> ask(String kind, Function<MediationChannel, R> question) {
        Optional<MediationChannel> channel = find(kind);
        if (channel.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(question.apply(channel.get()));
        } catch (ServiceUnavailableException leaving) {
            return Optional.empty();
        }
    }

    /** The channel of that kind, or a refusal that says to try again when it is installed. */
    MediationChannel require(String kind) {
        return find(kind).orElseThrow(() -> new TiaojieException(ErrorCode.SERVICE_UNAVAILABLE,
                "the " + kind + " mediation channel is not installed now; try again when it is"));
    }
}
