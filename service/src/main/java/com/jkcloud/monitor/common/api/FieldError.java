package com.jkcloud.monitor.common.api;

/** One invalid input field of a {@code VALIDATION_FAILED} answer. */
public record FieldError(String field, String message) {
}
