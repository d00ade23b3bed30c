package com.jkcloud.monitor.support;

import com.jkcloud.monitor.monitor.PollRunner;
import com.jkcloud.monitor.monitor.mail.AlertMailComposer;
import com.jkcloud.monitor.outbox.OutboxSender;
import jakarta.enterprise.context.ApplicationScoped;

import static com.jkcloud.monitor.support.TestDurations.WAIT;

/**
 * What the monitor's schedulers do, run at once by a test: a poll pass over every account, composing what is due,
 * and the outbox drain that {@code OutboxSender.kick()} starts in production.
 */
@ApplicationScoped
public class Passes {

    private final PollRunner runner;
    private final AlertMailComposer composer;
    private final OutboxSender sender;

    Passes(PollRunner runner, AlertMailComposer composer, OutboxSender sender) {
        this.runner = runner;
        this.composer = composer;
        this.sender = sender;
    }

    public void pollAll() {
        runner.runPass(true).await().atMost(WAIT);
    }

    public void pollAllAndSend() {
        pollAll();
        sender.sendDue().await().atMost(WAIT);
    }

    public void composeAndSend() {
        composer.composeDue().await().atMost(WAIT);
        sender.sendDue().await().atMost(WAIT);
    }
}
