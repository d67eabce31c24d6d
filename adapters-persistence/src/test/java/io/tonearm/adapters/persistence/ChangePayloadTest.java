package io.tonearm.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tonearm.domain.port.CacheInvalidation;
import io.tonearm.domain.port.CacheInvalidation.EntryDrop;
import io.tonearm.domain.port.CacheInvalidation.PartitionDrop;
import io.tonearm.domain.port.CacheKey;
import io.tonearm.domain.port.CachePartition;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The text a change log row stores. */
class ChangePayloadTest {

    @Test
    void everything_isOneCharacter() {
        assertThat(ChangePayload.encode(CacheInvalidation.EVERYTHING)).isEqualTo("*");
        assertThat(ChangePayload.decode("*")).isEqualTo(CacheInvalidation.EVERYTHING);
    }

    @Test
    void everyPart_isOneSortedLine_andReadsBackTheSame() {
        CacheInvalidation invalidation = new CacheInvalidation(false, Set.of("tracks.search", "albums.all"),
                Set.of(new PartitionDrop("tracks.favorites", CachePartition.of("user-7"))),
                Set.of(new EntryDrop("track.byId", CacheKey.of(42L))));

        String payload = ChangePayload.encode(invalidation);

        assertThat(payload).isEqualTo("q albums.all\nq tracks.search\np tracks.favorites user-7\ne track.byId 42");
        assertThat(ChangePayload.decode(payload)).isEqualTo(invalidation);
    }

    @Test
    void aKeyWithSpacesBackslashesAndLineBreaks_readsBackExactly() {
        CacheInvalidation invalidation = new CacheInvalidation(false, Set.of(), Set.of(),
                Set.of(new EntryDrop("tracks.find", new CacheKey("a b\\n\nc\rd")), new EntryDrop("x", CacheKey.NONE)));

        assertThat(ChangePayload.decode(ChangePayload.encode(invalidation))).isEqualTo(invalidation);
    }

    @Test
    void anEntryOfOnePartition_keepsItsPartition_andAKeyWithSpaces() {
        CacheInvalidation invalidation = new CacheInvalidation(false, Set.of(), Set.of(),
                Set.of(new EntryDrop("annotations.byTrack", CachePartition.of("user-7"), new CacheKey("4 2")),
                        new EntryDrop("annotations.byTrack", CacheKey.of(42L))));

        String payload = ChangePayload.encode(invalidation);

        assertThat(payload).isEqualTo("e annotations.byTrack 42\nE annotations.byTrack user-7 4 2");
        assertThat(ChangePayload.decode(payload)).isEqualTo(invalidation);
        assertThatThrownBy(() -> ChangePayload.decode("E annotations.byTrack user-7"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nothing_isTheEmptyText() {
        assertThat(ChangePayload.encode(CacheInvalidation.NOTHING)).isEmpty();
        assertThat(ChangePayload.decode("")).isEqualTo(CacheInvalidation.NOTHING);
    }

    @Test
    void anUnknownLine_isRefused() {
        assertThatThrownBy(() -> ChangePayload.decode("z what")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not a change log line: z what");
        assertThatThrownBy(() -> ChangePayload.decode("q")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ChangePayload.decode("qxtracks.all")).isInstanceOf(IllegalArgumentException.class);
    }
}
