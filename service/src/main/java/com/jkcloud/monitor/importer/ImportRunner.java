package com.jkcloud.monitor.importer;

import com.jkcloud.monitor.account.AccountService;
import com.jkcloud.monitor.account.api.BindAccountRequest;
import com.jkcloud.monitor.account.group.GroupService;
import com.jkcloud.monitor.common.api.ApiException;
import com.jkcloud.monitor.common.crypto.CredentialCipher;
import com.jkcloud.monitor.common.i18n.Language;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.types.ObjectId;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Works through an import's pending lines, {@code monitor.import.concurrency} upstream logins at a time, each through
 * the single-bind path (so the proxy pool, the per-host limits, the first poll and the events happen as for one bind).
 * A line whose bind fails for another reason than its own (e.g. the store is down) stays pending for the resume job.
 */
@ApplicationScoped
public class ImportRunner {

    private static final Logger LOG = Logger.getLogger(ImportRunner.class);
    static final Duration LEASE = Duration.ofMinutes(2);
    private static final int RECORD_BATCH = 50;

    /** This replica, as the claims on imports name it. */
    final String replica = UUID.randomUUID().toString();

    private final ImportRepository imports;
    private final ImportLineRepository lines;
    private final ImportLegacyLines legacyLines;
    private final AccountService accounts;
    private final GroupService groups;
    private final CredentialCipher cipher;
    private final int concurrency;
    private final Clock clock;

    public ImportRunner(ImportRepository imports, ImportLineRepository lines, ImportLegacyLines legacyLines, AccountService accounts, GroupService groups, CredentialCipher cipher,
                        @ConfigProperty(name = "monitor.import.concurrency", defaultValue = "48") int concurrency, Clock clock) {
        this.imports = imports;
        this.lines = lines;
        this.legacyLines = legacyLines;
        this.accounts = accounts;
        this.groups = groups;
        this.cipher = cipher;
        this.concurrency = Math.max(1, concurrency);
        this.clock = clock;
    }

    static String associatedData(ObjectId importId, int line) {
        return importId.toHexString() + ':' + line;
    }

    String seal(ObjectId importId, int line, String password) {
        return cipher.encrypt(password, associatedData(importId, line));
    }

    /** Runs in the background; returns at once. */
    void start(AccountImport job) {
        run(job).subscribe().with(done -> LOG.infof("Import %s done", job.id),
                failure -> LOG.warnf("Import %s paused (%s); the resume job carries on", job.id, failure.getMessage()));
    }

    Uni<Void> run(AccountImport job) {
        return legacyLines.move(job).flatMap(moved -> lines.pending(job.id)).onItem().transformToMulti(Multi.createFrom()::iterable)
                .onItem().transformToUni(line -> outcome(job.ownerId, job.id, line)).merge(concurrency) // a null result: none
                // results are stored a batch at a time: one write for their lines and one for the progress counters (a
                // batch by count only: a timed one would fail when the store is slower than the timer)
                .group().intoLists().of(RECORD_BATCH)
                .onItem().transformToUniAndConcatenate(batch -> batch.isEmpty() ? Uni.createFrom().voidItem()
                        : lines.record(job.id, batch).flatMap(recorded -> imports.countLines(job.id, outcomes(batch), clock.instant(), leaseUntil())))
                .collect().last()
                .flatMap(all -> lines.count(job.id))
                .flatMap(counts -> counts.pending() > 0 ? Uni.createFrom().voidItem() // left for the resume job
                        : imports.finish(job.id, counts.done(), clock.instant()));
    }

    private static Map<AccountImport.Outcome, Integer> outcomes(List<ImportLine.Result> batch) {
        Map<AccountImport.Outcome, Integer> counted = new EnumMap<>(AccountImport.Outcome.class);
        batch.forEach(result -> counted.merge(result.status(), 1, Integer::sum));
        return counted;
    }

    /** The line's result, or null when it should stay pending (a failure of ours, not of the line). */
    private Uni<ImportLine.Result> outcome(ObjectId ownerId, ObjectId importId, ImportLine line) {
        if (line.username == null || line.sealedPassword == null) {
            return Uni.createFrom().item(result(line, AccountImport.Outcome.INVALID, ImportMessage.LINE_INVALID.in(Language.EN), null));
        }
        String password = cipher.decrypt(line.sealedPassword, associatedData(importId, line.line));
        Uni<ObjectId> group = line.group == null ? Uni.createFrom().nullItem()
                : groups.findOrCreate(ownerId, line.group).map(found -> found == null ? null : found.id);
        return group.flatMap(groupId -> accounts.bindIntoGroup(ownerId, new BindAccountRequest(line.username, password, line.name), groupId))
                .map(accountId -> result(line, AccountImport.Outcome.BOUND, ImportMessage.BOUND.in(Language.EN), accountId.toHexString()))
                .onFailure(ApiException.class).recoverWithItem(failure -> failed(line, (ApiException) failure))
                .onFailure().recoverWithItem(failure -> {
                    LOG.warnf("Import %s line %d stays pending: %s", importId, line.line, failure.getClass().getSimpleName());
                    return null;
                });
    }

    private static ImportLine.Result failed(ImportLine line, ApiException failure) {
        AccountImport.Outcome outcome = switch (failure.error()) {
            case CONFLICT -> AccountImport.Outcome.ALREADY_BOUND;
            case UPSTREAM_AUTH_FAILED -> AccountImport.Outcome.UPSTREAM_AUTH_FAILED;
            case VALIDATION_FAILED, MALFORMED_JSON -> AccountImport.Outcome.INVALID;
            default -> AccountImport.Outcome.UPSTREAM_ERROR;
        };
        return result(line, outcome, failure.userMessage().in(Language.EN), null);
    }

    private static ImportLine.Result result(ImportLine line, AccountImport.Outcome status, String message, String accountId) {
        return new ImportLine.Result(line.line, line.username, status, message, accountId);
    }

    Instant leaseUntil() {
        return clock.instant().plus(LEASE);
    }
}
