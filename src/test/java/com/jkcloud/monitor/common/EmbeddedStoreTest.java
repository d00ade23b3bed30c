package com.jkcloud.monitor.common;

import com.jkcloud.monitor.common.store.EmbeddedStore;
import com.jkcloud.monitor.common.store.EmbeddedStoreConfig;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class EmbeddedStoreTest {

    @TempDir
    Path dataFolder;

    @Test
    void dataSurvivesARestart() {
        EmbeddedStore first = new EmbeddedStore(config(dataFolder));
        try (MongoClient client = MongoClients.create(first.connectionString())) {
            client.getDatabase("jk").getCollection("users").insertOne(new Document("username", "kept@example.com"));
        }
        stop(first);

        EmbeddedStore second = new EmbeddedStore(config(dataFolder));
        try (MongoClient client = MongoClients.create(second.connectionString())) {
            Document found = client.getDatabase("jk").getCollection("users").find().first();
            assertEquals("kept@example.com", found.getString("username"));
        } finally {
            stop(second);
        }
    }

    @Test
    void twoInstancesOnOneMachineDoNotCollide(@TempDir Path otherFolder) {
        EmbeddedStore first = new EmbeddedStore(config(dataFolder));
        EmbeddedStore second = new EmbeddedStore(config(otherFolder));
        try {
            assertNotEquals(first.connectionString(), second.connectionString());
        } finally {
            stop(first);
            stop(second);
        }
    }

    private static void stop(EmbeddedStore store) {
        store.stop();
    }

    private static EmbeddedStoreConfig config(Path folder) {
        return new EmbeddedStoreConfig() {
            @Override
            public String path() {
                return folder.toString();
            }

            @Override
            public int port() {
                return 0;
            }
        };
    }
}
