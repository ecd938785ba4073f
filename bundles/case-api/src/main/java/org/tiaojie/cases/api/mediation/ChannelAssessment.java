package org.tiaojie.cases.api.mediation;

import javax.xml.bind.annotation.XmlType;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A channel's answer to whether it can take a dispute, as the centre shows it.
 */
@XmlType(name = "channelAssessment")
@Schema(description = "Whether a channel can take the dispute, and why.")
public class ChannelAssessment {
    private String channel;
    private boolean live;
    private boolean canTake;
    private String reason;

    @Schema(description = "PEOPLE, ADMINISTRATIVE or JUDICIAL")
    public String getChannel() {
        return channel;
    }

    public void setChannel(String channel) {
        this.channel = channel;
    }

    @Schema(description = "The channel is installed now")
    public boolean isLive() {
        return live;
    }

    public void setLive(boolean live) {
        this.live = live;
    }

    @Schema(description = "It can take the dispute")
    public boolean isCanTake() {
        return canTake;
    }

    public void setCanTake(boolean canTake) {
        this.canTake = canTake;
    }

    @Schema(description = "Why, in words for the centre's staff")
    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
