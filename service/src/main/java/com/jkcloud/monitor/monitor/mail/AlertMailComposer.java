package com.jkcloud.monitor.monitor.mail;

import com.jkcloud.monitor.auth.NotificationSettings;
import com.jkcloud.monitor.auth.User;
import com.jkcloud.monitor.auth.UserRepository;
import com.jkcloud.monitor.common.i18n.Language;
import com.jkcloud.monitor.monitor.AlertEvent;
import com.jkcloud.monitor.monitor.AlertReminders;
import com.jkcloud.monitor.monitor.AlertSilencing;
import com.jkcloud.monitor.monitor.Downtime;
import com.jkcloud.monitor.monitor.AlertRepository;
import com.jkcloud.monitor.monitor.AlertType;
import com.jkcloud.monitor.outbox.MailConfig;
import com.jkcloud.monitor.outbox.OutboxMail;
import com.jkcloud.monitor.outbox.OutboxRepository;
import com.jkcloud.monitor.outbox.OutboxSender;
import com.jkcloud.monitor.notify.Notification;
import com.jkcloud.monitor.notify.NotificationEvent;
import com.jkcloud.monitor.notify.delivery.ChannelAudience;
import com.jkcloud.monitor.notify.delivery.ChannelDeliveries;
import com.jkcloud.monitor.notify.delivery.DeviceChange;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.types.ObjectId;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Turns alert events due for mail into one mail per user listing every affected device, honouring the
 * user's settings: off, unwanted event types, and quiet hours (held, then sent as one when they end). The same
 * changes go, as one notification each, to every enabled channel of the user whose events match.
 */
@ApplicationScoped
public class AlertMailComposer {

    private static final Logger LOG = Logger.getLogger(AlertMailComposer.class);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final AlertRepository alerts;
    private final AlertSilencing silencing;
    private final AlertReminders reminders;
    private final UserRepository users;
    private final OutboxRepository outbox;
    private final OutboxSender sender;
    private final ChannelDeliveries channels;
    private final MailConfig config;
    private final Clock clock;
    private final Template html;
    private final Template text;
    private final MonitorMailTexts texts;

    public AlertMailComposer(AlertRepository alerts, AlertSilencing silencing, AlertReminders reminders, UserRepository users, OutboxRepository outbox, OutboxSender sender,
                             ChannelDeliveries channels, MailConfig config, Clock clock,
                             @Location("mail/alerts.html") Template html, @Location("mail/alerts.txt") Template text,
                             MonitorMailTexts texts) {
        this.alerts = alerts;
        this.silencing = silencing;
        this.reminders = reminders;
        this.users = users;
        this.outbox = outbox;
        this.sender = sender;
        this.channels = channels;
        this.config = config;
        this.clock = clock;
        this.html = html;
        this.text = text;
        this.texts = texts;
    }

    /** Answers how many mails were queued. */
    public Uni<Integer> composeDue() {
        Instant now = clock.instant();
        return silencing.releaseEnded(now).flatMap(released -> reminders.remindDue(now))
                .flatMap(reminded -> alerts.dueForMail(now)).flatMap(due -> {
            Map<ObjectId, List<AlertEvent>> byOwner = due.stream().collect(Collectors.groupingBy(event -> event.ownerId));
            return Multi.createFrom().iterable(byOwner.entrySet())
                    .onItem().transformToUniAndConcatenate(owner -> composeFor(owner.getKey(), owner.getValue(), now))
                    .collect().asList()
                    .map(queued -> (int) queued.stream().filter(Boolean::booleanValue).count());
        });
    }

    private Uni<Boolean> composeFor(ObjectId ownerId, List<AlertEvent> events, Instant now) {
        return users.findById(ownerId).flatMap(user -> user == null
                ? alerts.skipMail(ids(events)).replaceWith(false)
                : channels.audience(ownerId, user.notifications == null || user.notifications.appPush).flatMap(audience -> composeFor(user, audience, events, now)));
    }

    /** The mail and the channels share one claim on the events, so each change is composed once for both. */
    private Uni<Boolean> composeFor(User user, ChannelAudience audience, List<AlertEvent> events, Instant now) {
        NotificationSettings settings = user.notifications;
        String address = mailAddress(user);
        Predicate<AlertEvent> mailWants = event -> address != null && settings.events.contains(
                NotificationSettings.EventType.valueOf(event.type.name()));
        Predicate<AlertEvent> channelsWant = event -> audience.wants(NotificationEvent.valueOf(event.type.name()));
        List<AlertEvent> wanted = events.stream().filter(mailWants.or(channelsWant)).toList();
        List<AlertEvent> unwanted = events.stream().filter(event -> !wanted.contains(event)).toList();
        Uni<Void> skipped = alerts.skipMail(ids(unwanted));
        if (wanted.isEmpty()) {
            return skipped.replaceWith(false);
        }
        Optional<Instant> quietUntil = settings == null ? Optional.empty()
                : QuietHoursPolicy.endOfQuietHours(settings.quietHours, now);
        if (quietUntil.isPresent()) {
            return skipped.flatMap(done -> alerts.holdUntil(ids(wanted), quietUntil.get())).replaceWith(false);
        }
        Language language = Language.fromTag(settings == null ? null : settings.language);
        return skipped.flatMap(done -> claim(wanted)).flatMap(claimed -> {
            if (claimed.isEmpty()) {
                return Uni.createFrom().item(false);
            }
            List<AlertEvent> forMail = claimed.stream().filter(mailWants).toList();
            Uni<Boolean> mailed = forMail.isEmpty() ? Uni.createFrom().item(false)
                    : outbox.enqueue(mail(user, address, forMail, language, now));
            return mailed.flatMap(mailQueued -> channels.queue(audience, batchKey(claimed), changes(claimed, language),
                    texts.in(language)::alertSubject, now)
                    .flatMap(notified -> scheduleReminders(claimed, settings, now).replaceWith(mailQueued || notified > 0)));
        }).invoke(queued -> {
            if (queued) {
                sender.kick();
            }
        });
    }

    private Uni<Void> scheduleReminders(List<AlertEvent> sent, NotificationSettings settings, Instant now) {
        Integer repeat = settings == null ? null : settings.repeatEveryMinutes;
        List<ObjectId> problems = sent.stream().filter(event -> AlertReminders.nextReminder(event, repeat, now) != null)
                .map(event -> event.id).toList();
        return problems.isEmpty() ? Uni.createFrom().voidItem()
                : alerts.remindAt(problems, now.plus(java.time.Duration.ofMinutes(repeat)));
    }

    /** What a line says: a recovery's downtime, a reminder's "still down", or the event's own message. */
    private String message(AlertEvent event, Language language) {
        String message = Downtime.messageOf(event, language);
        if (!event.reminder) {
            return message;
        }
        String still = texts.in(language).stillUnresolved();
        return message == null || message.isBlank() ? still : still + " — " + message;
    }

    /** Where alert mails go; null when the user turned them off. */
    private static String mailAddress(User user) {
        NotificationSettings settings = user.notifications;
        if (settings == null || !settings.enabled) {
            return null;
        }
        return Optional.ofNullable(settings.email).orElse(user.email);
    }

    /** The claimed events are this batch's alone, so the smallest id names the batch on every replica. */
    private static String batchKey(List<AlertEvent> claimed) {
        return claimed.stream().map(event -> event.id).min(ObjectId::compareTo).orElseThrow().toHexString();
    }

    private List<DeviceChange> changes(List<AlertEvent> events, Language language) {
        return events.stream().map(event -> new DeviceChange(NotificationEvent.valueOf(event.type.name()),
                new Notification.Item(Optional.ofNullable(event.deviceName).orElse(event.deviceSn), event.deviceSn,
                        event.accountId == null ? null : event.accountId.toHexString(),
                        Optional.ofNullable(event.accountName).orElse(event.accountUsername), event.type.name(),
                        event.at, message(event, language)))).toList();
    }

    private Uni<List<AlertEvent>> claim(List<AlertEvent> wanted) {
        return Multi.createFrom().iterable(wanted)
                .onItem().transformToUniAndConcatenate(event -> alerts.claimForMail(event.id)
                        .map(claimed -> claimed ? event : null))
                .filter(java.util.Objects::nonNull)
                .collect().asList();
    }

    private OutboxMail mail(User user, String address, List<AlertEvent> events, Language language, Instant now) {
        MonitorMailMessages words = texts.in(language);
        ZoneId zone = ZoneId.of(config.timeZone());
        List<AlertMailLine> lines = new ArrayList<>();
        for (AlertEvent event : events) {
            lines.add(new AlertMailLine(event.type.name(), label(event.type, words),
                    Optional.ofNullable(event.deviceName).orElse("-"), Optional.ofNullable(event.deviceSn).orElse("-"),
                    Optional.ofNullable(event.accountName).orElse(event.accountUsername),
                    TIME.format(event.at.atZone(zone)), Optional.ofNullable(message(event, language)).orElse("")));
        }
        long problems = events.stream().filter(event -> event.type != AlertType.RECOVERED).count();
        String subject = words.alertSubject(events.size(), problems);
        OutboxMail mail = new OutboxMail();
        mail.id = new ObjectId();
        mail.dedupeKey = "alerts:" + mail.id.toHexString();
        mail.ownerId = user.id;
        mail.to = address;
        mail.subject = subject;
        mail.html = render(html, language, lines);
        mail.text = render(text, language, lines);
        mail.alertIds = ids(events);
        mail.createdAt = now;
        mail.nextAttemptAt = now;
        LOG.infof("Queued an alert mail for user %s with %d change(s)", user.id, events.size());
        return mail;
    }

    private static String render(Template template, Language language, List<AlertMailLine> lines) {
        return MonitorMailTexts.body(template, language).data("lines", lines).render();
    }

    private static String label(AlertType type, MonitorMailMessages texts) {
        return switch (type) {
            case OFFLINE -> texts.offline();
            case EXCEPTION -> texts.exception();
            case RECOVERED -> texts.recovered();
            case AUTH_FAILED -> texts.authFailed();
        };
    }

    private static List<ObjectId> ids(List<AlertEvent> events) {
        return events.stream().map(event -> event.id).collect(Collectors.toCollection(ArrayList::new));
    }
}
