package com.jkcloud.monitor.simulator;

import java.util.Map;

/** An answer of the simulator before faults and latency are applied. */
record SimulatedReply(int status, String contentType, String body, Map<String, String> cookies) {

    static final String HTML = "text/html; charset=utf-8";

    static SimulatedReply json(String body) {
        return new SimulatedReply(200, HTML, body, Map.of());
    }

    static SimulatedReply html(int status, String body) {
        return new SimulatedReply(status, HTML, body, Map.of());
    }
}
