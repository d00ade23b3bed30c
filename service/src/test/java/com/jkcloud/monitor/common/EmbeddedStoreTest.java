package com.jkcloud.monitor.common;

import com.jkcloud.monitor.common.store.EmbeddedStore;
import com.jkcloud.monitor.common.store.EmbeddedStoreConfig;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

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

    @Test
    void everyAnsweredWriteIsInTheFileTheMomentItIsAnswered(@TempDir Path afterCrash) throws Exception {
        EmbeddedStore running = new EmbeddedStore(config(dataFolder));
        int writers = 16;
        int writesEach = 25;
        try (MongoClient client = MongoClients.create(running.connectionString())) {
            var users = client.getDatabase("jk").getCollection("users");
            users.insertOne(new Document("_id", "profile").append("name", "before"));
            ExecutorService pool = Executors.newFixedThreadPool(writers);
            try {
                List<Future<?>> answered = new ArrayList<>();
                for (int writer = 0; writer < writers; writer++) {
                    int first = writer * writesEach;
                    answered.add(pool.submit(() -> {
                        for (int write = first; write < first + writesEach; write++) {
                            users.insertOne(new Document("_id", "user-" + write));
                        }
                    }));
                }
                for (Future<?> writes : answered) {
                    writes.get(60, TimeUnit.SECONDS);
                }
            } finally {
                pool.shutdownNow();
            }
            users.updateOne(new Document("_id", "profile"), new Document("$set", new Document("name", "after")));

            // what a kill -9 right now would leave: the file as the OS has it, the process's memory gone
            Files.copy(dataFolder.resolve("monitor.mv"), afterCrash.resolve("monitor.mv"));
        }
        EmbeddedStore restarted = new EmbeddedStore(config(afterCrash));
        try (MongoClient client = MongoClients.create(restarted.connectionString())) {
            var users = client.getDatabase("jk").getCollection("users");
            assertEquals(writers * writesEach + 1, users.countDocuments());
            assertEquals("after", users.find(new Document("_id", "profile")).first().getString("name"));
        } finally {
            stop(restarted);
            stop(running);
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

            @Override
            public boolean durableWrites() {
                return true;
            }

            @Override
            public int cacheMb() {
                return 16;
            }
        };
    }
}
