package com.jkcloud.monitor.importer;

import io.quarkus.mongodb.panache.common.MongoEntity;
import org.bson.types.ObjectId;

/**
 * One line of a bulk import, its own document so that recording a line's result writes a few hundred bytes whatever
 * the import's size. While pending ({@code status} null) it holds the password sealed (AES-GCM, bound to the import and
 * line); the update that records its result drops the sealed password.
 */
@MongoEntity(collection = "account_import_lines")
public class ImportLine {
    /** {@code <importId>:<line>}: storing an import's lines twice (a retried start) changes nothing. */
    public String id;
    public ObjectId importId;
    public int line;
    public String username;
    public String sealedPassword;
    public String name;
    public String group;
    public AccountImport.Outcome status;
    public String message;
    public String accountId;

    /** A line's outcome, as recorded. */
    public record Result(int line, String username, AccountImport.Outcome status, String message, String accountId) {
    }

    static ImportLine pending(ObjectId importId, int line, String username, String sealedPassword, String name, String group) {
        ImportLine pending = new ImportLine();
        pending.id = key(importId, line);
        pending.importId = importId;
        pending.line = line;
        pending.username = username;
        pending.sealedPassword = sealedPassword;
        pending.name = name;
        pending.group = group;
        return pending;
    }

    static String key(ObjectId importId, int line) {
        return importId.toHexString() + ':' + line;
    }
}
