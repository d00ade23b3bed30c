package com.jkcloud.monitor.monitor.mail;

import com.jkcloud.monitor.monitor.AlertRepository;
import com.jkcloud.monitor.outbox.OutboxDeliveryListener;
import com.jkcloud.monitor.outbox.OutboxMail;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Marks the alert events a delivered mail reported as e-mailed. */
@ApplicationScoped
public class AlertMailDelivered implements OutboxDeliveryListener {

    private final AlertRepository alerts;

    public AlertMailDelivered(AlertRepository alerts) {
        this.alerts = alerts;
    }

    @Override
    public Uni<Void> delivered(OutboxMail mail) {
        return mail.alertIds == null ? Uni.createFrom().voidItem() : alerts.markEmailed(mail.alertIds);
    }
}
