package com.jkcloud.monitor.onething;

/** The constants of the app's traffic that every call repeats. */
public final class OneThingProtocol {

    public static final String APP_VERSION = "1.6.2";
    public static final String USER_AGENT = "MineCrafter3/" + APP_VERSION + " (iPhone; iOS 11.3.1; Scale/2.00)";
    public static final int LICENCE_PUB = 1;
    public static final int CLIENT_TYPE = 2;
    public static final int CONTROL_API_VERSION = 3;
    public static final int ACCOUNT_TYPE_PHONE = 4;
    public static final int ACCOUNT_TYPE_EMAIL = 5;
    public static final String EMAIL_PHONE_AREA = "Email";
    /** {@code origin} cookie: 2 for income and draws, 1 for the withdrawal history. */
    public static final String ORIGIN_APP = "2";
    public static final String ORIGIN_HISTORY = "1";
    public static final int GAS_TYPE = 2;
    public static final String SESSION_COOKIE = "sessionid";
    public static final String USER_ID_COOKIE = "userid";
    public static final String SIGN = "sign";

    private OneThingProtocol() {
    }
}
