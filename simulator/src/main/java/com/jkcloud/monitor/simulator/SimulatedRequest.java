package com.jkcloud.monitor.simulator;

import java.util.List;
import java.util.Map;

/** What a handler of the simulator needs from an HTTP request, already decoded. */
record SimulatedRequest(String method, String path, Map<String, List<String>> query, Map<String, List<String>> form,
        Map<String, String> cookies) {

    String query(String name) {
        return first(query, name);
    }

    String form(String name) {
        return first(form, name);
    }

    String cookie(String name) {
        return cookies.get(name);
    }

    private static String first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
