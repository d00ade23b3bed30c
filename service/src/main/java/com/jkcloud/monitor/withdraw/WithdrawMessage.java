package com.jkcloud.monitor.withdraw;

import com.jkcloud.monitor.common.i18n.Message;

/** Texts of the withdraw capability. */
public final class WithdrawMessage {

    public static final Message KEY_REQUIRED = Message.of(WithdrawTexts.class, WithdrawTexts::keyRequired);
    public static final Message KEY_IN_PROGRESS = Message.of(WithdrawTexts.class, WithdrawTexts::keyInProgress);
    public static final Message NOTHING_TO_DRAW = Message.of(WithdrawTexts.class, WithdrawTexts::nothingToDraw);
    public static final Message ACCOUNT_BUSY = Message.of(WithdrawTexts.class, WithdrawTexts::accountBusy);
    public static final Message FOUND_IN_HISTORY = Message.of(WithdrawTexts.class, WithdrawTexts::foundInHistory);
    public static final Message DRAW_UNCONFIRMED = Message.of(WithdrawTexts.class, WithdrawTexts::drawUnconfirmed);
    public static final Message NO_DEVICE = Message.of(WithdrawTexts.class, WithdrawTexts::noDevice);

    public static final Message BELOW_MINIMUM = Message.of(WithdrawTexts.class, WithdrawTexts::belowMinimum);
    public static final Message HOUR_RANGE = Message.of(WithdrawTexts.class, WithdrawTexts::hourRange);
    public static final Message DAY_OF_WEEK_RANGE = Message.of(WithdrawTexts.class, WithdrawTexts::dayOfWeekRange);
    public static final Message SCHEDULE_REQUIRED = Message.of(WithdrawTexts.class, WithdrawTexts::scheduleRequired);
    public static final Message MIN_AMOUNT_RANGE = Message.of(WithdrawTexts.class, WithdrawTexts::minAmountRange);
    public static final Message ONE_SELECTION = Message.of(WithdrawTexts.class, WithdrawTexts::oneSelection);
    public static final Message GROUP_ID_INVALID = Message.of(WithdrawTexts.class, WithdrawTexts::groupIdInvalid);

    private WithdrawMessage() {
    }
}
