package com.jkcloud.monitor.report;

import com.jkcloud.monitor.common.i18n.Bundles;
import com.jkcloud.monitor.common.i18n.Language;

import java.math.BigDecimal;

/** A report as a short plain text, in the user's language. */
final class ReportText {

    private ReportText() {
    }

    static String subject(ReportFigures figures, Language language) {
        ReportPeriod period = figures.period();
        String span = period.from().equals(period.to()) ? period.from().toString() : period.from() + " ~ " + period.to();
        ReportTexts texts = Bundles.in(ReportTexts.class, language);
        return switch (period.kind()) {
            case DAILY -> texts.dailySubject(span);
            case WEEKLY -> texts.weeklySubject(span);
            case MONTHLY -> texts.monthlySubject(span);
        };
    }

    static String summary(ReportFigures figures, Language language) {
        ReportTexts texts = Bundles.in(ReportTexts.class, language);
        return String.join("\n",
                texts.income(figures.income().toPlainString(), figures.previousIncome().toPlainString(),
                        figures.changePercent() == null ? null : signed(figures.changePercent())),
                texts.withdrawn(figures.withdrawn().toPlainString(), figures.withdrawals()),
                texts.fleet(figures.online(), figures.devices(),
                        figures.uptimePercent() == null ? null : figures.uptimePercent().toPlainString()),
                texts.alerts(figures.offlineAlerts(), figures.exceptionAlerts(), figures.recoveredAlerts(),
                        figures.authFailedAlerts()),
                texts.failingAccounts(figures.authFailedAccounts().size(), String.join(", ", figures.authFailedAccounts())));
    }

    private static String signed(BigDecimal percent) {
        return (percent.signum() > 0 ? "+" : "") + percent.toPlainString();
    }
}
