package com.jkcloud.monitor.common.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.jkcloud.monitor.common.i18n.Language;
import com.jkcloud.monitor.common.i18n.CommonMessage;

import java.util.List;

/**
 * The contract's envelope around every JSON answer. Resources return {@link #of(Object)}; the
 * {@link EnvelopeFilter} fills in {@code code} (the HTTP status) and the localized default message.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiResponse<T>(
        int code,
        String message,
        @JsonInclude(JsonInclude.Include.ALWAYS) T data,
        String error,
        List<FieldError> details) {

    public static <T> ApiResponse<T> of(T data) {
        return new ApiResponse<>(0, null, data, null, null);
    }

    public static ApiResponse<Void> empty() {
        return of(null);
    }

    public static ApiResponse<Object> error(ErrorCode error, String message, Object data, List<FieldError> details) {
        return new ApiResponse<>(error.status(), message, data, error.name(), details);
    }

    ApiResponse<T> completedFor(int status, Language language) {
        String text = message != null ? message : CommonMessage.OK.in(language);
        return new ApiResponse<>(status, text, data, error, details);
    }
}
