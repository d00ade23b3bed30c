package com.jkcloud.monitor.support;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import io.quarkus.test.junit.callback.QuarkusTestBeforeClassCallback;
import org.bson.Document;

import java.util.Set;

/**
 * Every {@code @QuarkusTest} class starts on an empty shared store: the documents of earlier classes are
 * deleted (indexes stay, so the app's unique keys and readiness are untouched). So no class sees, polls, mails
 * or lists another's users and accounts, and no outcome or running time depends on the order classes run in.
 * Registered in {@code META-INF/services}; runs once per class, after the app has started and before its tests.
 */
public class FreshStorePerTestClass implements QuarkusTestBeforeClassCallback {

    private static final Set<String> SERVER_DATABASES = Set.of("admin", "local", "config");
    /** One client for the run (a new store, after a profile restarted the resources, gets a new one). */
    private static String clientFor;
    private static MongoClient client;

    @Override
    public void beforeClass(Class<?> testClass) {
        String connectionString = System.getProperty(MongoTestResource.CONNECTION_STRING_PROPERTY);
        if (connectionString == null) {
            return; // a profile running on a store of its own
        }
        MongoClient store = client(connectionString);
        for (String databaseName : store.listDatabaseNames()) {
            if (SERVER_DATABASES.contains(databaseName)) {
                continue;
            }
            MongoDatabase database = store.getDatabase(databaseName);
            for (String collection : database.listCollectionNames()) {
                if (!collection.startsWith("system.")) {
                    database.getCollection(collection).deleteMany(new Document());
                }
            }
        }
    }

    private static synchronized MongoClient client(String connectionString) {
        if (!connectionString.equals(clientFor)) {
            if (client != null) {
                client.close();
            }
            client = MongoClients.create(connectionString);
            clientFor = connectionString;
        }
        return client;
    }
}
