package com.jkcloud.monitor.importer;

import com.jkcloud.monitor.common.api.ApiException;
import com.jkcloud.monitor.importer.api.ImportView;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.types.ObjectId;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Starts bulk imports, answers their progress and resumes the ones whose replica stopped. */
@ApplicationScoped
public class ImportService {

    private static final Duration PROGRESS_EVERY = Duration.ofMillis(500);

    private final ImportRepository imports;
    private final ImportLineRepository importLines;
    private final ImportRunner runner;
    private final Clock clock;

    public ImportService(ImportRepository imports, ImportLineRepository importLines, ImportRunner runner, Clock clock) {
        this.imports = imports;
        this.importLines = importLines;
        this.runner = runner;
        this.clock = clock;
    }

    /** Stores the lines (passwords sealed) in one write, then the import, then binds them in the background. */
    public Uni<ImportView> start(ObjectId ownerId, List<ImportLines.Line> lines) {
        Instant now = clock.instant();
        AccountImport job = new AccountImport();
        job.id = new ObjectId();
        job.ownerId = ownerId;
        job.status = AccountImport.Status.RUNNING;
        job.total = lines.size();
        job.createdAt = now;
        job.updatedAt = now;
        job.leaseOwner = runner.replica;
        job.leaseUntil = runner.leaseUntil();
        List<ImportLine> pending = lines.stream().map(line -> ImportLine.pending(job.id, line.line(), line.username(),
                line.password() == null ? null : runner.seal(job.id, line.line(), line.password()), line.name(), line.group())).toList();
        // lines first: a crash in between leaves lines nobody sees, never an import without its lines
        return importLines.store(pending).flatMap(stored -> imports.persist(job)).invoke(runner::start)
                .map(stored -> ImportView.of(job, List.of()));
    }

    public Uni<ImportView> get(ObjectId ownerId, ObjectId importId) {
        return owned(ownerId, importId).flatMap(job -> importLines.results(job.id).map(results -> ImportView.of(job, results)));
    }

    /** Progress every half second until the import is done (that last event included); see {@link ImportEventsGuard}. */
    public Multi<ImportView> events(ObjectId ownerId, ObjectId importId) {
        return Multi.createBy().repeating()
                .uni(() -> owned(ownerId, importId).map(job -> ImportView.of(job, List.of())))
                .withDelay(PROGRESS_EVERY)
                .whilst(view -> view.status() != AccountImport.Status.DONE);
    }

    /** Picks up imports whose replica stopped before they were done (their claim lapsed). */
    @Scheduled(every = "{monitor.import.resume-every}", delayed = "10s", identity = "import-resume")
    Uni<Void> resumeAbandoned() {
        return imports.claimAbandoned(runner.replica, clock.instant(), runner.leaseUntil()).flatMap(claimed -> {
            if (claimed == null) {
                return Uni.createFrom().voidItem();
            }
            return runner.run(claimed).flatMap(done -> resumeAbandoned());
        });
    }

    private Uni<AccountImport> owned(ObjectId ownerId, ObjectId importId) {
        return imports.findOwned(importId, ownerId).map(job -> {
            if (job == null) {
                throw ApiException.notFound();
            }
            return job;
        });
    }
}
