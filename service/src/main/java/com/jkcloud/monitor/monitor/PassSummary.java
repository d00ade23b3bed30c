package com.jkcloud.monitor.monitor;

/** {@code POST /api/v1/admin/poll}: how one pass went. */
public record PassSummary(int accounts, int ok, int failed, long durationMs) {
}
