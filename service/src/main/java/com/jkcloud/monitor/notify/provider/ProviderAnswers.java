package com.jkcloud.monitor.notify.provider;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.jkcloud.monitor.notify.DeliveryFailure;

/** Reads a provider's JSON answer and decides success by the field its documentation names (NOTIFY.md). */
final class ProviderAnswers {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ProviderAnswers() {
    }

    static JsonNode parse(String body) {
        try {
            JsonNode answer = JSON.readTree(body == null ? "" : body);
            if (answer == null || !answer.isObject()) {
                throw new DeliveryFailure("unexpected answer: " + snippet(body));
            }
            return answer;
        } catch (JsonProcessingException notJson) {
            throw new DeliveryFailure("unexpected answer: " + snippet(body));
        }
    }

    /** Succeeds when {@code field} holds {@code expected}; fails with the provider's {@code messageField} text otherwise. */
    static void expectCode(String body, String field, int expected, String messageField) {
        JsonNode answer = parse(body);
        JsonNode code = answer.get(field);
        if (code == null || !code.canConvertToInt() || code.asInt() != expected) {
            throw new DeliveryFailure(describe(answer, field, messageField));
        }
    }

    static String describe(JsonNode answer, String codeField, String messageField) {
        String message = answer.path(messageField).asText("");
        String code = answer.path(codeField).asText("?");
        return message.isBlank() ? codeField + " " + code : message + " (" + codeField + " " + code + ")";
    }

    static String snippet(String body) {
        String text = body == null ? "" : body.strip();
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }
}
