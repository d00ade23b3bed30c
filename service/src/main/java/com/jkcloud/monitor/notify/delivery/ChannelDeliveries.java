package com.jkcloud.monitor.notify.delivery;

import com.jkcloud.monitor.app.AppDeviceRepository;
import com.jkcloud.monitor.notify.Notification;
import com.jkcloud.monitor.notify.NotificationEvent;
import com.jkcloud.monitor.notify.NotifyConfig;
import com.jkcloud.monitor.notify.channel.ChannelRepository;
import com.jkcloud.monitor.notify.channel.NotificationChannel;
import com.jkcloud.monitor.notify.push.AppPush;
import com.jkcloud.monitor.outbox.OutboxMail;
import com.jkcloud.monitor.outbox.OutboxRepository;
import com.jkcloud.monitor.outbox.OutboxSender;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.types.ObjectId;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.List;

/**
 * Queues one notification per enabled, subscribed channel of a user into the outbox, which sends it with lease,
 * retry and backoff ({@link ChannelTransport}).
 */
@ApplicationScoped
public class ChannelDeliveries {

    private static final Logger LOG = Logger.getLogger(ChannelDeliveries.class);
    /** Which event names a message that lists several kinds of change: the one most needing attention. */
    private static final List<NotificationEvent> MOST_URGENT_FIRST = List.of(NotificationEvent.AUTH_FAILED,
            NotificationEvent.OFFLINE, NotificationEvent.EXCEPTION, NotificationEvent.RECOVERED);

    /** The channel id of app push deliveries in the outbox and the log. */
    public static final String APP = "app";

    private final ChannelRepository channels;
    private final AppDeviceRepository devices;
    private final AppPush appPush;
    private final OutboxRepository outbox;
    private final NotifyConfig config;
    private final OutboxSender sender;
    private final ChannelPacing pacing;
    private final Template noticeHtml;

    public ChannelDeliveries(ChannelRepository channels, AppDeviceRepository devices, AppPush appPush,
                             OutboxRepository outbox, NotifyConfig config, OutboxSender sender, ChannelPacing pacing,
                             @Location("mail/notice.html") Template noticeHtml) {
        this.noticeHtml = noticeHtml;
        this.sender = sender;
        this.pacing = pacing;
        this.channels = channels;
        this.devices = devices;
        this.appPush = appPush;
        this.outbox = outbox;
        this.config = config;
    }

    /** {@code appPushWanted}: the user's own setting; the push also needs a provider and a signed-in device. */
    public Uni<ChannelAudience> audience(ObjectId ownerId, boolean appPushWanted) {
        Uni<Boolean> appPushed = appPushWanted && appPush.enabled()
                ? devices.pushableDevicesOf(ownerId).map(found -> !found.isEmpty())
                : Uni.createFrom().item(false);
        return appPushed.flatMap(pushed -> channels.listEnabledByOwner(ownerId)
                .map(found -> new ChannelAudience(ownerId, found, pushed)));
    }

    /**
     * Queues the changes to every channel of the audience that subscribes to any of them; answers how many
     * deliveries were queued. {@code batchKey} names this set of changes: with the channel it is the dedupe key,
     * so the same changes never reach a channel twice. Each channel's subject counts the changes it subscribes to.
     */
    public Uni<Integer> queue(ChannelAudience audience, String batchKey, List<DeviceChange> changes, ChangesSubject subject,
                              Instant now) {
        return Multi.createFrom().iterable(audience.channels())
                .onItem().transformToUniAndConcatenate(channel -> {
                    List<DeviceChange> subscribed = changes.stream()
                            .filter(change -> ChannelAudience.subscribes(channel, change.event())).toList();
                    return subscribed.isEmpty() ? Uni.createFrom().item(false)
                            : pacing.slotFor(channel, now).flatMap(slot -> outbox.enqueue(
                                    paced(entry(audience.ownerId(), channel, batchKey, subscribed, subject, now), slot)));
                })
                .collect().asList()
                .flatMap(queued -> !audience.appPush() ? Uni.createFrom().item(queued)
                        : outbox.enqueue(entry(audience.ownerId(), APP, batchKey, changes, subject, now))
                        .map(pushed -> java.util.stream.Stream.concat(queued.stream(), java.util.stream.Stream.of(pushed)).toList()))
                .map(queued -> (int) queued.stream().filter(Boolean::booleanValue).count())
                .invoke(queued -> {
                    if (queued > 0) {
                        LOG.infof("Queued %d channel notification(s) for user %s", queued, audience.ownerId());
                    }
                });
    }

    /**
     * Queues a message about the user rather than about devices (a withdrawal, a price crossing, a report, a
     * sign-in) to every channel of the audience that subscribes to {@code event}, to their app devices and, when
     * {@code mailTo} is given, as a plain mail. {@code noticeKey} names this message: the same key never reaches a
     * channel twice, so a retry or a second replica is harmless. Answers how many deliveries were queued.
     */
    public Uni<Integer> queueNotice(ChannelAudience audience, NotificationEvent event, String noticeKey, String subject,
                                    String summary, String mailTo, Instant now) {
        Notification notification = new Notification(event, audience.ownerId().toHexString(), subject, summary, now,
                List.of());
        List<NotificationChannel> subscribed = audience.channels().stream()
                .filter(channel -> ChannelAudience.subscribes(channel, event)).toList();
        Multi<Boolean> toChannels = Multi.createFrom().iterable(subscribed).onItem().transformToUniAndConcatenate(
                channel -> pacing.slotFor(channel, now).flatMap(slot -> outbox.enqueue(paced(
                        entry(audience.ownerId(), channel.id.toHexString(), "notice:" + noticeKey, notification), slot))));
        Multi<Boolean> queued = !audience.appPush() ? toChannels : Multi.createBy().concatenating().streams(toChannels,
                Multi.createFrom().uni(outbox.enqueue(entry(audience.ownerId(), APP, "notice:" + noticeKey, notification))));
        return queued.collect().asList()
                .flatMap(done -> mailTo == null ? Uni.createFrom().item(done)
                        : outbox.enqueue(noticeMail(audience.ownerId(), mailTo, noticeKey, subject, summary, now))
                        .map(mailed -> java.util.stream.Stream.concat(done.stream(), java.util.stream.Stream.of(mailed)).toList()))
                .map(done -> (int) done.stream().filter(Boolean::booleanValue).count())
                .invoke(queuedCount -> {
                    if (queuedCount > 0) {
                        sender.kick();
                    }
                });
    }

    private static OutboxMail paced(OutboxMail entry, Instant slot) {
        entry.nextAttemptAt = slot;
        return entry;
    }

    private OutboxMail noticeMail(ObjectId ownerId, String to, String noticeKey, String subject, String summary,
                                  Instant now) {
        OutboxMail mail = new OutboxMail();
        mail.id = new ObjectId();
        mail.dedupeKey = "notice:" + noticeKey + ":mail";
        mail.ownerId = ownerId;
        mail.to = to;
        mail.subject = subject;
        mail.text = summary;
        mail.html = noticeHtml.data("lines", List.of(summary.split("\n", -1))).render();
        mail.createdAt = now;
        mail.nextAttemptAt = now;
        return mail;
    }

    private OutboxMail entry(ObjectId ownerId, NotificationChannel channel, String batchKey, List<DeviceChange> changes,
                             ChangesSubject subject, Instant now) {
        return entry(ownerId, channel.id.toHexString(), batchKey, changes, subject, now);
    }

    private OutboxMail entry(ObjectId ownerId, String channelId, String batchKey, List<DeviceChange> changes,
                             ChangesSubject subject, Instant now) {
        long problems = changes.stream().filter(change -> change.event() != NotificationEvent.RECOVERED).count();
        Notification notification = new Notification(event(changes), ownerId.toHexString(),
                subject.of(changes.size(), problems), null, now, changes.stream().map(DeviceChange::item).toList());
        return entry(ownerId, channelId, batchKey, notification);
    }

    private OutboxMail entry(ObjectId ownerId, String channelId, String batchKey, Notification notification) {
        Instant now = notification.at();
        OutboxMail entry = new OutboxMail();
        entry.id = new ObjectId();
        entry.dedupeKey = "notify:" + batchKey + ":" + channelId;
        entry.ownerId = ownerId;
        entry.channelId = channelId;
        entry.subject = notification.subject();
        entry.payload = NotificationPayload.of(notification);
        entry.maxAttempts = config.maxAttempts();
        entry.createdAt = now;
        entry.nextAttemptAt = now;
        return entry;
    }

    private static NotificationEvent event(List<DeviceChange> changes) {
        return MOST_URGENT_FIRST.stream()
                .filter(event -> changes.stream().anyMatch(change -> change.event() == event))
                .findFirst().orElse(changes.get(0).event());
    }
}
