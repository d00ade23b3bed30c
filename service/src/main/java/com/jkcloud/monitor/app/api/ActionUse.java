package com.jkcloud.monitor.app.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code PUT /api/v1/actions}: the caller used the action with this uid. */
public record ActionUse(@NotBlank @Size(max = 64) String uid) {
}
