package com.jkcloud.monitor.notify.push;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.jkcloud.monitor.notify.DeliveryFailure;
import io.smallrye.mutiny.Uni;

import java.io.IOException;
import java.time.Duration;

/** What both push providers' calls share: a bounded wait and a JSON answer, each failure named after the provider. */
final class PushAnswers {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PushAnswers() {
    }

    static <T> Uni<T> inTime(Uni<T> call, Duration timeout, String provider) {
        return call.ifNoItem().after(timeout).failWith(() -> new DeliveryFailure(provider + ": no answer in time"));
    }

    /** An empty answer reads as an empty object. */
    static JsonNode read(String body, String provider) {
        try {
            return JSON.readTree(body == null || body.isBlank() ? "{}" : body);
        } catch (IOException notJson) {
            throw new DeliveryFailure(provider + ": unexpected answer");
        }
    }
}
