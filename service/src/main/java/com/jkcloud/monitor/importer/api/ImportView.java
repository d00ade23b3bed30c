package com.jkcloud.monitor.importer.api;

import com.jkcloud.monitor.importer.AccountImport;

import java.util.List;

/** An import's progress and per-line results; never a password. */
public record ImportView(String id, AccountImport.Status status, int total, int done, int bound, int failed, int skipped,
                         List<Result> results) {

    public record Result(int line, String username, AccountImport.Outcome status, String message, String accountId) {
    }

    public static ImportView of(AccountImport job) {
        List<Result> results = job.results.stream()
                .sorted(java.util.Comparator.comparingInt(result -> result.line))
                .map(result -> new Result(result.line, result.username, result.status, result.message, result.accountId))
                .toList();
        return new ImportView(job.id.toHexString(), job.status, job.total, job.done, job.bound, job.failed, job.skipped, results);
    }

    /** A progress event of the SSE stream: the counts without the results. */
    public ImportView withoutResults() {
        return new ImportView(id, status, total, done, bound, failed, skipped, List.of());
    }
}
