package io.tonearm.adapters.persistence.enrichment;

import static io.tonearm.adapters.persistence.testing.NewTrackBuilder.aTrack;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.zaxxer.hikari.HikariDataSource;
import io.tonearm.adapters.persistence.PersistenceModule;
import io.tonearm.adapters.persistence.testing.TestDatabase;
import io.tonearm.domain.AlbumId;
import io.tonearm.domain.Track;
import io.tonearm.domain.enrichment.AlbumMatch;
import io.tonearm.domain.enrichment.AlbumMatches;
import io.tonearm.domain.enrichment.ArtistCredit;
import io.tonearm.domain.enrichment.MatchSource;
import io.tonearm.domain.enrichment.MusicBrainzId;
import io.tonearm.domain.enrichment.Release;
import io.tonearm.domain.enrichment.ReleaseCandidate;
import io.tonearm.domain.port.Tracks;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Matches and candidates through the real wiring, on the real MariaDB. */
class MyBatisAlbumMatchesTest {
    private static final Instant T = Instant.parse("2026-12-07T10:00:00.123456Z");
    private static final ArtistCredit MILES = new ArtistCredit(
            MusicBrainzId.of("561d854a-6a28-4aa7-8c99-323e6ce46c2a"), "Miles Davis");
    private static final Release KIND_OF_BLUE = new Release(
            MusicBrainzId.of("8b4ab94d-ff94-4f3e-a4ab-7e5e1c7a4a8f"), "Kind of Blue", List.of(MILES), "1959-08-17",
            "Columbia", 5, List.of("jazz", "modal jazz"));
    private static final Release LEGACY = new Release(MusicBrainzId.of("0b1c2d3e-4f50-4617-8293-a4b5c6d7e8f9"),
            "Kind of Blue (Legacy Edition)", List.of(MILES), null, null, 13, List.of());

    private static TestDatabase db;
    private static Injector injector;
    private static AlbumMatches matches;
    private static Tracks tracks;
    private AlbumId album;
    private Track track;

    @BeforeAll
    static void open() {
        db = TestDatabase.create();
        injector = Guice.createInjector(new PersistenceModule(db.settings()));
        matches = injector.getInstance(AlbumMatches.class);
        tracks = injector.getInstance(Tracks.class);
    }

    @AfterAll
    static void close() {
        injector.getInstance(HikariDataSource.class).close();
        db.close();
    }

    @BeforeEach
    void anAlbum() {
        db.truncate();
        track = tracks.add(aTrack().album("Kind of Blue").artists("Miles Davis").build());
        album = track.albumId();
    }

    @Test
    void aMatch_isStoredWithTheWholeRelease_andFoundByItsAlbum() {
        assertThat(matches.findByAlbum(album)).isEmpty();

        assertThat(matches.save(new AlbumMatch(album, KIND_OF_BLUE, MatchSource.TAGS, T))).isTrue();

        assertThat(matches.findByAlbum(album)).contains(new AlbumMatch(album, KIND_OF_BLUE, MatchSource.TAGS, T));
    }

    @Test
    void aPersonsMatch_isKept_againstAnyOtherSource_butAPersonMayChangeIt() {
        matches.save(new AlbumMatch(album, LEGACY, MatchSource.PERSON, T));

        assertThat(matches.save(new AlbumMatch(album, KIND_OF_BLUE, MatchSource.SEARCH, T))).isFalse();
        assertThat(matches.save(new AlbumMatch(album, KIND_OF_BLUE, MatchSource.TAGS, T))).isFalse();
        assertThat(matches.findByAlbum(album).orElseThrow().release()).isEqualTo(LEGACY);

        assertThat(matches.save(new AlbumMatch(album, KIND_OF_BLUE, MatchSource.PERSON, T.plusSeconds(1)))).isTrue();
        assertThat(matches.findByAlbum(album).orElseThrow().release()).isEqualTo(KIND_OF_BLUE);
    }

    @Test
    void candidates_areKeptInOrder_replacedWhole_andDroppedByAMatch() {
        matches.saveCandidates(album, List.of(new ReleaseCandidate(KIND_OF_BLUE, 90), new ReleaseCandidate(LEGACY, 80)));
        assertThat(matches.candidates(album)).extracting(ReleaseCandidate::score).containsExactly(90, 80);

        matches.saveCandidates(album, List.of(new ReleaseCandidate(LEGACY, 70)));
        assertThat(matches.candidates(album)).containsExactly(new ReleaseCandidate(LEGACY, 70));

        matches.save(new AlbumMatch(album, KIND_OF_BLUE, MatchSource.PERSON, T));
        assertThat(matches.candidates(album)).isEmpty();
    }

    @Test
    void removingTheAlbum_removesItsMatchAndCandidates() {
        matches.save(new AlbumMatch(album, KIND_OF_BLUE, MatchSource.TAGS, T));
        matches.saveCandidates(album, List.of(new ReleaseCandidate(LEGACY, 70)));

        assertThat(tracks.delete(track.id())).isTrue();

        assertThat(matches.findByAlbum(album)).isEmpty();
        assertThat(matches.candidates(album)).isEmpty();
    }
}
