package com.jkcloud.monitor.notify.delivery;

import com.jkcloud.monitor.app.AppDeviceRepository;
import com.jkcloud.monitor.notify.DeliveryFailure;
import com.jkcloud.monitor.notify.channel.ChannelRepository;
import com.jkcloud.monitor.notify.channel.ChannelSecrets;
import com.jkcloud.monitor.notify.channel.NotificationChannel;
import com.jkcloud.monitor.notify.provider.ProviderSenders;
import com.jkcloud.monitor.notify.push.AppPush;
import com.jkcloud.monitor.outbox.OutboxChannelTransport;
import com.jkcloud.monitor.outbox.OutboxMail;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.types.ObjectId;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.util.List;

/**
 * Sends one queued channel notification through its provider and records the attempt as the channel's last
 * delivery. The outbox entry's id is the delivery id, so a webhook retry carries the same {@code X-JK-Delivery}.
 */
@ApplicationScoped
public class ChannelTransport implements OutboxChannelTransport {

    private static final Logger LOG = Logger.getLogger(ChannelTransport.class);

    private final ChannelRepository channels;
    private final ChannelSecrets secrets;
    private final ProviderSenders senders;
    private final AppDeviceRepository devices;
    private final AppPush appPush;
    private final Clock clock;

    public ChannelTransport(ChannelRepository channels, ChannelSecrets secrets, ProviderSenders senders,
                            AppDeviceRepository devices, AppPush appPush, Clock clock) {
        this.channels = channels;
        this.devices = devices;
        this.appPush = appPush;
        this.secrets = secrets;
        this.senders = senders;
        this.clock = clock;
    }

    @Override
    public Uni<Void> deliver(OutboxMail entry) {
        if (ChannelDeliveries.APP.equals(entry.channelId)) {
            return pushToApps(entry);
        }
        ObjectId channelId = new ObjectId(entry.channelId);
        return channels.findOwned(channelId, entry.ownerId).chain(channel -> {
            if (channel == null || !channel.enabled) {
                throw new Dropped(channel == null ? "channel removed" : "channel turned off");
            }
            return Uni.createFrom().deferred(() -> senders.send(secrets.open(channel),
                            NotificationPayload.read(entry.payload), entry.id.toHexString()))
                    // Whatever else went wrong may name internals: the owner sees a plain reason.
                    .onFailure(failure -> !(failure instanceof DeliveryFailure)).transform(failure -> {
                        LOG.warnf("Notification %s could not be prepared: %s", entry.id, failure.getClass().getSimpleName());
                        return new DeliveryFailure("could not be sent");
                    })
                    .call(() -> record(channelId, NotificationChannel.DeliveryStatus.SENT, null))
                    .onFailure().call(failure -> record(channelId, NotificationChannel.DeliveryStatus.FAILED,
                            failure.getMessage()));
        });
    }

    /** To the user's devices as they are now: one signed in since the alert gets it, one logged out does not. */
    private Uni<Void> pushToApps(OutboxMail entry) {
        return devices.pushableDevicesOf(entry.ownerId).chain(found -> {
            List<String> ids = found.stream().map(device -> device.deviceId).toList();
            if (ids.isEmpty()) {
                throw new Dropped("no app device signed in");
            }
            return appPush.send(ids, NotificationPayload.read(entry.payload))
                    .call(result -> devices.markPushInvalid(result.invalidRegistrationIds()))
                    .invoke(result -> {
                        if (result.accepted()) {
                            return;
                        }
                        if (result.invalidRegistrationIds().containsAll(ids)) {
                            throw new Dropped("every app registration is invalid");
                        }
                        throw new DeliveryFailure(result.error() == null ? "push refused" : result.error());
                    })
                    .replaceWithVoid();
        });
    }

    /** Never fails: a provider that accepted the message must not get it again because this write failed. */
    private Uni<Void> record(ObjectId channelId, NotificationChannel.DeliveryStatus status, String error) {
        return channels.recordDelivery(channelId, NotificationChannel.LastDelivery.of(clock.instant(), status, error))
                .onFailure().recoverWithItem(failure -> {
                    LOG.warnf("Last delivery of channel %s not recorded: %s", channelId, failure.getClass().getSimpleName());
                    return null;
                });
    }
}
