package com.jkcloud.monitor.notify.address;

/** Where a message goes: the channel's opened address and, for a webhook, the secret that signs its bodies. */
public record Destination(ChannelAddress address, String webhookSecret) {

    @Override
    public String toString() {
        return "Destination[" + address.masked() + "]";
    }
}
