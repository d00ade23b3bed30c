package com.jkcloud.monitor.common.store;

import de.bwaldvogel.mongo.bson.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DurableH2BackendTest {

    @Test
    void readsDoNotCommitWhateverTheirSpelling() {
        assertFalse(DurableH2Backend.mayWrite("find", new Document("find", "devices")));
        assertFalse(DurableH2Backend.mayWrite("getMore", new Document("getMore", 7L)));
        assertFalse(DurableH2Backend.mayWrite("isMaster", new Document()));
        assertFalse(DurableH2Backend.mayWrite("aggregate", new Document("pipeline",
                List.of(new Document("$match", new Document("userId", 1)), new Document("$count", "n")))));
    }

    @Test
    void everythingThatMayChangeTheStoreCommits() {
        for (String write : List.of("insert", "update", "delete", "findAndModify", "createIndexes", "drop", "somethingNew")) {
            assertTrue(DurableH2Backend.mayWrite(write, new Document()), write);
        }
        assertTrue(DurableH2Backend.mayWrite("aggregate", new Document("pipeline",
                List.of(new Document("$match", new Document()), new Document("$out", "copy")))));
        assertTrue(DurableH2Backend.mayWrite("aggregate", new Document("pipeline",
                List.of(new Document("$merge", new Document("into", "totals"))))));
    }
}
