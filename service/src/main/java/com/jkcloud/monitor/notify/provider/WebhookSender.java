package com.jkcloud.monitor.notify.provider;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.jkcloud.monitor.common.api.ApiException;
import com.jkcloud.monitor.common.i18n.Language;
import com.jkcloud.monitor.notify.DeliveryFailure;
import com.jkcloud.monitor.notify.Notification;
import com.jkcloud.monitor.notify.NotificationText;
import com.jkcloud.monitor.notify.NotifyConfig;
import com.jkcloud.monitor.notify.address.ChannelAddress;
import com.jkcloud.monitor.notify.address.ChannelType;
import com.jkcloud.monitor.notify.address.Destination;
import com.jkcloud.monitor.notify.address.WebhookTargets;
import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.ext.web.client.HttpResponse;
import io.vertx.mutiny.ext.web.client.WebClient;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A generic webhook: the URL is the user's, so it goes through the Vert.x web client (no redirects followed, so a
 * redirect can't lead past {@link WebhookTargets}). The body is signed as sent:
 * {@code X-JK-Signature: sha256=<hex HMAC-SHA256 of the body with the channel's secret>}; any 2xx is success.
 */
@ApplicationScoped
public class WebhookSender implements ChannelSender {

    public static final String EVENT_HEADER = "X-JK-Event";
    public static final String DELIVERY_HEADER = "X-JK-Delivery";
    public static final String SIGNATURE_HEADER = "X-JK-Signature";
    private static final int MAX_TEXT_BYTES = 64_000;

    private final WebClient client;
    private final WebhookTargets targets;
    private final ObjectMapper json;

    public WebhookSender(Vertx vertx, NotifyConfig config, WebhookTargets targets, ObjectMapper json) {
        int timeoutMillis = (int) config.timeout().toMillis();
        this.client = WebClient.create(vertx, new WebClientOptions()
                .setFollowRedirects(false)
                .setConnectTimeout(timeoutMillis)
                .setIdleTimeout(timeoutMillis)
                .setIdleTimeoutUnit(TimeUnit.MILLISECONDS)
                .setUserAgent("JK-Cloud-Monitor-Webhook"));
        this.targets = targets;
        this.json = json;
    }

    @PreDestroy
    void close() {
        client.close();
    }

    @Override
    public ChannelType type() {
        return ChannelType.WEBHOOK;
    }

    @Override
    public Uni<Void> send(Destination destination, Notification notification, String deliveryId) {
        ChannelAddress.Webhook address = (ChannelAddress.Webhook) destination.address();
        byte[] body = body(notification);
        String signature = "sha256=" + Signatures.hex(Signatures.hmacSha256(destination.webhookSecret(),
                new String(body, StandardCharsets.UTF_8)));
        return targets.checkAllowed(address.url())
                .onFailure(ApiException.class).transform(refused ->
                        new DeliveryFailure(((ApiException) refused).userMessage().in(Language.EN)))
                .chain(allowed -> client.postAbs(address.url().toString())
                        .putHeader("Content-Type", "application/json; charset=utf-8")
                        .putHeader(EVENT_HEADER, notification.event().name())
                        .putHeader(DELIVERY_HEADER, deliveryId)
                        .putHeader(SIGNATURE_HEADER, signature)
                        .sendBuffer(io.vertx.mutiny.core.buffer.Buffer.newInstance(Buffer.buffer(body))))
                .invoke(WebhookSender::expect2xx)
                .replaceWithVoid();
    }

    private static void expect2xx(HttpResponse<io.vertx.mutiny.core.buffer.Buffer> response) {
        if (response.statusCode() / 100 != 2) {
            String text = response.bodyAsString();
            throw new DeliveryFailure("HTTP " + response.statusCode()
                    + (text == null || text.isBlank() ? "" : ": " + ProviderAnswers.snippet(text)));
        }
    }

    private byte[] body(Notification notification) {
        List<WebhookBody.Item> items = notification.items().stream()
                .map(item -> new WebhookBody.Item(item.deviceSn(), item.deviceName(), item.accountId(), item.status(),
                        item.since() == null ? null : item.since().toEpochMilli(), item.message()))
                .toList();
        WebhookBody body = new WebhookBody(notification.event().name(), notification.at().toEpochMilli(),
                notification.userId(), notification.subject(), NotificationText.plain(notification, MAX_TEXT_BYTES), items);
        try {
            return json.writeValueAsBytes(body);
        } catch (JsonProcessingException unwritable) {
            throw new IllegalStateException("Webhook body could not be written", unwritable);
        }
    }

    /** NOTIFY.md: {@code {event, at, user, subject, text, items: [{deviceSn, deviceName, accountId, status, since, message}]}}. */
    record WebhookBody(String event, long at, String user, String subject, String text, List<Item> items) {
        record Item(String deviceSn, String deviceName, String accountId, String status, Long since, String message) {
        }
    }
}
