package com.jkcloud.monitor.notify.push;

import com.jkcloud.monitor.notify.Notification;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import java.util.List;

/** App push through the provider the operator chose ({@code monitor.push.provider}); {@code none} pushes nothing. */
@ApplicationScoped
public class AppPush {

    private final AppPushSender sender;

    public AppPush(PushConfig config, Instance<AppPushSender> senders) {
        this.sender = senders.stream().filter(candidate -> candidate.provider() == config.provider()).findFirst().orElse(null);
    }

    public boolean enabled() {
        return sender != null;
    }

    public Uni<PushResult> send(List<String> registrationIds, Notification notification) {
        if (sender == null || registrationIds.isEmpty()) {
            return Uni.createFrom().item(PushResult.accepted(List.of()));
        }
        return sender.send(registrationIds, notification);
    }
}
