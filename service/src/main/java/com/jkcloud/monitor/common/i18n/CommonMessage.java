package com.jkcloud.monitor.common.i18n;

/** Texts shared by every capability. */
public final class CommonMessage {

    public static final Message OK = Message.of(CommonTexts.class, CommonTexts::ok);
    public static final Message VALIDATION_FAILED = Message.of(CommonTexts.class, CommonTexts::validationFailed);
    public static final Message MALFORMED_JSON = Message.of(CommonTexts.class, CommonTexts::malformedJson);
    public static final Message UNAUTHORIZED = Message.of(CommonTexts.class, CommonTexts::unauthorized);
    public static final Message TWO_FACTOR_REQUIRED = Message.of(CommonTexts.class, CommonTexts::twoFactorRequired);
    public static final Message FORBIDDEN = Message.of(CommonTexts.class, CommonTexts::forbidden);
    public static final Message BLACKLISTED = Message.of(CommonTexts.class, CommonTexts::blacklisted);
    public static final Message NOT_FOUND = Message.of(CommonTexts.class, CommonTexts::notFound);
    public static final Message METHOD_NOT_ALLOWED = Message.of(CommonTexts.class, CommonTexts::methodNotAllowed);
    public static final Message NOT_ACCEPTABLE = Message.of(CommonTexts.class, CommonTexts::notAcceptable);
    public static final Message CONFLICT = Message.of(CommonTexts.class, CommonTexts::conflict);
    public static final Message PAYLOAD_TOO_LARGE = Message.of(CommonTexts.class, CommonTexts::payloadTooLarge);
    public static final Message UNSUPPORTED_MEDIA_TYPE = Message.of(CommonTexts.class, CommonTexts::unsupportedMediaType);
    public static final Message UPSTREAM_AUTH_FAILED = Message.of(CommonTexts.class, CommonTexts::upstreamAuthFailed);
    public static final Message UNPROCESSABLE = Message.of(CommonTexts.class, CommonTexts::unprocessable);
    public static final Message LOCKED = Message.of(CommonTexts.class, CommonTexts::locked);
    public static final Message RATE_LIMITED = Message.of(CommonTexts.class, CommonTexts::rateLimited);
    public static final Message INTERNAL = Message.of(CommonTexts.class, CommonTexts::internal);
    public static final Message UPSTREAM_ERROR = Message.of(CommonTexts.class, CommonTexts::upstreamError);
    public static final Message UPSTREAM_UNAVAILABLE = Message.of(CommonTexts.class, CommonTexts::upstreamUnavailable);
    public static final Message STORE_UNAVAILABLE = Message.of(CommonTexts.class, CommonTexts::storeUnavailable);
    public static final Message FIELD_REQUIRED = Message.of(CommonTexts.class, CommonTexts::fieldRequired);
    public static final Message FIELD_WRONG_TYPE = Message.of(CommonTexts.class, CommonTexts::fieldWrongType);
    public static final Message USERNAME_TAKEN = Message.of(CommonTexts.class, CommonTexts::usernameTaken);
    public static final Message WRONG_CREDENTIALS = Message.of(CommonTexts.class, CommonTexts::wrongCredentials);
    public static final Message WRONG_OLD_PASSWORD = Message.of(CommonTexts.class, CommonTexts::wrongOldPassword);
    public static final Message SAME_PASSWORD = Message.of(CommonTexts.class, CommonTexts::samePassword);
    public static final Message INVALID_RESET_CODE = Message.of(CommonTexts.class, CommonTexts::invalidResetCode);
    public static final Message PASSWORD_RESET_SENT = Message.of(CommonTexts.class, CommonTexts::passwordResetSent);
    public static final Message INVALID_USERNAME = Message.of(CommonTexts.class, CommonTexts::invalidUsername);
    public static final Message INVALID_PASSWORD_LENGTH = Message.of(CommonTexts.class, CommonTexts::invalidPasswordLength);
    public static final Message INVALID_VALUE = Message.of(CommonTexts.class, CommonTexts::invalidValue);

    private CommonMessage() {
    }
}
