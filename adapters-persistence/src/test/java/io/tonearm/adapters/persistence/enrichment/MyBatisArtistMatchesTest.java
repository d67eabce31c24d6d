package io.tonearm.adapters.persistence.enrichment;

import static io.tonearm.adapters.persistence.testing.NewTrackBuilder.aTrack;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.zaxxer.hikari.HikariDataSource;
import io.tonearm.adapters.persistence.PersistenceModule;
import io.tonearm.adapters.persistence.testing.TestDatabase;
import io.tonearm.domain.Artist;
import io.tonearm.domain.ArtistId;
import io.tonearm.domain.MusicBrainzIds;
import io.tonearm.domain.PageRequest;
import io.tonearm.domain.Track;
import io.tonearm.domain.enrichment.ArtistMatch;
import io.tonearm.domain.enrichment.ArtistMatches;
import io.tonearm.domain.enrichment.MatchSource;
import io.tonearm.domain.enrichment.MusicBrainzArtist;
import io.tonearm.domain.enrichment.MusicBrainzId;
import io.tonearm.domain.port.Artists;
import io.tonearm.domain.port.Tracks;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Artist matches and the artist ids of the files' tags, through the real wiring, on the real MariaDB. */
class MyBatisArtistMatchesTest {
    private static final Instant T = Instant.parse("2026-12-07T10:00:00.123456Z");
    private static final String MILES_ID = "561d854a-6a28-4aa7-8c99-323e6ce46c2a";
    private static final String OTHER_ID = "0b1c2d3e-4f50-4617-8293-a4b5c6d7e8f9";
    private static final MusicBrainzArtist MILES = new MusicBrainzArtist(MusicBrainzId.of(MILES_ID), "Miles Davis",
            "Davis, Miles", List.of("jazz", "modal jazz"));
    private static final MusicBrainzArtist OTHER = new MusicBrainzArtist(MusicBrainzId.of(OTHER_ID), "Miles Davis",
            null, List.of());

    private static TestDatabase db;
    private static Injector injector;
    private static ArtistMatches matches;
    private static Tracks tracks;
    private static Artists artists;
    private Track track;
    private ArtistId miles;

    @BeforeAll
    static void open() {
        db = TestDatabase.create();
        injector = Guice.createInjector(new PersistenceModule(db.settings()));
        matches = injector.getInstance(ArtistMatches.class);
        tracks = injector.getInstance(Tracks.class);
        artists = injector.getInstance(Artists.class);
    }

    @AfterAll
    static void close() {
        injector.getInstance(HikariDataSource.class).close();
        db.close();
    }

    @BeforeEach
    void anArtist() {
        db.truncate();
        track = tracks.add(aTrack().album("Kind of Blue").artists("Miles Davis").albumArtist("Miles Davis").build());
        miles = artist("Miles Davis");
    }

    private static ArtistId artist(String name) {
        return artists.findAll(PageRequest.first(100)).items().stream().filter(a -> a.name().equals(name))
                .map(Artist::id).findFirst().orElseThrow();
    }

    @Test
    void aMatch_isStoredWithItsNamesAndGenres_andFoundByItsArtist() {
        assertThat(matches.findByArtist(miles)).isEmpty();

        assertThat(matches.save(new ArtistMatch(miles, MILES, MatchSource.TAGS, T))).isTrue();

        assertThat(matches.findByArtist(miles)).contains(new ArtistMatch(miles, MILES, MatchSource.TAGS, T));
        assertThat(artists.findById(miles).orElseThrow().name()).isEqualTo("Miles Davis");
    }

    @Test
    void aPersonsMatch_isKept_againstAnyOtherSource_butAnotherMatchReplacesARunsMatch() {
        matches.save(new ArtistMatch(miles, OTHER, MatchSource.SEARCH, T));
        assertThat(matches.save(new ArtistMatch(miles, MILES, MatchSource.TAGS, T))).isTrue();
        assertThat(matches.findByArtist(miles).orElseThrow().match()).isEqualTo(MILES);

        matches.save(new ArtistMatch(miles, OTHER, MatchSource.PERSON, T));
        assertThat(matches.save(new ArtistMatch(miles, MILES, MatchSource.SEARCH, T))).isFalse();
        assertThat(matches.findByArtist(miles).orElseThrow().match()).isEqualTo(OTHER);
    }

    @Test
    void anArtistThatIsGone_getsNoMatch_andRemovingTheArtistRemovesItsMatch() {
        matches.save(new ArtistMatch(miles, MILES, MatchSource.TAGS, T));

        assertThat(tracks.delete(track.id())).isTrue();

        assertThat(artists.findById(miles)).isEmpty();
        assertThat(matches.findByArtist(miles)).isEmpty();
        assertThat(matches.save(new ArtistMatch(miles, MILES, MatchSource.TAGS, T))).isFalse();
        assertThat(matches.findByArtist(miles)).isEmpty();
    }

    @Test
    void theMostTaggedId_isTheOneMostTracksNamingTheArtistFirstCarry() {
        assertThat(matches.mostTaggedId(miles)).isEmpty();
        tracks.add(aTrack().artists("Miles Davis").musicBrainz(new MusicBrainzIds(null, null, MILES_ID)).build());
        tracks.add(aTrack().artists("Miles Davis").musicBrainz(new MusicBrainzIds(null, null, MILES_ID)).build());
        tracks.add(aTrack().artists("Miles Davis").musicBrainz(new MusicBrainzIds(null, null, OTHER_ID)).build());
        // the id belongs to the first artist: a track naming Miles second says nothing about him
        for (int i = 0; i < 3; i++) {
            tracks.add(aTrack().artists("John Coltrane", "Miles Davis")
                    .musicBrainz(new MusicBrainzIds(null, null, OTHER_ID)).build());
        }

        assertThat(matches.mostTaggedId(miles)).contains(MILES_ID);
        assertThat(matches.mostTaggedId(artist("John Coltrane"))).contains(OTHER_ID);
    }
}
