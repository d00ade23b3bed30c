package com.jkcloud.monitor.common.api;

import com.jkcloud.monitor.common.i18n.CommonMessage;
import com.jkcloud.monitor.common.i18n.Message;

/** The contract's machine codes, each with its HTTP status and default human message. */
public enum ErrorCode {
    VALIDATION_FAILED(400, CommonMessage.VALIDATION_FAILED),
    MALFORMED_JSON(400, CommonMessage.MALFORMED_JSON),
    UNAUTHORIZED(401, CommonMessage.UNAUTHORIZED),
    /** Two-factor sign-in is on: a current authenticator (or recovery) code is missing or wrong. */
    TWO_FACTOR_REQUIRED(401, CommonMessage.TWO_FACTOR_REQUIRED),
    FORBIDDEN(403, CommonMessage.FORBIDDEN),
    BLACKLISTED(403, CommonMessage.BLACKLISTED),
    NOT_FOUND(404, CommonMessage.NOT_FOUND),
    METHOD_NOT_ALLOWED(405, CommonMessage.METHOD_NOT_ALLOWED),
    NOT_ACCEPTABLE(406, CommonMessage.NOT_ACCEPTABLE),
    CONFLICT(409, CommonMessage.CONFLICT),
    PAYLOAD_TOO_LARGE(413, CommonMessage.PAYLOAD_TOO_LARGE),
    UNSUPPORTED_MEDIA_TYPE(415, CommonMessage.UNSUPPORTED_MEDIA_TYPE),
    UPSTREAM_AUTH_FAILED(422, CommonMessage.UPSTREAM_AUTH_FAILED),
    UNPROCESSABLE(422, CommonMessage.UNPROCESSABLE),
    LOCKED(423, CommonMessage.LOCKED),
    RATE_LIMITED(429, CommonMessage.RATE_LIMITED),
    INTERNAL(500, CommonMessage.INTERNAL),
    UPSTREAM_ERROR(502, CommonMessage.UPSTREAM_ERROR),
    UPSTREAM_UNAVAILABLE(503, CommonMessage.UPSTREAM_UNAVAILABLE),
    /** Our own store is down or not answering in time; the request may be retried. */
    STORE_UNAVAILABLE(503, CommonMessage.STORE_UNAVAILABLE);

    private final int status;
    private final Message defaultMessage;

    ErrorCode(int status, Message defaultMessage) {
        this.status = status;
        this.defaultMessage = defaultMessage;
    }

    public int status() {
        return status;
    }

    public Message defaultMessage() {
        return defaultMessage;
    }

    /** The code for an HTTP error status that reached us without one (framework-level errors). */
    public static ErrorCode forStatus(int status) {
        return switch (status) {
            case 400 -> VALIDATION_FAILED;
            case 401 -> UNAUTHORIZED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 409 -> CONFLICT;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 429 -> RATE_LIMITED;
            case 502 -> UPSTREAM_ERROR;
            case 503 -> UPSTREAM_UNAVAILABLE;
            default -> status >= 500 ? INTERNAL : VALIDATION_FAILED;
        };
    }
}
