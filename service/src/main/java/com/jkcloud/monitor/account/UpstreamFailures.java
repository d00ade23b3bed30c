package com.jkcloud.monitor.account;

import com.jkcloud.monitor.common.api.ApiException;
import com.jkcloud.monitor.common.api.ErrorCode;
import com.jkcloud.monitor.onething.FailureKind;

/** How an upstream failure on a user's request path reaches the user. */
public final class UpstreamFailures {

    private UpstreamFailures() {
    }

    public static ApiException toApiException(FailureKind kind) {
        return switch (kind) {
            case AUTH_FAILED -> new ApiException(ErrorCode.UPSTREAM_AUTH_FAILED);
            case TIMEOUT, UNAVAILABLE -> new ApiException(ErrorCode.UPSTREAM_UNAVAILABLE);
            case SESSION_EXPIRED, UPSTREAM_ERROR, BANNED -> new ApiException(ErrorCode.UPSTREAM_ERROR);
        };
    }
}
