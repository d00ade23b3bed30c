package com.jkcloud.monitor.app.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What tapping an item does: open a web view, the browser, or a native screen. */
public record PageAction(
        @NotBlank @Size(max = 64) String uid,
        @Size(max = 64) String key,
        @NotNull @Pattern(regexp = "web|browser|native") String type,
        @Size(max = 2048) String value) {
}
