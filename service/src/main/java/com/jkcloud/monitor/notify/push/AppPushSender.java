package com.jkcloud.monitor.notify.push;

import com.jkcloud.monitor.notify.Notification;
import io.smallrye.mutiny.Uni;

import java.util.List;

/** Pushes a notification to app registration ids through one provider. */
public interface AppPushSender {

    PushConfig.Provider provider();

    /** Fails with a {@code DeliveryFailure} to retry later; invalid ids come back in the result, not as a failure. */
    Uni<PushResult> send(List<String> registrationIds, Notification notification);
}
