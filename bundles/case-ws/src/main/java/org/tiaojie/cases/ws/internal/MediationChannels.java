package org.tiaojie.cases.ws.internal;

import java.util.List;
import java.util.Locale;

import org.osgi.service.blueprint.container.ServiceUnavailableException;
import org.tiaojie.cases.api.ErrorCode;
import org.tiaojie.cases.api.FieldViolation;
import org.tiaojie.cases.api.TiaojieException;
import org.tiaojie.cases.api.ValidationException;
import org.tiaojie.cases.api.spi.MediationChannel;

/** The live mediation channels (whiteboard): found by kind at each call, so they may come and go. */
public class MediationChannels {
    private final List<MediationChannel> channels;

    /** @param channels a Blueprint reference-list: empty while no channel is installed */
    public MediationChannels(List<MediationChannel> channels) {
        this.channels = channels;
    }

    /**
     * The live channel of that kind.
     *
     * @throws ValidationException for a name that is no channel
     * @throws TiaojieException    {@link ErrorCode#SERVICE_UNAVAILABLE} when that channel is not installed now
     */
    public MediationChannel require(String name) {
        MediationChannel.Kind kind;
        try {
            kind = MediationChannel.Kind.valueOf(name == null ? "" : name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ValidationException.of("channel", FieldViolation.UNKNOWN_VALUE, "people, administrative or judicial");
        }
        for (MediationChannel c : List.copyOf(channels)) {
            try {
                if (c.kind() == kind) {
                    return c;
                }
            } catch (ServiceUnavailableException leaving) {
                // that one is on its way out; look further
            }
        }
        throw new TiaojieException(ErrorCode.SERVICE_UNAVAILABLE, "the " + kind + " mediation channel is not installed now");
    }
}
