package com.jkcloud.monitor.support;

import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.Response;

import java.math.BigDecimal;

/** Reads answers with exact decimals, as the contract promises 4-decimal numbers. */
public final class Json {

    private static final JsonPathConfig EXACT = JsonPathConfig.jsonPathConfig()
            .numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL);

    private Json() {
    }

    public static JsonPath exact(Response response) {
        return new JsonPath(response.asString()).using(EXACT);
    }

    public static BigDecimal decimal(JsonPath json, String path) {
        Object value = json.get(path);
        return value == null ? null : new BigDecimal(value.toString());
    }
}
