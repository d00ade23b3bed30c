package com.jkcloud.monitor.notify.push;

import java.util.List;

/**
 * What a push provider answered: accepted (for the valid ids), and the registration ids it reported invalid,
 * which the caller drops from their devices instead of retrying them for ever.
 */
public record PushResult(boolean accepted, List<String> invalidRegistrationIds, String error) {

    public PushResult {
        invalidRegistrationIds = List.copyOf(invalidRegistrationIds);
    }

    public static PushResult accepted(List<String> invalidRegistrationIds) {
        return new PushResult(true, invalidRegistrationIds, null);
    }

    public static PushResult allInvalid(List<String> registrationIds, String error) {
        return new PushResult(false, registrationIds, error);
    }
}
