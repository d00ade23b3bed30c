package com.jkcloud.monitor.notify.channel;

import com.jkcloud.monitor.common.crypto.CredentialCipher;
import com.jkcloud.monitor.notify.address.ChannelAddress;
import com.jkcloud.monitor.notify.address.ChannelUrls;
import com.jkcloud.monitor.notify.address.Destination;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.types.ObjectId;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Seals and opens a channel's URL and webhook secret. The associated data is the channel id (and a purpose),
 * so a ciphertext copied onto another channel, or swapped between the two fields, does not open.
 */
@ApplicationScoped
public class ChannelSecrets {

    private static final int WEBHOOK_SECRET_BYTES = 32;

    private final CredentialCipher cipher;
    private final SecureRandom random = new SecureRandom();

    public ChannelSecrets(CredentialCipher cipher) {
        this.cipher = cipher;
    }

    public String sealUrl(ObjectId channelId, String url) {
        return cipher.encrypt(url, urlPurpose(channelId));
    }

    public String newWebhookSecret() {
        byte[] secret = new byte[WEBHOOK_SECRET_BYTES];
        random.nextBytes(secret);
        return HexFormat.of().formatHex(secret);
    }

    public String sealWebhookSecret(ObjectId channelId, String secret) {
        return cipher.encrypt(secret, webhookPurpose(channelId));
    }

    public String webhookSecret(NotificationChannel channel) {
        return cipher.decrypt(channel.encryptedWebhookSecret, webhookPurpose(channel.id));
    }

    public Destination open(NotificationChannel channel) {
        ChannelAddress address = ChannelUrls.parse(cipher.decrypt(channel.encryptedUrl, urlPurpose(channel.id)));
        return new Destination(address, webhookSecret(channel));
    }

    private static String urlPurpose(ObjectId channelId) {
        return "notification-channel/" + channelId.toHexString() + "/url";
    }

    private static String webhookPurpose(ObjectId channelId) {
        return "notification-channel/" + channelId.toHexString() + "/webhook-secret";
    }
}
