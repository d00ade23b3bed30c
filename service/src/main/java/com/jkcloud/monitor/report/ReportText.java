package com.jkcloud.monitor.report;

import com.jkcloud.monitor.common.i18n.Language;

import java.math.BigDecimal;

/** A report as a short plain text, in the user's language. */
final class ReportText {

    private ReportText() {
    }

    static String subject(ReportFigures figures, Language language) {
        ReportPeriod period = figures.period();
        String span = period.from().equals(period.to()) ? period.from().toString() : period.from() + " ~ " + period.to();
        if (language == Language.EN) {
            String kind = switch (period.kind()) {
                case DAILY -> "Daily";
                case WEEKLY -> "Weekly";
                case MONTHLY -> "Monthly";
            };
            return "JK Cloud Monitor " + kind + " report " + span;
        }
        String kind = switch (period.kind()) {
            case DAILY -> "日报";
            case WEEKLY -> "周报";
            case MONTHLY -> "月报";
        };
        return "【JK Cloud Monitor】" + span + " " + kind;
    }

    static String summary(ReportFigures figures, Language language) {
        boolean english = language == Language.EN;
        StringBuilder text = new StringBuilder();
        text.append(english ? "Income: " : "收益：").append(figures.income().toPlainString())
                .append(english ? " (previous period " : "（上期 ").append(figures.previousIncome().toPlainString())
                .append(figures.changePercent() == null ? "" : ", " + signed(figures.changePercent()) + "%")
                .append(english ? ")\n" : "）\n");
        text.append(english ? "Withdrawn: " : "提现：").append(figures.withdrawn().toPlainString())
                .append(english ? " in " + figures.withdrawals() + " withdrawal(s)\n" : "，共 " + figures.withdrawals() + " 次\n");
        text.append(english ? "Fleet: " : "设备：").append(figures.online()).append("/").append(figures.devices())
                .append(english ? " online" : " 在线")
                .append(figures.uptimePercent() == null ? "" : " (" + figures.uptimePercent().toPlainString() + "%)").append("\n");
        text.append(english ? "Alerts: " : "告警：")
                .append(english ? "offline " : "离线 ").append(figures.offlineAlerts())
                .append(english ? ", exception " : "，异常 ").append(figures.exceptionAlerts())
                .append(english ? ", recovered " : "，恢复 ").append(figures.recoveredAlerts())
                .append(english ? ", login failed " : "，登录失败 ").append(figures.authFailedAlerts()).append("\n");
        text.append(english ? "Accounts failing to sign in: " : "登录失败的账号：").append(figures.authFailedAccounts().size())
                .append(figures.authFailedAccounts().isEmpty() ? "" : " (" + String.join(", ", figures.authFailedAccounts()) + ")");
        return text.toString();
    }

    private static String signed(BigDecimal percent) {
        return (percent.signum() > 0 ? "+" : "") + percent.toPlainString();
    }
}
