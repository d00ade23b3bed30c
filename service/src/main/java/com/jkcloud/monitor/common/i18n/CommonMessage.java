package com.jkcloud.monitor.common.i18n;

/** Texts shared by every capability. */
public final class CommonMessage {

    public static final Message OK = Message.of("成功",
            "OK");
    public static final Message VALIDATION_FAILED = Message.of("请求参数无效",
            "The request is invalid");
    public static final Message MALFORMED_JSON = Message.of("请求体不是有效的 JSON",
            "The request body is not valid JSON");
    public static final Message UNAUTHORIZED = Message.of("未登录或登录已过期",
            "Not signed in, or the session has expired");
    public static final Message FORBIDDEN = Message.of("没有权限执行此操作",
            "You are not allowed to do this");
    public static final Message BLACKLISTED = Message.of("该设备已被列入黑名单",
            "This device is blacklisted");
    public static final Message NOT_FOUND = Message.of("资源不存在",
            "Not found");
    public static final Message METHOD_NOT_ALLOWED = Message.of("不支持该请求方法",
            "Method not allowed");
    public static final Message NOT_ACCEPTABLE = Message.of("无法提供请求的响应格式",
            "The requested response format is not available");
    public static final Message CONFLICT = Message.of("资源冲突",
            "Conflict");
    public static final Message PAYLOAD_TOO_LARGE = Message.of("请求体过大",
            "The request body is too large");
    public static final Message UNSUPPORTED_MEDIA_TYPE = Message.of("不支持的内容类型，请使用 application/json",
            "Unsupported content type; send application/json");
    public static final Message UPSTREAM_AUTH_FAILED = Message.of("玩客云账号或密码错误",
            "The OneThing account or password is wrong");
    public static final Message UNPROCESSABLE = Message.of("请求格式正确，但无法执行",
            "The request is well-formed but can't be carried out");
    public static final Message LOCKED = Message.of("登录失败次数过多，账号已临时锁定",
            "Too many failed sign-ins; the account is locked for now");
    public static final Message RATE_LIMITED = Message.of("请求过于频繁，请稍后再试",
            "Too many requests; try again later");
    public static final Message INTERNAL = Message.of("服务器内部错误",
            "Internal server error");
    public static final Message UPSTREAM_ERROR = Message.of("玩客云服务返回错误",
            "The OneThing service answered with an error");
    public static final Message UPSTREAM_UNAVAILABLE = Message.of("玩客云服务暂时不可用",
            "The OneThing service is unavailable right now");
    public static final Message STORE_UNAVAILABLE = Message.of("服务暂时不可用，请稍后重试",
            "The service's data store is unavailable right now; please try again shortly");
    public static final Message FIELD_REQUIRED = Message.of("不能为空",
            "is required");
    public static final Message FIELD_WRONG_TYPE = Message.of("类型错误",
            "has the wrong type");
    public static final Message USERNAME_TAKEN = Message.of("该用户名已被注册",
            "This username is already registered");
    public static final Message WRONG_CREDENTIALS = Message.of("用户名或密码错误",
            "Wrong username or password");
    public static final Message WRONG_OLD_PASSWORD = Message.of("原密码错误",
            "The current password is wrong");
    public static final Message SAME_PASSWORD = Message.of("新密码不能与原密码相同",
            "The new password must differ from the current one");
    public static final Message INVALID_RESET_CODE = Message.of("验证码错误或已过期",
            "The code is wrong or has expired");
    public static final Message PASSWORD_RESET_SENT = Message.of("如果该账号存在，验证码已发送到绑定的邮箱",
            "If the account exists, a code has been sent to its e-mail address");
    public static final Message INVALID_USERNAME = Message.of("须为 11 位手机号或邮箱地址",
            "must be an 11-digit mobile number or an e-mail address");
    public static final Message INVALID_PASSWORD_LENGTH = Message.of("长度须为 8 到 64 个字符",
            "must be 8 to 64 characters long");
    public static final Message INVALID_VALUE = Message.of("取值无效",
            "has an invalid value");

    private CommonMessage() {
    }
}
