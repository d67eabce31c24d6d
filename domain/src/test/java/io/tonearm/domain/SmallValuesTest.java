package io.tonearm.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Ids, exceptions, pages and tracks: what each keeps and what it refuses. */
class SmallValuesTest {

    @Test
    void ids_arePositive_andPrintAsTheirNumber() {
        assertThat(TrackId.of(1)).hasToString("1").isEqualTo(new TrackId(1));
        assertThat(AlbumId.of(2)).hasToString("2").isEqualTo(new AlbumId(2));
        assertThat(ArtistId.of(3)).hasToString("3").isEqualTo(new ArtistId(3));
        assertThatThrownBy(() -> TrackId.of(0)).isInstanceOf(InvalidValueException.class)
                .hasMessage("trackId must be positive but was 0");
        assertThatThrownBy(() -> AlbumId.of(0)).hasMessage("albumId must be positive but was 0");
        assertThatThrownBy(() -> ArtistId.of(0)).hasMessage("artistId must be positive but was 0");
    }

    @Test
    void aStoreUnavailable_saysWhyAndWhenToTryAgain() {
        StoreUnavailableException e = new StoreUnavailableException(StoreUnavailableException.Reason.CONTENDED,
                "busy", Duration.ofSeconds(2), null);

        assertThat(e.reason()).isEqualTo(StoreUnavailableException.Reason.CONTENDED);
        assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(2));
        assertThat(e).hasMessage("busy");
    }

    @Test
    void aStoreUnavailable_needsAPositiveRetryAfter() {
        assertThatThrownBy(() -> new StoreUnavailableException(StoreUnavailableException.Reason.UNREACHABLE, "down",
                Duration.ZERO, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new StoreUnavailableException(StoreUnavailableException.Reason.UNREACHABLE, "down",
                Duration.ofSeconds(-1), null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void pathExceptions_nameThePath() {
        assertThat(new DuplicateTrackPathException("/a.mp3").path()).isEqualTo("/a.mp3");
        TagWriteException e = new TagWriteException("/b.mp3", "read-only", null);
        assertThat(e.path()).isEqualTo("/b.mp3");
        assertThat(e).hasMessage("cannot write tags to /b.mp3: read-only");
    }

    @Test
    void aKnownFile_isCurrentOnlyWithTheSameSizeAndTime() {
        KnownFile known = new KnownFile(TrackId.of(1), "/a.mp3", 10, Instant.EPOCH);

        assertThat(known.isCurrent(new AudioFile("/a.mp3", 10, Instant.EPOCH))).isTrue();
        assertThat(known.isCurrent(new AudioFile("/a.mp3", 11, Instant.EPOCH))).isFalse();
    }

    @Test
    void aPage_mapsAndReplacesItsItems_keepingTotalRequestAndCursor() {
        PageRequest request = PageRequest.first(2);
        Page<Integer> page = new Page<>(List.of(1, 2), 5, request, "next");

        assertThat(page.map(i -> i * 10)).isEqualTo(new Page<>(List.of(10, 20), 5, request, "next"));
        assertThat(page.withItems(List.of("a"))).isEqualTo(new Page<>(List.of("a"), 5, request, "next"));
        assertThat(Page.empty(5, request)).isEqualTo(new Page<>(List.of(), 5, request, null));
    }

    @Test
    void aTrack_withFavorite_changesOnlyTheFlag() {
        Track track = new Track(TrackId.of(1), "/a", "T", List.of("A"), null, null, "A", null, null, null, null,
                Duration.ZERO, null, null, "MP3", 1, Instant.EPOCH, null, false, 3, null, Instant.EPOCH,
                Instant.EPOCH);

        Track favorite = track.withFavorite(true);

        assertThat(favorite.favorite()).isTrue();
        assertThat(favorite.withFavorite(false)).isEqualTo(track);
        assertThat(track.musicBrainz()).isEqualTo(MusicBrainzIds.NONE);
    }
}
