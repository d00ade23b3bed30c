package com.jkcloud.monitor.stats;

import com.github.benmanes.caffeine.cache.AsyncLoadingCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.smallrye.mutiny.Uni;
import org.bson.types.ObjectId;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * Answers read from the store and kept per owner, one load per key however many ask. A change the owner made drops
 * the owner's answers at once, so the next ask waits for the store. After a change a scheduled poll saw, {@link #get}
 * still gives the kept answer while it reloads in the background (once per key), and {@link #fresh} waits for the
 * reload. An answer older than {@link #REFRESH_SHARED_STORE} reloads like that too, so that another replica's change
 * shows on a shared MongoDB; the embedded store has one replica, whose changes all reach here, so there the reload is
 * only a safety net.
 */
final class KeptAnswers<K, V> {

    static final Duration REFRESH_SHARED_STORE = Duration.ofSeconds(10);
    private static final Duration REFRESH_EMBEDDED_STORE = Duration.ofMinutes(5);
    private static final Duration UNUSED_FOR = Duration.ofMinutes(10);

    private record Kept<V>(V answer, long asOfChange) {
    }

    private final AsyncLoadingCache<K, Kept<V>> kept;
    private final Function<K, ObjectId> ownerOf;
    private final OwnerChanges changes;

    /** At most {@code mostWeight} kept, where each answer weighs {@code weight} (e.g. its number of rows). */
    KeptAnswers(OwnerChanges changes, Optional<String> sharedStore, long mostWeight, ToIntFunction<V> weight,
                Function<K, ObjectId> ownerOf, Function<K, Uni<V>> load) {
        this.changes = changes;
        this.ownerOf = ownerOf;
        this.kept = Caffeine.newBuilder().maximumWeight(mostWeight)
                .weigher((K key, Kept<V> found) -> Math.max(1, weight.applyAsInt(found.answer()))).expireAfterAccess(UNUSED_FOR)
                .refreshAfterWrite(sharedStore.isPresent() ? REFRESH_SHARED_STORE : REFRESH_EMBEDDED_STORE)
                .buildAsync((key, executor) -> {
                    long asOf = changes.current();
                    return load.apply(key).map(answer -> new Kept<>(answer, asOf)).subscribeAsCompletionStage();
                });
        changes.onOwnChange(ownerId -> kept.synchronous().asMap().keySet().removeIf(key -> ownerOf.apply(key).equals(ownerId)));
    }

    /** The kept answer, even one a poll has changed since (it is then reloaded in the background). */
    Uni<V> get(K key) {
        return Uni.createFrom().completionStage(() -> kept.get(key)).map(found -> {
            if (pollChangedSince(key, found)) {
                kept.synchronous().refresh(key);
            }
            return found.answer();
        });
    }

    /** The kept answer if no poll has changed it since, else the reloaded one. */
    Uni<V> fresh(K key) {
        return Uni.createFrom().completionStage(() -> kept.get(key)).flatMap(found -> pollChangedSince(key, found)
                ? Uni.createFrom().completionStage(() -> kept.synchronous().refresh(key))
                        .map(reloaded -> reloaded == null ? found.answer() : reloaded.answer())
                : Uni.createFrom().item(found.answer()));
    }

    private boolean pollChangedSince(K key, Kept<V> found) {
        return changes.polledSince(ownerOf.apply(key), found.asOfChange());
    }
}
