package com.jkcloud.monitor.notify.channel;

import com.jkcloud.monitor.common.api.ApiException;
import com.jkcloud.monitor.common.api.ErrorCode;
import com.jkcloud.monitor.common.i18n.Language;
import com.jkcloud.monitor.notify.DeliveryFailure;
import com.jkcloud.monitor.notify.Notification;
import com.jkcloud.monitor.notify.NotificationEvent;
import com.jkcloud.monitor.notify.NotifyMessage;
import com.jkcloud.monitor.notify.address.ChannelAddress;
import com.jkcloud.monitor.notify.address.ChannelType;
import com.jkcloud.monitor.notify.address.ChannelUrls;
import com.jkcloud.monitor.notify.address.WebhookTargets;
import com.jkcloud.monitor.notify.api.ChannelChange;
import com.jkcloud.monitor.notify.api.ChannelRequest;
import com.jkcloud.monitor.notify.api.ChannelView;
import com.jkcloud.monitor.notify.api.TestDelivery;
import com.jkcloud.monitor.notify.provider.ProviderSenders;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.types.ObjectId;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A user's notification channels: validated, stored sealed, and tested through their provider. */
@ApplicationScoped
public class ChannelService {

    private static final Logger LOG = Logger.getLogger(ChannelService.class);

    private final ChannelRepository channels;
    private final ChannelSecrets secrets;
    private final WebhookTargets webhookTargets;
    private final ProviderSenders senders;
    private final Clock clock;

    public ChannelService(ChannelRepository channels, ChannelSecrets secrets, WebhookTargets webhookTargets,
            ProviderSenders senders, Clock clock) {
        this.channels = channels;
        this.secrets = secrets;
        this.webhookTargets = webhookTargets;
        this.senders = senders;
        this.clock = clock;
    }

    public Uni<List<ChannelView>> list(ObjectId ownerId) {
        return channels.listByOwner(ownerId).map(found -> found.stream().map(ChannelView::of).toList());
    }

    public Uni<ChannelView> add(ObjectId ownerId, ChannelRequest request) {
        String name = ChannelFields.name(request.name());
        ChannelAddress address = ChannelUrls.parse(request.url());
        List<NotificationEvent> events = ChannelFields.events(request.events());
        return allowed(address).chain(() -> {
            Instant now = clock.instant();
            String webhookSecret = secrets.newWebhookSecret();
            NotificationChannel channel = new NotificationChannel();
            channel.id = new ObjectId();
            channel.ownerId = ownerId;
            channel.name = name;
            channel.type = address.type();
            channel.target = address.masked();
            channel.encryptedUrl = secrets.sealUrl(channel.id, request.url().trim());
            channel.encryptedWebhookSecret = secrets.sealWebhookSecret(channel.id, webhookSecret);
            channel.events = events;
            channel.enabled = request.enabled() == null || request.enabled();
            channel.createdAt = now;
            channel.updatedAt = now;
            return channels.persist(channel).map(stored -> {
                LOG.infof("User %s added a %s channel %s", ownerId, stored.type, stored.id);
                return ChannelView.withSecret(stored, stored.type == ChannelType.WEBHOOK ? webhookSecret : null);
            });
        });
    }

    public Uni<ChannelView> change(ObjectId ownerId, ObjectId channelId, ChannelChange change) {
        if (change.isEmpty()) {
            throw ApiException.invalidField("name", NotifyMessage.NOTHING_TO_CHANGE);
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        if (change.name() != null) {
            fields.put("name", ChannelFields.name(change.name()));
        }
        if (change.events() != null) {
            fields.put("events", ChannelFields.events(change.events()).stream().map(Enum::name).toList());
        }
        if (change.enabled() != null) {
            fields.put("enabled", change.enabled());
        }
        ChannelAddress address = change.url() == null ? null : ChannelUrls.parse(change.url());
        Uni<Void> checked = address == null ? Uni.createFrom().voidItem() : allowed(address);
        return checked.chain(() -> owned(ownerId, channelId)).chain(before -> {
            if (address != null) {
                fields.put("type", address.type().name());
                fields.put("target", address.masked());
                fields.put("encryptedUrl", secrets.sealUrl(channelId, change.url().trim()));
            }
            fields.put("updatedAt", Date.from(clock.instant()));
            boolean becameWebhook = address != null && address.type() == ChannelType.WEBHOOK && before.type != ChannelType.WEBHOOK;
            return channels.setFields(channelId, ownerId, fields).map(after -> {
                if (after == null) {
                    throw ApiException.notFound();
                }
                return becameWebhook ? ChannelView.withSecret(after, secrets.webhookSecret(after)) : ChannelView.of(after);
            });
        });
    }

    public Uni<Void> remove(ObjectId ownerId, ObjectId channelId) {
        return channels.deleteOwned(channelId, ownerId).map(deleted -> {
            if (!deleted) {
                throw ApiException.notFound();
            }
            LOG.infof("User %s removed channel %s", ownerId, channelId);
            return null;
        });
    }

    /** Sends a test message now (not through the outbox) and records the outcome as the channel's last delivery. */
    public Uni<TestDelivery> test(ObjectId ownerId, ObjectId channelId, Language language) {
        return owned(ownerId, channelId).chain(channel -> {
            Notification test = new Notification(NotificationEvent.TEST, ownerId.toHexString(),
                    NotifyMessage.TEST_SUBJECT.in(language), NotifyMessage.TEST_BODY.in(language), clock.instant(), List.of());
            return senders.send(secrets.open(channel), test, "test-" + UUID.randomUUID())
                    .chain(() -> channels.recordDelivery(channelId,
                            NotificationChannel.LastDelivery.of(clock.instant(), NotificationChannel.DeliveryStatus.SENT, null)))
                    .replaceWith(new TestDelivery(true))
                    .onFailure(DeliveryFailure.class).call(failure -> channels.recordDelivery(channelId,
                            NotificationChannel.LastDelivery.of(clock.instant(), NotificationChannel.DeliveryStatus.FAILED,
                                    failure.getMessage())))
                    .onFailure(DeliveryFailure.class).transform(failure ->
                            new ApiException(ErrorCode.UPSTREAM_ERROR, NotifyMessage.providerRefused(failure.getMessage())));
        });
    }

    private Uni<Void> allowed(ChannelAddress address) {
        return address instanceof ChannelAddress.Webhook webhook
                ? webhookTargets.checkAllowed(webhook.url())
                : Uni.createFrom().voidItem();
    }

    private Uni<NotificationChannel> owned(ObjectId ownerId, ObjectId channelId) {
        return channels.findOwned(channelId, ownerId).map(channel -> {
            if (channel == null) {
                throw ApiException.notFound();
            }
            return channel;
        });
    }
}
