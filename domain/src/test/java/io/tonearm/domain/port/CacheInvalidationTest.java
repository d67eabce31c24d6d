package io.tonearm.domain.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tonearm.domain.port.CacheInvalidation.EntryDrop;
import io.tonearm.domain.port.CacheInvalidation.PartitionDrop;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** What a change makes stale, as a value: its parts, how two combine, and the port's default local drop. */
class CacheInvalidationTest {
    private static final PartitionDrop FAVORITES_OF_U1 = new PartitionDrop("tracks.favorites", CachePartition.of("u1"));
    private static final EntryDrop TRACK_7 = new EntryDrop("track.byId", CacheKey.of(7L));

    @Test
    void everything_dropsEverything_andHoldsNoParts() {
        assertThat(CacheInvalidation.EVERYTHING.everything()).isTrue();
        assertThat(CacheInvalidation.EVERYTHING.isEmpty()).isFalse();
        CacheInvalidation all = new CacheInvalidation(true, Set.of("tracks.all"), Set.of(FAVORITES_OF_U1),
                Set.of(TRACK_7));
        assertThat(all).isEqualTo(CacheInvalidation.EVERYTHING);
    }

    @Test
    void nothing_isEmpty_andEachPartAloneIsNot() {
        assertThat(CacheInvalidation.NOTHING.isEmpty()).isTrue();
        assertThat(CacheInvalidation.ofQueries(Set.of("tracks.all")).isEmpty()).isFalse();
        assertThat(new CacheInvalidation(false, Set.of(), Set.of(FAVORITES_OF_U1), Set.of()).isEmpty()).isFalse();
        assertThat(new CacheInvalidation(false, Set.of(), Set.of(), Set.of(TRACK_7)).isEmpty()).isFalse();
    }

    @Test
    void itsParts_areCopies_thatCannotBeChanged() {
        Set<String> names = new HashSet<>(Set.of("tracks.all"));
        CacheInvalidation invalidation = CacheInvalidation.ofQueries(names);
        names.add("albums.all");

        assertThat(invalidation.queries()).containsExactly("tracks.all");
        assertThatThrownBy(() -> invalidation.queries().add("x")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void and_dropsWhatBothDrop() {
        CacheInvalidation a = new CacheInvalidation(false, Set.of("tracks.all"), Set.of(FAVORITES_OF_U1), Set.of());
        CacheInvalidation b = new CacheInvalidation(false, Set.of("albums.all"), Set.of(), Set.of(TRACK_7));

        CacheInvalidation both = a.and(b);

        assertThat(both.queries()).containsExactlyInAnyOrder("tracks.all", "albums.all");
        assertThat(both.partitions()).containsExactly(FAVORITES_OF_U1);
        assertThat(both.entries()).containsExactly(TRACK_7);
        assertThat(both.everything()).isFalse();
        assertThat(a.and(CacheInvalidation.EVERYTHING)).isEqualTo(CacheInvalidation.EVERYTHING);
        assertThat(CacheInvalidation.EVERYTHING.and(a)).isEqualTo(CacheInvalidation.EVERYTHING);
        assertThatThrownBy(() -> a.and(null)).hasMessage("other");
    }

    @Test
    void queryNames_mustBeNamesANamedQueryMayHave() {
        assertThatThrownBy(() -> CacheInvalidation.ofQueries(Set.of("tracks all")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tracks all");
        assertThatThrownBy(() -> new PartitionDrop("x y", CachePartition.of("u1")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EntryDrop("", CacheKey.NONE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EntryDrop(null, CacheKey.NONE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PartitionDrop("tracks.favorites", null)).hasMessage("partition");
        assertThatThrownBy(() -> new EntryDrop("track.byId", null)).hasMessage("key");
        assertThatThrownBy(() -> new EntryDrop("x y", CachePartition.of("u1"), CacheKey.NONE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(TRACK_7.partition()).isNull();
        assertThat(TRACK_7.namedQuery().partitioned()).isFalse();
        assertThat(new EntryDrop("track.byId", CachePartition.of("u1"), CacheKey.NONE).namedQuery().partition())
                .isEqualTo(CachePartition.of("u1"));
        assertThat(CacheInvalidation.ofQueries(Set.of("a".repeat(64))).queries()).hasSize(1);
        assertThatThrownBy(() -> CacheInvalidation.ofQueries(Set.of("a".repeat(65))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aLoggedChange_hasAPositivePosition_andEveryPart() {
        LoggedChange change = new LoggedChange(1, Instant.EPOCH, true, CacheInvalidation.NOTHING);

        assertThat(change.position()).isEqualTo(1);
        assertThat(change.own()).isTrue();
        assertThatThrownBy(() -> new LoggedChange(0, Instant.EPOCH, false, CacheInvalidation.NOTHING))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("position must be positive but was 0");
        assertThatThrownBy(() -> new LoggedChange(1, null, false, CacheInvalidation.NOTHING)).hasMessage("at");
        assertThatThrownBy(() -> new LoggedChange(1, Instant.EPOCH, false, null)).hasMessage("invalidation");
    }

    @Test
    void theLogOfAProcessAlone_runsTheWork_andHoldsNothing() {
        ChangeLog none = ChangeLog.NONE;

        assertThat(none.recording(CacheInvalidation.EVERYTHING, () -> "done")).isEqualTo("done");
        assertThat(none.readAfter(0, 10)).isEmpty();
        assertThat(none.readAt(List.of(1L))).isEmpty();
        assertThat(none.lastPosition()).isZero();
        assertThat(none.prune(Instant.now())).isZero();
    }

    @Test
    void thePortsDefaultLocalDrop_dropsTheSameInEveryTier() {
        Recording cache = new Recording();

        cache.invalidateLocally(new CacheInvalidation(false, Set.of("tracks.all"),
                Set.of(FAVORITES_OF_U1, new PartitionDrop("tracks.recent", CachePartition.of("u1"))),
                Set.of(TRACK_7, new EntryDrop("annotations.byTrack", CachePartition.of("u1"), CacheKey.of(7L)))));

        assertThat(cache.calls).containsExactlyInAnyOrder("queries [tracks.all]",
                "partition u1 [tracks.favorites, tracks.recent]", "entry track.byId 7",
                "entry annotations.byTrack@u1 7");
    }

    @Test
    void thePortsDefaultLocalDrop_ofEverything_dropsAll_andOfNothing_callsNothing() {
        Recording cache = new Recording();

        cache.invalidateLocally(CacheInvalidation.NOTHING);
        assertThat(cache.calls).isEmpty();
        cache.invalidateLocally(CacheInvalidation.EVERYTHING);
        assertThat(cache.calls).containsExactly("all");
    }

    /** A cache that records the invalidations it is asked for. */
    private static final class Recording implements QueryCache {
        final List<String> calls = new ArrayList<>();

        @Override
        public <T> T get(NamedQuery<T> query, CacheKey key, Supplier<T> loader) {
            return loader.get();
        }

        @Override
        public <T> Map<CacheKey, T> getAll(NamedQuery<T> query, Collection<CacheKey> keys,
                                           Function<Set<CacheKey>, Map<CacheKey, T>> loader) {
            return loader.apply(Set.copyOf(keys));
        }

        @Override
        public void invalidate(NamedQuery<?> query, CacheKey key) {
            calls.add("entry " + query + " " + key);
        }

        @Override
        public void invalidateQueries(Collection<String> queryNames) {
            calls.add("queries " + queryNames.stream().sorted().toList());
        }

        @Override
        public void invalidateQueries(Collection<String> queryNames, CachePartition partition) {
            calls.add("partition " + partition + " " + queryNames.stream().sorted().toList());
        }

        @Override
        public void invalidateAll() {
            calls.add("all");
        }

        @Override
        public CacheStatistics statistics() {
            return new CacheStatistics(List.of(), List.of());
        }
    }
}
