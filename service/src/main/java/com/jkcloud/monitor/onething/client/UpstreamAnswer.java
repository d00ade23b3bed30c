package com.jkcloud.monitor.onething.client;

import com.fasterxml.jackson.databind.JsonNode;

/** A parsed upstream body: its status ({@code iRet}/{@code rtn}, 0 = ok), message and the whole JSON. */
public record UpstreamAnswer(int status, String message, JsonNode body) {

    public boolean ok() {
        return status == 0;
    }
}
