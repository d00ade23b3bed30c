package com.jkcloud.monitor.common.store;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import org.h2.mvstore.MVStore;

/**
 * The H2 backend with durable acknowledgements: a command that changed the store is written to the file
 * (handed to the OS, so a killed process loses nothing) before its reply goes out. MVStore's own commit
 * happens about once a second in the background, which loses the last second of answered writes on a crash.
 *
 * <p>Commits are grouped by MVStore's store lock: while one commit writes, the others wait for it, and the
 * next one writes everything that changed meanwhile (or finds nothing left to write).
 */
class DurableH2Backend extends H2Backend {

    private final MVStore mvStore;

    DurableH2Backend(MVStore mvStore) {
        super(mvStore);
        this.mvStore = mvStore;
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        try {
            return super.handleCommand(channel, databaseName, command, query);
        } finally {
            // also after a failed command: an ordered insert that hit a duplicate key kept the documents before it
            if (mvStore.hasUnsavedChanges()) {
                mvStore.commit();
            }
        }
    }
}
