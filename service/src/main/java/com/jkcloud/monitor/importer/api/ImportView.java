package com.jkcloud.monitor.importer.api;

import com.jkcloud.monitor.importer.AccountImport;
import com.jkcloud.monitor.importer.ImportLine;

import java.util.List;

/** An import's progress and per-line results; never a password. */
public record ImportView(String id, AccountImport.Status status, int total, int done, int bound, int failed, int skipped,
                         List<Result> results) {

    public record Result(int line, String username, AccountImport.Outcome status, String message, String accountId) {
    }

    /** The import with the results of these of its lines (the ones done), in their order; none for a progress event. */
    public static ImportView of(AccountImport job, List<ImportLine> lines) {
        List<Result> results = lines.stream().filter(line -> line.status != null)
                .map(line -> new Result(line.line, line.username, line.status, line.message, line.accountId))
                .toList();
        return new ImportView(job.id.toHexString(), job.status, job.total, job.done, job.bound, job.failed, job.skipped, results);
    }
}
