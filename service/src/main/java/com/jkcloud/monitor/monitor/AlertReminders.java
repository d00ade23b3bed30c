package com.jkcloud.monitor.monitor;

import com.jkcloud.monitor.auth.UserRepository;
import com.jkcloud.monitor.silence.SilenceRepository;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.types.ObjectId;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * {@code notifications.repeatEveryMinutes}: while a device stays down, its sent alert is repeated as a reminder
 * event that goes out like any other. Each due reminder is taken by one atomic update, so one replica sends it.
 */
@ApplicationScoped
public class AlertReminders {

    private static final Logger LOG = Logger.getLogger(AlertReminders.class);

    private final AlertRepository alerts;
    private final AlertSilencing silencing;
    private final SilenceRepository silences;
    private final UserRepository users;

    public AlertReminders(AlertRepository alerts, AlertSilencing silencing, SilenceRepository silences,
                          UserRepository users) {
        this.alerts = alerts;
        this.silencing = silencing;
        this.silences = silences;
        this.users = users;
    }

    /** The next reminder of a just-sent problem, or null when the owner wants none. */
    public static Instant nextReminder(AlertEvent sent, Integer repeatEveryMinutes, Instant now) {
        if (repeatEveryMinutes == null || sent.type == AlertType.RECOVERED) {
            return null;
        }
        return now.plus(Duration.ofMinutes(repeatEveryMinutes));
    }

    /** Answers how many reminders were queued for composing. */
    public Uni<Integer> remindDue(Instant now) {
        return alerts.dueForReminder(now).flatMap(due -> Multi.createFrom().iterable(due)
                .onItem().transformToUniAndConcatenate(event -> alerts.claimReminder(event.id, event.remindAt)
                        .flatMap(claimed -> claimed ? remind(event, now) : Uni.createFrom().item(false)))
                .collect().asList()
                .map(reminded -> (int) reminded.stream().filter(Boolean::booleanValue).count()))
                .invoke(reminded -> {
                    if (reminded > 0) {
                        LOG.infof("Queued %d reminder(s) of devices still down", reminded);
                    }
                });
    }

    private Uni<Boolean> remind(AlertEvent event, Instant now) {
        return silencing.stillUnresolved(event).flatMap(unresolved -> !unresolved ? Uni.createFrom().item(false)
                : users.findById(event.ownerId).flatMap(user -> {
                    if (user == null || user.notifications == null || user.notifications.repeatEveryMinutes == null) {
                        return Uni.createFrom().item(false);
                    }
                    return silences.activeOf(event.ownerId, now).flatMap(active -> {
                        var silence = AlertSilencing.covering(active, event, now);
                        // Silenced now: no reminder until the silence ends, then the chain goes on.
                        return silence.isPresent()
                                ? alerts.remindAt(List.of(event.id), silence.get().until).replaceWith(false)
                                : alerts.persist(reminderOf(event, now)).replaceWith(true);
                    });
                }));
    }

    private static AlertEvent reminderOf(AlertEvent original, Instant now) {
        AlertEvent reminder = new AlertEvent();
        reminder.id = new ObjectId();
        reminder.ownerId = original.ownerId;
        reminder.accountId = original.accountId;
        reminder.groupId = original.groupId;
        reminder.accountName = original.accountName;
        reminder.accountUsername = original.accountUsername;
        reminder.deviceSn = original.deviceSn;
        reminder.deviceName = original.deviceName;
        reminder.type = original.type;
        reminder.message = original.message;
        reminder.at = original.at;
        reminder.createdAt = now;
        reminder.mailDueAt = now;
        reminder.reminder = true;
        return reminder;
    }
}
