package com.jkcloud.monitor.onething.client;

/** The two OneThing hosts; each has its own circuit breaker and concurrency cap. */
public enum UpstreamHost {
    ACCOUNT("account", "iRet", "sMsg"),
    CONTROL("control", "rtn", "msg");

    private final String tag;
    private final String statusField;
    private final String messageField;

    UpstreamHost(String tag, String statusField, String messageField) {
        this.tag = tag;
        this.statusField = statusField;
        this.messageField = messageField;
    }

    public String tag() {
        return tag;
    }

    public String statusField() {
        return statusField;
    }

    public String messageField() {
        return messageField;
    }
}
