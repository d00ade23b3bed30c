package com.jkcloud.monitor.monitor;

import com.jkcloud.monitor.account.AccountRepository;
import com.jkcloud.monitor.account.AccountStatus;
import com.jkcloud.monitor.silence.Silence;
import com.jkcloud.monitor.silence.SilenceRepository;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.types.ObjectId;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Applies the owner's silences to new alert events (recorded as suppressed, held), and releases held events whose
 * silence has ended: one notification for a device still down, nothing for one that came back meanwhile.
 */
@ApplicationScoped
public class AlertSilencing {

    private static final Logger LOG = Logger.getLogger(AlertSilencing.class);

    private final SilenceRepository silences;
    private final AlertRepository alerts;
    private final AccountRepository accounts;

    public AlertSilencing(SilenceRepository silences, AlertRepository alerts, AccountRepository accounts) {
        this.silences = silences;
        this.alerts = alerts;
        this.accounts = accounts;
    }

    /** Marks, before they are stored, the events of one owner that an active silence covers. */
    public Uni<Void> apply(ObjectId ownerId, List<AlertEvent> events, Instant now) {
        if (events.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return silences.activeOf(ownerId, now).invoke(active -> {
            for (AlertEvent event : events) {
                covering(active, event, now).ifPresent(silence -> {
                    event.suppressed = true;
                    event.silenceId = silence.id;
                    event.mailState = AlertEvent.MailState.SILENCED;
                });
            }
        }).replaceWithVoid();
    }

    /** Answers how many held events were released to be sent. */
    public Uni<Integer> releaseEnded(Instant now) {
        return alerts.silenced().flatMap(held -> {
            if (held.isEmpty()) {
                return Uni.createFrom().item(0);
            }
            List<ObjectId> silenceIds = held.stream().map(event -> event.silenceId).distinct().toList();
            return silences.findByIds(silenceIds).flatMap(found -> {
                Map<ObjectId, Silence> byId = found.stream().collect(Collectors.toMap(silence -> silence.id, Function.identity()));
                List<AlertEvent> ended = held.stream().filter(event -> {
                    Silence silence = byId.get(event.silenceId);
                    return silence == null || !silence.until.isAfter(now);
                }).toList();
                return Multi.createFrom().iterable(ended)
                        .onItem().transformToUniAndConcatenate(event -> release(event, now))
                        .collect().asList()
                        .map(released -> (int) released.stream().filter(Boolean::booleanValue).count());
            });
        }).invoke(released -> {
            if (released > 0) {
                LOG.infof("Released %d alert(s) whose silence ended", released);
            }
        });
    }

    private Uni<Boolean> release(AlertEvent event, Instant now) {
        return stillUnresolved(event).flatMap(unresolved -> {
            if (!unresolved) {
                return alerts.leaveSilence(event.id, AlertEvent.MailState.SKIPPED, now).replaceWith(false);
            }
            return silences.activeOf(event.ownerId, now).flatMap(active -> {
                Optional<Silence> next = covering(active, event, now);
                return next.isPresent()
                        ? alerts.handOverSilence(event.id, event.silenceId, next.get().id).replaceWith(false)
                        : alerts.leaveSilence(event.id, AlertEvent.MailState.PENDING, now);
            });
        });
    }

    /** A device is still down when nothing happened to it since; an account's login still fails. */
    Uni<Boolean> stillUnresolved(AlertEvent event) {
        if (event.type == AlertType.RECOVERED) {
            return Uni.createFrom().item(false);
        }
        if (event.type == AlertType.AUTH_FAILED) {
            return accounts.findById(event.accountId)
                    .map(account -> account != null && account.status == AccountStatus.AUTH_FAILED);
        }
        return alerts.latestOf(event.accountId, event.deviceSn).map(latest -> latest != null && latest.id.equals(event.id));
    }

    static Optional<Silence> covering(List<Silence> active, AlertEvent event, Instant now) {
        return active.stream()
                .filter(silence -> silence.covers(event.ownerId, event.accountId, event.groupId, event.deviceSn, now))
                .max(Comparator.comparing(silence -> silence.until));
    }
}
