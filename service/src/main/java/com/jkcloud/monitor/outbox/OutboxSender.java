package com.jkcloud.monitor.outbox;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Sends queued mail and channel notifications with retry and backoff. An entry is claimed with a lease before
 * sending, so two replicas never send the same one; if SMTP or a provider is down, it stays queued and goes out once
 * it is back (or, for an entry with {@code maxAttempts}, is given up as FAILED).
 */
@ApplicationScoped
public class OutboxSender {

    private static final Logger LOG = Logger.getLogger(OutboxSender.class);
    private static final int MAILS_PER_RUN = 200;

    private final String senderId = "sender-" + UUID.randomUUID();
    private final OutboxRepository outbox;
    private final List<OutboxDeliveryListener> listeners;
    private final Instance<OutboxChannelTransport> channelTransport;
    private final ReactiveMailer mailer;
    private final MailConfig config;
    private final Clock clock;
    private final AtomicBoolean draining = new AtomicBoolean();
    private final AtomicBoolean drainAgain = new AtomicBoolean();

    public OutboxSender(OutboxRepository outbox, Instance<OutboxDeliveryListener> listeners,
                        Instance<OutboxChannelTransport> channelTransport, ReactiveMailer mailer, MailConfig config,
                        Clock clock) {
        this.outbox = outbox;
        this.listeners = listeners.stream().toList();
        this.channelTransport = channelTransport;
        this.mailer = mailer;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(every = "{monitor.mail.tick}", delayed = "{monitor.mail.tick}", identity = "mail-outbox",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> tick() {
        return config.enabled() ? sendDue().replaceWithVoid() : Uni.createFrom().voidItem();
    }

    /**
     * Starts sending what is due now without waiting for the next tick, in the background: the caller (say, a
     * password-reset request) answers at once. Kicks during a run make the run go round once more.
     */
    public void kick() {
        if (!config.enabled()) {
            return;
        }
        drainAgain.set(true);
        if (draining.compareAndSet(false, true)) {
            drainAgain.set(false);
            sendDue().subscribe().with(sent -> finishKickedRun(), failure -> {
                LOG.warnf("Sending queued mail failed: %s", failure.getMessage());
                finishKickedRun();
            });
        }
    }

    private void finishKickedRun() {
        draining.set(false);
        if (drainAgain.get()) {
            kick();
        }
    }

    /** Sends every mail that is due now; answers how many went out. */
    public Uni<Integer> sendDue() {
        return drain(0, 0);
    }

    private Uni<Integer> drain(int attempted, int sent) {
        if (attempted >= MAILS_PER_RUN) {
            return Uni.createFrom().item(sent);
        }
        return outbox.claimNext(senderId, clock.instant(), config.lease()).flatMap(mail -> mail == null
                ? Uni.createFrom().item(sent)
                : send(mail).flatMap(delivered -> drain(attempted + 1, delivered ? sent + 1 : sent)));
    }

    private Uni<Boolean> send(OutboxMail mail) {
        return transmit(mail)
                .flatMap(sent -> outbox.markSent(mail, senderId, clock.instant()))
                .flatMap(marked -> tellListeners(mail))
                .invoke(() -> LOG.infof("%s %s sent to user %s", kind(mail), mail.id, mail.ownerId))
                .replaceWith(true)
                .onFailure(OutboxChannelTransport.Dropped.class).recoverWithUni(dropped -> {
                    LOG.infof("%s %s dropped: %s", kind(mail), mail.id, dropped.getMessage());
                    return outbox.markSuppressed(mail, senderId, dropped.getMessage()).replaceWith(false);
                })
                .onFailure().recoverWithUni(failure -> {
                    Instant retryAt = clock.instant().plus(backoff(mail.attempts + 1));
                    LOG.warnf("%s %s failed (attempt %d), retrying at %s: %s", kind(mail), mail.id, mail.attempts + 1,
                            retryAt, failure.getMessage());
                    return outbox.markFailed(mail, senderId, String.valueOf(failure.getMessage()), retryAt).replaceWith(false);
                });
    }

    private Uni<Void> transmit(OutboxMail mail) {
        if (mail.channelId != null) {
            return channelTransport.isResolvable()
                    ? Uni.createFrom().deferred(() -> channelTransport.get().deliver(mail))
                    : Uni.createFrom().failure(new IllegalStateException("no channel transport"));
        }
        Mail message = Mail.withHtml(mail.to, mail.subject, mail.html).setText(mail.text);
        // An SMTP server that accepts the connection and then says nothing must not stall the outbox. A send that
        // timed out gets one second try on a fresh connection at once: Vert.x's mail client now and then stalls on
        // one connection while the next goes through, and waiting a whole backoff for that is needless.
        return Uni.createFrom().deferred(() -> mailer.send(message)).ifNoItem().after(config.sendTimeout()).fail()
                .onFailure(io.smallrye.mutiny.TimeoutException.class).retry().atMost(1);
    }

    private static String kind(OutboxMail mail) {
        return mail.channelId == null ? "Mail" : "Notification";
    }

    private Uni<Void> tellListeners(OutboxMail mail) {
        return Multi.createFrom().iterable(listeners)
                .onItem().transformToUniAndConcatenate(listener -> listener.delivered(mail))
                .collect().last().replaceWithVoid();
    }

    private Duration backoff(int attempts) {
        Duration delay = config.retryInitial().multipliedBy(1L << Math.min(attempts - 1, 20));
        return delay.compareTo(config.retryMax()) > 0 ? config.retryMax() : delay;
    }
}
