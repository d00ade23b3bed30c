package com.jkcloud.monitor.common.i18n;

/** Texts shared by every capability, in Chinese and English. Capabilities keep their own in their own enums. */
public enum CommonMessage implements Message {
    OK("成功", "OK"),
    VALIDATION_FAILED("请求参数无效", "The request is invalid"),
    MALFORMED_JSON("请求体不是有效的 JSON", "The request body is not valid JSON"),
    UNAUTHORIZED("未登录或登录已过期", "Not signed in, or the session has expired"),
    FORBIDDEN("没有权限执行此操作", "You are not allowed to do this"),
    BLACKLISTED("该设备已被列入黑名单", "This device is blacklisted"),
    NOT_FOUND("资源不存在", "Not found"),
    METHOD_NOT_ALLOWED("不支持该请求方法", "Method not allowed"),
    NOT_ACCEPTABLE("无法提供请求的响应格式", "The requested response format is not available"),
    CONFLICT("资源冲突", "Conflict"),
    PAYLOAD_TOO_LARGE("请求体过大", "The request body is too large"),
    UNSUPPORTED_MEDIA_TYPE("不支持的内容类型，请使用 application/json", "Unsupported content type; send application/json"),
    UPSTREAM_AUTH_FAILED("玩客云账号或密码错误", "The OneThing account or password is wrong"),
    LOCKED("登录失败次数过多，账号已临时锁定", "Too many failed sign-ins; the account is locked for now"),
    RATE_LIMITED("请求过于频繁，请稍后再试", "Too many requests; try again later"),
    INTERNAL("服务器内部错误", "Internal server error"),
    UPSTREAM_ERROR("玩客云服务返回错误", "The OneThing service answered with an error"),
    UPSTREAM_UNAVAILABLE("玩客云服务暂时不可用", "The OneThing service is unavailable right now"),

    FIELD_REQUIRED("不能为空", "is required"),
    FIELD_WRONG_TYPE("类型错误", "has the wrong type"),
    USERNAME_TAKEN("该用户名已被注册", "This username is already registered"),
    WRONG_CREDENTIALS("用户名或密码错误", "Wrong username or password"),
    WRONG_OLD_PASSWORD("原密码错误", "The current password is wrong"),
    SAME_PASSWORD("新密码不能与原密码相同", "The new password must differ from the current one"),
    INVALID_RESET_CODE("验证码错误或已过期", "The code is wrong or has expired"),
    PASSWORD_RESET_SENT("如果该账号存在，验证码已发送到绑定的邮箱", "If the account exists, a code has been sent to its e-mail address"),
    INVALID_USERNAME("须为 11 位手机号或邮箱地址", "must be an 11-digit mobile number or an e-mail address"),
    INVALID_EMAIL("邮箱地址无效", "is not a valid e-mail address"),
    INVALID_PASSWORD_LENGTH("长度须为 8 到 64 个字符", "must be 8 to 64 characters long"),
    INVALID_VALUE("取值无效", "has an invalid value");

    private final String chinese;
    private final String english;

    CommonMessage(String chinese, String english) {
        this.chinese = chinese;
        this.english = english;
    }

    @Override
    public String in(Language language) {
        return language == Language.EN ? english : chinese;
    }
}
