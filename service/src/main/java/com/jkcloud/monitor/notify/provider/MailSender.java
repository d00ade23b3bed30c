package com.jkcloud.monitor.notify.provider;

import com.jkcloud.monitor.notify.Notification;
import com.jkcloud.monitor.notify.NotificationText;
import com.jkcloud.monitor.notify.address.ChannelAddress;
import com.jkcloud.monitor.notify.address.ChannelType;
import com.jkcloud.monitor.notify.address.Destination;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** {@code mailto://}: through the application's mailer ({@code quarkus.mailer.*}); success is SMTP accepting it. */
@ApplicationScoped
public class MailSender implements ChannelSender {

    private static final int MAX_BODY_BYTES = 256_000;

    private final ReactiveMailer mailer;

    public MailSender(ReactiveMailer mailer) {
        this.mailer = mailer;
    }

    @Override
    public ChannelType type() {
        return ChannelType.EMAIL;
    }

    @Override
    public Uni<Void> send(Destination destination, Notification notification, String deliveryId) {
        ChannelAddress.Email address = (ChannelAddress.Email) destination.address();
        return mailer.send(Mail.withText(address.address(), notification.subject(),
                NotificationText.plain(notification, MAX_BODY_BYTES)));
    }
}
