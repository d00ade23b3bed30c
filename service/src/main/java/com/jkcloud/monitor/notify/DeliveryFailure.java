package com.jkcloud.monitor.notify;

/**
 * A provider did not accept a message. The text is the provider's own answer (or what went wrong on the way),
 * already scrubbed of the channel's secrets, so it may be shown to the owner and stored.
 */
public class DeliveryFailure extends RuntimeException {

    public DeliveryFailure(String providerText) {
        super(providerText, null, false, false);
    }
}
