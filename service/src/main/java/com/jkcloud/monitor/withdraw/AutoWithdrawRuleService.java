package com.jkcloud.monitor.withdraw;

import com.jkcloud.monitor.account.AccountRepository;
import com.jkcloud.monitor.common.api.ApiException;
import com.jkcloud.monitor.common.money.Coins;
import com.jkcloud.monitor.withdraw.api.AutoWithdrawRuleRequest;
import com.jkcloud.monitor.withdraw.api.AutoWithdrawRuleView;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.types.ObjectId;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads and replaces a user's automatic withdrawal rule; replacing it sets its next slot. */
@ApplicationScoped
public class AutoWithdrawRuleService {

    private static final int DEFAULT_HOUR = 9;

    private final AutoWithdrawRules rules;
    private final AccountRepository accounts;
    private final WithdrawalService withdrawals;
    private final Clock clock;

    public AutoWithdrawRuleService(AutoWithdrawRules rules, AccountRepository accounts, WithdrawalService withdrawals,
                                   Clock clock) {
        this.rules = rules;
        this.accounts = accounts;
        this.withdrawals = withdrawals;
        this.clock = clock;
    }

    public Uni<AutoWithdrawRuleView> rule(ObjectId ownerId) {
        return rules.findById(ownerId).flatMap(found -> view(ownerId, found != null ? found : defaults(ownerId)));
    }

    public Uni<AutoWithdrawRuleView> replace(ObjectId ownerId, AutoWithdrawRuleRequest request) {
        AutoWithdrawRule rule = validated(ownerId, request);
        return ownedAccountIds(ownerId).flatMap(owned -> {
            if (!owned.containsAll(rule.accountIds)) {
                throw ApiException.notFound();
            }
            rule.updatedAt = clock.instant();
            rule.nextRunAt = rule.enabled ? AutoWithdrawSchedule.nextSlotAfter(rule, rule.updatedAt) : null;
            return rules.save(rule);
        }).flatMap(saved -> view(ownerId, saved));
    }

    private Uni<Set<ObjectId>> ownedAccountIds(ObjectId ownerId) {
        return accounts.listByOwner(ownerId).map(owned -> owned.stream().map(account -> account.id).collect(Collectors.toSet()));
    }

    private static AutoWithdrawRule validated(ObjectId ownerId, AutoWithdrawRuleRequest request) {
        if (request == null || request.schedule() == null) {
            throw ApiException.invalidField("schedule", WithdrawMessage.SCHEDULE_REQUIRED);
        }
        AutoWithdrawRule rule = new AutoWithdrawRule();
        rule.id = ownerId;
        try {
            rule.schedule = AutoWithdrawRule.Schedule.valueOf(request.schedule());
        } catch (IllegalArgumentException unknown) {
            throw ApiException.invalidField("schedule", WithdrawMessage.SCHEDULE_REQUIRED);
        }
        if (request.hour() == null || request.hour() < 0 || request.hour() > 23) {
            throw ApiException.invalidField("hour", WithdrawMessage.HOUR_RANGE);
        }
        rule.hour = request.hour();
        if (rule.schedule == AutoWithdrawRule.Schedule.WEEKLY) {
            if (request.dayOfWeek() == null || request.dayOfWeek() < 1 || request.dayOfWeek() > 7) {
                throw ApiException.invalidField("dayOfWeek", WithdrawMessage.DAY_OF_WEEK_RANGE);
            }
            rule.dayOfWeek = request.dayOfWeek();
        }
        BigDecimal minAmount = request.minAmount() == null ? BigDecimal.ZERO : request.minAmount();
        if (minAmount.signum() < 0) {
            throw ApiException.invalidField("minAmount", WithdrawMessage.MIN_AMOUNT_RANGE);
        }
        rule.minAmount = Coins.rounded(minAmount);
        List<String> accountIds = request.accountIds() == null ? List.of() : request.accountIds();
        if (!accountIds.isEmpty() && request.groupId() != null) {
            throw ApiException.invalidField("groupId", WithdrawMessage.ONE_SELECTION);
        }
        if (request.groupId() != null) {
            if (!ObjectId.isValid(request.groupId())) {
                throw ApiException.invalidField("groupId", WithdrawMessage.GROUP_ID_INVALID);
            }
            rule.groupId = new ObjectId(request.groupId());
        }
        if (accountIds.stream().anyMatch(id -> id == null || !ObjectId.isValid(id))) {
            throw ApiException.notFound();
        }
        rule.accountIds = accountIds.stream().distinct().map(ObjectId::new).toList();
        rule.enabled = Boolean.TRUE.equals(request.enabled());
        return rule;
    }

    private Uni<AutoWithdrawRuleView> view(ObjectId ownerId, AutoWithdrawRule rule) {
        return withdrawals.lastAutomatic(ownerId).map(lastRun -> new AutoWithdrawRuleView(rule.enabled,
                Coins.rounded(rule.minAmount), rule.schedule.name(), rule.dayOfWeek, rule.hour,
                rule.accountIds.stream().map(ObjectId::toHexString).toList(),
                rule.groupId == null ? null : rule.groupId.toHexString(),
                rule.nextRunAt == null ? null : rule.nextRunAt.toEpochMilli(), lastRun));
    }

    private static AutoWithdrawRule defaults(ObjectId ownerId) {
        AutoWithdrawRule rule = new AutoWithdrawRule();
        rule.id = ownerId;
        rule.hour = DEFAULT_HOUR;
        return rule;
    }
}
