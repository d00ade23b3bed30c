package com.jkcloud.monitor.importer;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * One-off, at start (and before an import is resumed): an older version kept an import's lines inside it; they become
 * {@link ImportLine}s, then the old fields go. Copy before drop, both idempotent.
 */
@ApplicationScoped
public class ImportLegacyLines {

    private static final Logger LOG = Logger.getLogger(ImportLegacyLines.class);

    private final ImportRepository imports;
    private final ImportLineRepository lines;

    public ImportLegacyLines(ImportRepository imports, ImportLineRepository lines) {
        this.imports = imports;
        this.lines = lines;
    }

    void onStart(@Observes StartupEvent startup) {
        imports.withLegacyLines()
                .flatMap(legacy -> Multi.createFrom().iterable(legacy).onItem().transformToUniAndConcatenate(this::move)
                        .collect().asList().replaceWith(legacy.size()))
                .onFailure().retry().withBackOff(Duration.ofSeconds(1), Duration.ofSeconds(30)).atMost(20)
                .subscribe().with(moved -> {
                    if (moved > 0) {
                        LOG.infof("Moved the lines of %d imports into account_import_lines", moved);
                    }
                }, failure -> LOG.errorf("Moving import lines failed: %s", failure.getMessage()));
    }

    /** Moves the import's embedded lines, if it has any, into line documents. */
    Uni<Void> move(AccountImport job) {
        if ((job.pending == null || job.pending.isEmpty()) && (job.results == null || job.results.isEmpty())) {
            return Uni.createFrom().voidItem();
        }
        List<ImportLine> moved = new ArrayList<>();
        if (job.pending != null) {
            job.pending.forEach(line -> moved.add(ImportLine.pending(job.id, line.line, line.username, line.sealedPassword,
                    line.name, line.group)));
        }
        if (job.results != null) {
            job.results.forEach(result -> {
                ImportLine done = ImportLine.pending(job.id, result.line, result.username, null, null, null);
                done.status = result.status;
                done.message = result.message;
                done.accountId = result.accountId;
                moved.add(done);
            });
        }
        return lines.store(moved).flatMap(stored -> imports.dropLegacyLines(job.id)).invoke(() -> {
            job.pending = new ArrayList<>();
            job.results = new ArrayList<>();
        });
    }
}
