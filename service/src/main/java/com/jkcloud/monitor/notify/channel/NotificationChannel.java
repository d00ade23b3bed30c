package com.jkcloud.monitor.notify.channel;

import com.jkcloud.monitor.notify.NotificationEvent;
import com.jkcloud.monitor.notify.address.ChannelType;
import io.quarkus.mongodb.panache.common.MongoEntity;
import org.bson.types.ObjectId;

import java.time.Instant;
import java.util.List;

/** A user's notification channel. Its URL and webhook secret are stored encrypted only; {@code target} is masked. */
@MongoEntity(collection = "notification_channels")
public class NotificationChannel {
    public ObjectId id;
    public ObjectId ownerId;
    public String name;
    public ChannelType type;
    /** The URL with its tokens masked, as answers show it. */
    public String target;
    /** AES-GCM ciphertext of the whole channel URL, bound to this channel's id. */
    public String encryptedUrl;
    /** AES-GCM ciphertext of the secret that signs webhook bodies (made for every channel, used by webhooks). */
    public String encryptedWebhookSecret;
    /** Null: every subscribable event. */
    public List<NotificationEvent> events;
    public boolean enabled;
    public Instant createdAt;
    public Instant updatedAt;
    public LastDelivery lastDelivery;
    /** The earliest time the next notification may go to this channel (providers' rate limits); null = any time. */
    public Instant nextSendSlot;

    /** The outcome of the latest delivery to this channel. */
    public static class LastDelivery {
        public Instant at;
        public DeliveryStatus status;
        public String error;

        public static LastDelivery of(Instant at, DeliveryStatus status, String error) {
            LastDelivery delivery = new LastDelivery();
            delivery.at = at;
            delivery.status = status;
            delivery.error = error;
            return delivery;
        }
    }

    public enum DeliveryStatus { SENT, FAILED }
}
