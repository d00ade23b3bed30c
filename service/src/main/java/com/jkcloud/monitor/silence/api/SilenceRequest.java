package com.jkcloud.monitor.silence.api;

import jakarta.validation.constraints.Size;

/** {@code POST /api/v1/silences}: no scope = every device of the caller; {@code until} in epoch ms. */
public record SilenceRequest(String accountId, @Size(max = 64) String deviceSn, String groupId, Long until,
                             @Size(max = 200) String reason) {
}
