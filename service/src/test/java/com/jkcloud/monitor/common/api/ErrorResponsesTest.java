package com.jkcloud.monitor.common.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.jkcloud.monitor.common.i18n.Language;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The router-level envelope (413, 404 below JAX-RS) is the contract's JSON for every code and language. A Quarkus test
 * because the texts are message bundles, which only a running app has.
 */
@QuarkusTest
class ErrorResponsesTest {

    @Test
    void everyCodeInEveryLanguageIsTheContractsEnvelope() throws Exception {
        ObjectMapper json = new ObjectMapper();
        for (ErrorCode error : ErrorCode.values()) {
            for (Language language : Language.values()) {
                JsonNode envelope = json.readTree(ErrorResponses.json(error, language));
                List<String> fields = new ArrayList<>();
                envelope.fieldNames().forEachRemaining(fields::add);
                assertEquals(Set.of("code", "message", "data", "error"), Set.copyOf(fields), error + " " + language);
                assertEquals(error.status(), envelope.get("code").asInt());
                assertEquals(error.defaultMessage().in(language), envelope.get("message").asText());
                assertEquals(error.name(), envelope.get("error").asText());
                assertEquals(true, envelope.get("data").isNull());
            }
        }
    }
}
