package com.jkcloud.monitor.monitor.mail;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;

@Localized("en")
public interface MonitorMailMessagesEn extends MonitorMailMessages {

    @Override
    @Message("JK Cloud Monitor: {count} change(s), {problems} needing attention")
    String alertSubject(int count, long problems);

    @Override
    @Message("These boxes changed state:")
    String alertHeading();

    @Override
    @Message("Change")
    String columnChange();

    @Override
    @Message("Device")
    String columnDevice();

    @Override
    @Message("Account")
    String columnAccount();

    @Override
    @Message("Since")
    String columnSince();

    @Override
    @Message("Details")
    String columnDetails();

    @Override
    @Message("account")
    String lineAccount();

    @Override
    @Message("since")
    String lineSince();

    @Override
    @Message("Offline")
    String offline();

    @Override
    @Message("Exception")
    String exception();

    @Override
    @Message("Back online")
    String recovered();

    @Override
    @Message("Password no longer works")
    String authFailed();

    @Override
    @Message("still not resolved (reminder)")
    String stillUnresolved();

    @Override
    @Message("JK Cloud Monitor daily report {day}")
    String reportSubject(String day);

    @Override
    @Message("Your boxes on {day}:")
    String reportHeading(String day);

    @Override
    @Message("Income: ")
    String reportIncome();

    @Override
    @Message("coins")
    String coins();

    @Override
    @Message("Online: {online}, offline: {offline}, in exception: {exception}")
    String reportStates(int online, int offline, int exception);

    @Override
    @Message("Your boxes on {day}: income {income} coins; online {online}, offline {offline}, in exception {exception}.")
    String reportLine(String day, String income, int online, int offline, int exception);
}
