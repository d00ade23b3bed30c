package com.jkcloud.monitor.withdraw;

import com.jkcloud.monitor.auth.User;
import com.jkcloud.monitor.auth.UserRepository;
import com.jkcloud.monitor.common.i18n.Bundles;
import com.jkcloud.monitor.common.i18n.Language;
import com.jkcloud.monitor.common.money.Coins;
import com.jkcloud.monitor.notify.NotificationEvent;
import com.jkcloud.monitor.notify.delivery.ChannelDeliveries;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.types.ObjectId;

import java.time.Clock;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Tells the user what an automatic withdrawal did (event WITHDRAWAL), every account's result and, for a failed
 * one, why. The notice key is the withdrawal's id: whichever replica finishes it, it is sent once.
 */
@ApplicationScoped
public class AutoWithdrawNotice {

    private final UserRepository users;
    private final ChannelDeliveries deliveries;
    private final Clock clock;

    public AutoWithdrawNotice(UserRepository users, ChannelDeliveries deliveries, Clock clock) {
        this.users = users;
        this.deliveries = deliveries;
        this.clock = clock;
    }

    public Uni<Void> send(Withdrawal withdrawal) {
        return users.findById(withdrawal.ownerId).flatMap(user -> user == null ? Uni.createFrom().voidItem()
                : deliveries.audience(user.id, user.notifications.appPush).flatMap(audience -> {
                    Language language = languageOf(user);
                    return deliveries.queueNotice(audience, NotificationEvent.WITHDRAWAL, "auto-withdrawal:" + withdrawal.id,
                            subject(withdrawal, language), summary(withdrawal, language), mailAddress(user), clock.instant());
                }).replaceWithVoid());
    }

    /** The user's language for texts composed without a request. */
    public Uni<Language> languageOf(ObjectId userId) {
        return users.findById(userId).map(user -> user == null ? Language.ZH : languageOf(user));
    }

    static Language languageOf(User user) {
        return Language.fromTag(user.notifications.language);
    }

    /** Notices also go by mail to the alert address, unless the user turned mail off. */
    static String mailAddress(User user) {
        return user.notifications.enabled ? Optional.ofNullable(user.notifications.email).orElse(user.email) : null;
    }

    private static String subject(Withdrawal withdrawal, Language language) {
        long failed = withdrawal.results.stream().filter(result -> result.status == Withdrawal.Outcome.FAILED).count();
        return Bundles.in(WithdrawTexts.class, language).autoSubject(Coins.rounded(withdrawal.total).toPlainString(), failed);
    }

    private static String summary(Withdrawal withdrawal, Language language) {
        WithdrawTexts texts = Bundles.in(WithdrawTexts.class, language);
        return withdrawal.results.stream()
                .sorted(Comparator.comparing((Withdrawal.AccountResult result) -> result.status).thenComparing(result -> result.accountId))
                .map(result -> texts.autoResult(result.accountName == null ? result.accountId : result.accountName,
                        statusText(result.status, texts), Coins.rounded(result.amount).toPlainString(),
                        result.status == Withdrawal.Outcome.DONE ? null : result.message))
                .collect(Collectors.joining("\n"));
    }

    private static String statusText(Withdrawal.Outcome status, WithdrawTexts texts) {
        return switch (status) {
            case DONE -> texts.autoDrawn();
            case FAILED -> texts.autoFailed();
            case SKIPPED -> texts.autoSkipped();
        };
    }
}
