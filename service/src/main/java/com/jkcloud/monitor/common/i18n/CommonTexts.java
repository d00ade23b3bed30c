package com.jkcloud.monitor.common.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The Chinese texts of {@link CommonMessage}; the English are in {@code messages/commonText_en.properties}. */
@MessageBundle(value = "commonText", locale = "zh-CN")
public interface CommonTexts {

    @Message("成功")
    String ok();

    @Message("请求参数无效")
    String validationFailed();

    @Message("请求体不是有效的 JSON")
    String malformedJson();

    @Message("未登录或登录已过期")
    String unauthorized();

    @Message("需要输入身份验证器中的动态验证码")
    String twoFactorRequired();

    @Message("没有权限执行此操作")
    String forbidden();

    @Message("该设备已被列入黑名单")
    String blacklisted();

    @Message("资源不存在")
    String notFound();

    @Message("不支持该请求方法")
    String methodNotAllowed();

    @Message("无法提供请求的响应格式")
    String notAcceptable();

    @Message("资源冲突")
    String conflict();

    @Message("请求体过大")
    String payloadTooLarge();

    @Message("不支持的内容类型，请使用 application/json")
    String unsupportedMediaType();

    @Message("玩客云账号或密码错误")
    String upstreamAuthFailed();

    @Message("请求格式正确，但无法执行")
    String unprocessable();

    @Message("登录失败次数过多，账号已临时锁定")
    String locked();

    @Message("请求过于频繁，请稍后再试")
    String rateLimited();

    @Message("服务器内部错误")
    String internal();

    @Message("玩客云服务返回错误")
    String upstreamError();

    @Message("玩客云服务暂时不可用")
    String upstreamUnavailable();

    @Message("服务暂时不可用，请稍后重试")
    String storeUnavailable();

    @Message("不能为空")
    String fieldRequired();

    @Message("类型错误")
    String fieldWrongType();

    @Message("该用户名已被注册")
    String usernameTaken();

    @Message("用户名或密码错误")
    String wrongCredentials();

    @Message("原密码错误")
    String wrongOldPassword();

    @Message("新密码不能与原密码相同")
    String samePassword();

    @Message("验证码错误或已过期")
    String invalidResetCode();

    @Message("如果该账号存在，验证码已发送到绑定的邮箱")
    String passwordResetSent();

    @Message("须为 11 位手机号或邮箱地址")
    String invalidUsername();

    @Message("长度须为 8 到 64 个字符")
    String invalidPasswordLength();

    @Message("取值无效")
    String invalidValue();
}
