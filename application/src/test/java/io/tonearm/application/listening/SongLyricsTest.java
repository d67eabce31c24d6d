package io.tonearm.application.listening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tonearm.application.Library;
import io.tonearm.application.fakes.InMemoryCatalog;
import io.tonearm.application.fakes.InMemoryQueryCache;
import io.tonearm.application.fakes.TestClock;
import io.tonearm.domain.NewTrack;
import io.tonearm.domain.Track;
import io.tonearm.domain.TrackId;
import io.tonearm.domain.lyrics.Lyrics;
import io.tonearm.domain.lyrics.LyricsSource;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Lyrics by song id (an unknown song is none) and by artist and title (the first matching song that has some). */
class SongLyricsTest {
    private static final Instant SCANNED = Instant.parse("2024-01-01T00:00:00Z");
    private static final Lyrics WORDS = Lyrics.plain(List.of("la la"));
    private static final Lyrics OTHER_WORDS = Lyrics.plain(List.of("na na"));

    private final TestClock clock = TestClock.standing();
    private final InMemoryCatalog catalog = new InMemoryCatalog(clock);
    private final Library library = Library.create(catalog, catalog.albums(), catalog.artists(), catalog,
            new InMemoryQueryCache(), clock);
    private final List<String> asked = new ArrayList<>();
    private final Map<String, Lyrics> files = Map.of("/m/with.mp3", WORDS, "/m/live.mp3", OTHER_WORDS);
    private final SongLyrics lyrics = SongLyrics.create(library, track -> {
        asked.add(track.path());
        return Optional.ofNullable(files.get(track.path()));
    });

    private Track track(String path, String title, String artist) {
        return catalog.add(new NewTrack(path, title, List.of(artist), null, null, null, null, null, null,
                Duration.ofSeconds(1), null, 44_100, "MP3", 10, SCANNED, null));
    }

    @Test
    void bySongId_theTracksLyrics_noneForATrackWithout_andEmptyForAnUnknownId() {
        Track with = track("/m/with.mp3", "Song", "Band");
        Track without = track("/m/without.mp3", "Other", "Band");

        assertThat(lyrics.getLyrics(with.id())).contains(new TrackLyrics(with, List.of(WORDS)));
        assertThat(lyrics.getLyrics(without.id()).orElseThrow().lyrics()).isEmpty();
        assertThat(lyrics.getLyrics(TrackId.of(999))).isEmpty();
        assertThat(asked).as("the source is asked of known tracks only").containsExactly("/m/with.mp3",
                "/m/without.mp3");
    }

    @Test
    void byArtistAndTitle_theFirstMatchingTrackWithLyrics_ignoringCaseAndAccents() {
        track("/m/without.mp3", "Café", "Band");
        Track live = track("/m/live.mp3", "Cafe", "BAND");
        track("/m/with.mp3", "Song", "Band");

        assertThat(lyrics.findLyrics("band", "cafe")).map(TrackLyrics::track).contains(live);
        assertThat(lyrics.findLyrics("band", "cafe").orElseThrow().lyrics()).containsExactly(OTHER_WORDS);
        assertThat(lyrics.findLyrics("Nobody", "Song")).isEmpty();
        assertThat(lyrics.findLyrics(null, "Song")).isEmpty();
        assertThat(lyrics.findLyrics("Band", " ")).isEmpty();
    }

    @Test
    void creating_needsEveryPort() {
        assertThatThrownBy(() -> SongLyrics.create(null, LyricsSource.NONE)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> SongLyrics.create(library, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> lyrics.getLyrics(null)).isInstanceOf(NullPointerException.class);
    }
}
