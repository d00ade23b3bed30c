package com.jkcloud.monitor.app;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;

@Localized("en")
public interface AppTextsEn extends AppTexts {

    @Override
    @Message("No such device")
    String deviceNotFound();

    @Override
    @Message("No action has this uid")
    String actionNotFound();

    @Override
    @Message("is used more than once")
    String duplicateUid();

    @Override
    @Message("must be Android or iOS")
    String unknownPlatform();

    @Override
    @Message("must be a positive whole number")
    String versionCodeInvalid();

    @Override
    @Message("must not be above versionCode")
    String minSupportedAboveVersion();

    @Override
    @Message("This versionCode is already published for the platform")
    String releaseExists();
}
