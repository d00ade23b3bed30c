package com.jkcloud.monitor.support;

import com.jkcloud.monitor.outbox.OutboxSender;

import com.icegreen.greenmail.util.GreenMailUtil;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import jakarta.mail.internet.MimeMessage;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/** What the in-process SMTP server received, per recipient. */
public final class Mails {

    private Mails() {
    }

    public static List<MimeMessage> to(String address) {
        return Arrays.stream(SmtpTestResource.greenMail().getReceivedMessages())
                .filter(message -> recipient(message).equalsIgnoreCase(address))
                .toList();
    }

    /**
     * After a played SMTP outage the application's mail client stalls on its next send or two until the send
     * timeout (seen with Vert.x's mail client after a refused session). Outage tests call this once SMTP is back,
     * sending probe mails through the same client until one is delivered, so the stall stays in the outage test.
     */
    public static void untilDeliverable(ReactiveMailer mailer) {
        for (int attempt = 0; attempt < 6; attempt++) {
            String probe = "smtp-probe-" + System.nanoTime() + "@example.com";
            try {
                mailer.send(Mail.withText(probe, "probe", "probe")).await().atMost(Duration.ofSeconds(5));
            } catch (RuntimeException stalled) {
                continue;
            }
            if (!to(probe).isEmpty()) {
                return;
            }
        }
        throw new AssertionError("SMTP did not come back for the application's mail client");
    }

    /**
     * The mails to {@code address} once {@code expected} have arrived. A send the mail client stalled on (see
     * {@link #untilDeliverable}) is retried by the outbox after its backoff, so this moves the test clock past it and
     * sends due mail again, a few rounds at most; the caller still asserts the exact count.
     */
    public static List<MimeMessage> deliveredTo(String address, int expected, OutboxSender sender, MutableClock clock) {
        for (int round = 0; round < 4 && to(address).size() < expected; round++) {
            clock.advance(Duration.ofMinutes(2));
            sender.sendDue().await().atMost(TestDurations.WAIT);
        }
        return to(address);
    }

    public static String body(MimeMessage message) {
        return GreenMailUtil.getBody(message);
    }

    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (Exception unreadable) {
            return "";
        }
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (Exception unreadable) {
            return "";
        }
    }
}
