package com.jkcloud.monitor.notify.push;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.jkcloud.monitor.notify.DeliveryFailure;
import com.jkcloud.monitor.notify.provider.ProviderHttpError;
import io.smallrye.mutiny.Uni;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

/**
 * What both push providers' calls share: their keys, a bounded wait, an answer or an HTTP error status each read by
 * the provider's own rules, and a JSON body; each failure named after the provider.
 */
final class PushAnswers {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PushAnswers() {
    }

    /** A key the operator must set for the provider; unset, a {@link DeliveryFailure} names it. */
    static String required(Optional<String> value, String key) {
        return value.orElseThrow(() -> new DeliveryFailure(key + " is not set"));
    }

    /**
     * The provider's answer within {@code timeout}: a body read by {@code answered}, an HTTP error status by
     * {@code refused}; either one throws a {@link DeliveryFailure} to have it retried.
     */
    static Uni<PushResult> send(Uni<String> call, Duration timeout, String provider,
                                Function<String, PushResult> answered, Function<ProviderHttpError, PushResult> refused) {
        return call.ifNoItem().after(timeout).failWith(() -> new DeliveryFailure(provider + ": no answer in time"))
                .map(answered)
                // read inside the item supplier, so a DeliveryFailure it throws fails the Uni as itself
                .onFailure(ProviderHttpError.class).recoverWithUni(failure ->
                        Uni.createFrom().item(() -> refused.apply((ProviderHttpError) failure)));
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
