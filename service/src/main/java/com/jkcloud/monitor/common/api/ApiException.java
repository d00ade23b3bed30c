package com.jkcloud.monitor.common.api;

import com.jkcloud.monitor.common.i18n.Language;
import com.jkcloud.monitor.common.i18n.Message;

import java.util.Map;

/** A failure the caller should see as a 4xx/5xx in the contract's envelope. Never carries secrets. */
public class ApiException extends RuntimeException {

    private final ErrorCode error;
    private final Message userMessage;
    private final transient Object data;
    private final Map<String, Message> invalidFields;

    private ApiException(ErrorCode error, Message userMessage, Object data, Map<String, Message> invalidFields) {
        super(error.name() + ": " + userMessage.in(Language.EN), null, false, false);
        this.error = error;
        this.userMessage = userMessage;
        this.data = data;
        this.invalidFields = invalidFields;
    }

    public ApiException(ErrorCode error, Message userMessage) {
        this(error, userMessage, null, Map.of());
    }

    public ApiException(ErrorCode error) {
        this(error, error.defaultMessage());
    }

    /** An error whose envelope also carries {@code data} (e.g. {@code lockedUntil} of a 423). */
    public static ApiException withData(ErrorCode error, Message userMessage, Object data) {
        return new ApiException(error, userMessage, data, Map.of());
    }

    public static ApiException notFound() {
        return new ApiException(ErrorCode.NOT_FOUND);
    }

    /** A 400 {@code VALIDATION_FAILED} naming one field and why it was refused. */
    public static ApiException invalidField(String field, Message reason) {
        return new ApiException(ErrorCode.VALIDATION_FAILED, reason, null, Map.of(field, reason));
    }

    public ErrorCode error() {
        return error;
    }

    public Message userMessage() {
        return userMessage;
    }

    public Object data() {
        return data;
    }

    public Map<String, Message> invalidFields() {
        return invalidFields;
    }
}
