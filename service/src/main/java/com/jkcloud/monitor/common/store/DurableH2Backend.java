package com.jkcloud.monitor.common.store;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import org.h2.mvstore.MVStore;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The H2 backend with durable acknowledgements: a command that may have changed the store is written to the file
 * (handed to the OS, so a killed process loses nothing) before its reply goes out. MVStore's own commit
 * happens about once a second in the background, which loses the last second of answered writes on a crash.
 *
 * <p>Commits are grouped by MVStore's store lock: while one commit writes, the others wait for it, and the
 * next one writes everything that changed meanwhile (or finds nothing left to write).
 *
 * <p>Reads never commit: after a large write the background writer compacts the file, which leaves unsaved pages
 * for seconds on end, and a read that wrote them out would wait for the store lock behind it.
 */
class DurableH2Backend extends H2Backend {

    private static final Set<String> READ_ONLY_COMMANDS = Set.of("find", "getmore", "count", "distinct",
            "listcollections", "listindexes", "listdatabases", "ismaster", "hello", "ping", "buildinfo",
            "killcursors", "endsessions", "dbstats", "collstats", "serverstatus", "getlasterror", "getparameter",
            "whatsmyuri");

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
            if (mayWrite(command, query) && mvStore.hasUnsavedChanges()) {
                mvStore.commit();
            }
        }
    }

    /** Whether the command can change the store: anything but the known reads and an aggregation without $out/$merge. */
    static boolean mayWrite(String command, Document query) {
        String name = command.toLowerCase(Locale.ROOT);
        if (name.equals("aggregate")) {
            return !(query.get("pipeline") instanceof List<?> stages) || stages.stream().anyMatch(DurableH2Backend::writes);
        }
        return !READ_ONLY_COMMANDS.contains(name);
    }

    private static boolean writes(Object stage) {
        return !(stage instanceof Document document) || document.containsKey("$out") || document.containsKey("$merge");
    }
}
