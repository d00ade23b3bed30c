package com.jkcloud.monitor.onething.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Reads upstream bodies whatever their content type says ({@code text/html} is usual); JSON's own
 * {@code \\uXXXX} escapes are decoded by the parser.
 */
public final class UpstreamAnswers {

    // Coins keep the scale upstream wrote them with (1.2340 stays 1.2340).
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private UpstreamAnswers() {
    }

    public static UpstreamAnswer parse(UpstreamHost host, String body) throws MalformedAnswerException {
        if (body == null) {
            throw new MalformedAnswerException("empty answer");
        }
        String text = body.strip();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException unreadable) {
            throw new MalformedAnswerException("answer is not JSON");
        }
        if (root == null || !root.isObject()) {
            throw new MalformedAnswerException("answer is not a JSON object");
        }
        JsonNode status = root.get(host.statusField());
        if (status == null || !status.canConvertToInt()) {
            throw new MalformedAnswerException("answer has no " + host.statusField());
        }
        return new UpstreamAnswer(status.asInt(), root.path(host.messageField()).asText(""), root);
    }

    /** Raised for a body that can't be read as the host's JSON answer. */
    public static final class MalformedAnswerException extends Exception {
        public MalformedAnswerException(String message) {
            super(message, null, false, false);
        }
    }
}
