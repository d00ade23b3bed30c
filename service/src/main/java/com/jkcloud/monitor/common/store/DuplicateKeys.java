package com.jkcloud.monitor.common.store;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.MongoCommandException;

/** Recognises a unique-index violation, the store's only way to say "already exists" atomically. */
public final class DuplicateKeys {

    private DuplicateKeys() {
    }

    public static boolean isDuplicateKey(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof MongoWriteException write
                    && write.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return true;
            }
            if (cause instanceof MongoCommandException command && command.getErrorCode() == 11000) {
                return true;
            }
        }
        return false;
    }
}
