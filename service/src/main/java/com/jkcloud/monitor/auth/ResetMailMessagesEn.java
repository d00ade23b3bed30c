package com.jkcloud.monitor.auth;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;

@Localized("en")
public interface ResetMailMessagesEn extends ResetMailMessages {

    @Override
    @Message("JK Cloud Monitor password reset code")
    String subject();

    @Override
    @Message("Your JK Cloud Monitor password reset code is")
    String codeIs();

    @Override
    @Message("Your JK Cloud Monitor password reset code is {code}.")
    String codeIsLine(String code);

    @Override
    @Message("It is valid for {minutes} minutes and can be used once. If you did not ask for it, ignore this mail.")
    String validFor(long minutes);

    @Override
    @Message("Setting a new password with it also unlocks an account locked after failed sign-ins.")
    String unlocks();
}
