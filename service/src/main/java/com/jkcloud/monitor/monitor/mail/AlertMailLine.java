package com.jkcloud.monitor.monitor.mail;

import io.quarkus.qute.TemplateData;

/** One affected device (or account) in an alert mail. */
@TemplateData
public record AlertMailLine(String type, String label, String deviceName, String deviceSn, String account,
                            String since, String message) {
}
