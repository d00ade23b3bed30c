package com.jkcloud.monitor.notify.provider;

import com.jkcloud.monitor.notify.DeliveryFailure;
import com.jkcloud.monitor.notify.Notification;
import com.jkcloud.monitor.notify.NotifyConfig;
import com.jkcloud.monitor.notify.address.ChannelType;
import com.jkcloud.monitor.notify.address.Destination;
import io.smallrye.mutiny.TimeoutException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import org.jboss.logging.Logger;

import java.util.EnumMap;
import java.util.Map;

/**
 * Sends a notification to one destination through its provider, within {@code monitor.notify.timeout}. Every
 * failure leaves as a {@link DeliveryFailure} whose text never holds the channel's tokens or secrets.
 */
@ApplicationScoped
public class ProviderSenders {

    private static final Logger LOG = Logger.getLogger(ProviderSenders.class);
    private static final int MAX_ERROR_CHARS = 300;

    private final Map<ChannelType, ChannelSender> senders = new EnumMap<>(ChannelType.class);
    private final NotifyConfig config;

    public ProviderSenders(Instance<ChannelSender> all, NotifyConfig config) {
        all.forEach(sender -> senders.put(sender.type(), sender));
        this.config = config;
    }

    public Uni<Void> send(Destination destination, Notification notification, String deliveryId) {
        ChannelSender sender = senders.get(destination.address().type());
        return Uni.createFrom().deferred(() -> sender.send(destination, notification, deliveryId))
                .ifNoItem().after(config.timeout()).fail()
                .onFailure().transform(failure -> {
                    DeliveryFailure refused = new DeliveryFailure(scrub(describe(failure), destination));
                    LOG.infof("Notification %s to %s not delivered: %s", deliveryId, destination.address().masked(),
                            refused.getMessage());
                    return refused;
                });
    }

    private static String describe(Throwable failure) {
        if (failure instanceof DeliveryFailure refused) {
            return refused.getMessage();
        }
        if (failure instanceof ProviderHttpError httpError) {
            String body = ProviderAnswers.snippet(httpError.body());
            return "HTTP " + httpError.status() + (body.isEmpty() ? "" : ": " + body);
        }
        if (failure instanceof TimeoutException) {
            return "no answer in time";
        }
        String cause = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        return "not reachable: " + cause;
    }

    /** A provider may echo the token it was called with; the owner sees its answer without it. */
    private static String scrub(String text, Destination destination) {
        String scrubbed = text;
        for (String secret : destination.address().secrets()) {
            scrubbed = scrubbed.replace(secret, "****");
        }
        if (destination.webhookSecret() != null) {
            scrubbed = scrubbed.replace(destination.webhookSecret(), "****");
        }
        return scrubbed.length() > MAX_ERROR_CHARS ? scrubbed.substring(0, MAX_ERROR_CHARS) + "…" : scrubbed;
    }
}
