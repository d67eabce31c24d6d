package io.tonearm.application.enrichment;

import static io.tonearm.application.fakes.NewTrackBuilder.aTrack;
import static org.assertj.core.api.Assertions.assertThat;

import io.tonearm.application.CachedQueries;
import io.tonearm.application.Library;
import io.tonearm.application.fakes.InMemoryCatalog;
import io.tonearm.application.fakes.InMemoryChangeLog;
import io.tonearm.application.fakes.InMemoryQueryCache;
import io.tonearm.application.fakes.TestClock;
import io.tonearm.domain.Artist;
import io.tonearm.domain.ArtistId;
import io.tonearm.domain.PageRequest;
import io.tonearm.domain.enrichment.ArtistCandidate;
import io.tonearm.domain.enrichment.ArtistMatch;
import io.tonearm.domain.enrichment.MatchSource;
import io.tonearm.domain.enrichment.MusicBrainzArtist;
import io.tonearm.domain.enrichment.MusicBrainzId;
import io.tonearm.domain.port.CacheInvalidation;
import io.tonearm.domain.port.CacheInvalidation.EntryDrop;
import io.tonearm.domain.port.CacheKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Artist enrichment on the in-memory catalog, a fake MusicBrainz and an in-memory match store. */
class ArtistEnrichmentTest {
    private static final MusicBrainzArtist MILES = artist(1, "Miles Davis", "Davis, Miles", "jazz", "bebop");
    private static final MusicBrainzArtist MILES_BARE = artist(1, "Miles Davis", "Davis, Miles");
    private static final MusicBrainzArtist COLTRANE = artist(2, "John Coltrane", "Coltrane, John", "jazz");
    private static final MusicBrainzArtist OTHER_COLTRANE = artist(3, "John Coltrane", null);

    private final TestClock clock = new TestClock(Instant.parse("2026-12-07T10:00:00Z"));
    private final InMemoryCatalog catalog = new InMemoryCatalog(clock);
    private final InMemoryQueryCache cache = new InMemoryQueryCache();
    private final Library library = Library.create(catalog, catalog.albums(), catalog.artists(), catalog, cache, clock);
    private final FakeMusicBrainz musicBrainz = new FakeMusicBrainz();
    private final InMemoryArtistMatches matches = new InMemoryArtistMatches();
    private final InMemoryChangeLog changes = new InMemoryChangeLog(clock);
    private final ArtistEnrichment enrichment = ArtistEnrichment.create(library, musicBrainz, matches, cache, changes,
            clock, EnrichmentSettings.DEFAULT);

    private static MusicBrainzId id(int n) {
        return MusicBrainzId.of(String.format("00000000-0000-4000-8000-%012d", n));
    }

    private static MusicBrainzArtist artist(int n, String name, String sortName, String... genres) {
        return new MusicBrainzArtist(id(n), name, sortName, List.of(genres));
    }

    private ArtistId inCatalog(String name) {
        library.addTrack(aTrack().artists(name).albumArtist(name).build());
        return library.getAllArtists(PageRequest.first(100)).items().stream()
                .filter(a -> a.name().equals(name)).map(Artist::id).findFirst().orElseThrow();
    }

    private ArtistEnrichmentSummary run(boolean dryRun) {
        return enrichment.enrichArtists(new EnrichmentRequest(dryRun), EnrichmentProgress.NONE);
    }

    @Test
    void anArtistTaggedWithAMusicBrainzId_isMatchedByIt_withItsCanonicalNameAndGenres_andItsNameStays() {
        ArtistId artist = inCatalog("miles davis");
        matches.tagged(artist, id(1).value().toUpperCase());
        musicBrainz.knows(MILES);

        ArtistEnrichmentSummary summary = run(false);

        assertThat(summary).isEqualTo(new ArtistEnrichmentSummary(1, 0, 1, 0, 0, 0, List.of()));
        ArtistMatch match = enrichment.match(artist).orElseThrow();
        assertThat(match).isEqualTo(new ArtistMatch(artist, MILES, MatchSource.TAGS, clock.instant()));
        assertThat(match.musicBrainzId()).isEqualTo(id(1));
        assertThat(musicBrainz.asked()).containsExactly("artist " + id(1).value());
        assertThat(library.getArtist(artist).orElseThrow().name()).as("a person's name stays").isEqualTo("miles davis");
    }

    @Test
    void aSureSearchResult_isMatched_andLookedUpByIdForItsGenres() {
        ArtistId artist = inCatalog("Miles Davis");
        musicBrainz.answersArtist("Miles Davis", new ArtistCandidate(MILES_BARE, 100),
                new ArtistCandidate(COLTRANE, 40)).knows(MILES);

        ArtistEnrichmentSummary summary = run(false);

        assertThat(summary.matched()).isEqualTo(1);
        assertThat(matches.findByArtist(artist).orElseThrow().match().genres()).containsExactly("jazz", "bebop");
        assertThat(matches.findByArtist(artist).orElseThrow().source()).isEqualTo(MatchSource.SEARCH);
        assertThat(musicBrainz.asked()).containsExactly("artist search Miles Davis", "artist " + id(1).value());
    }

    @Test
    void aTagThatIsNoIdOrThatMusicBrainzDoesNotKnow_leavesItToTheSearch() {
        ArtistId miles = inCatalog("Miles Davis");
        ArtistId coltrane = inCatalog("John Coltrane");
        matches.tagged(miles, "not an id").tagged(coltrane, id(9).value());
        musicBrainz.answersArtist("Miles Davis", new ArtistCandidate(MILES, 95))
                .answersArtist("John Coltrane", new ArtistCandidate(COLTRANE, 99));

        assertThat(run(false).matched()).isEqualTo(2);
        assertThat(matches.findByArtist(coltrane).orElseThrow().musicBrainzId()).isEqualTo(id(2));
        assertThat(matches.findByArtist(miles).orElseThrow().musicBrainzId()).isEqualTo(id(1));
    }

    @Test
    void aWeakOrATiedResult_isACandidateOnly_andNoResultOrABadOneLeavesTheArtistUnmatched() {
        inCatalog("Miles Davis");
        inCatalog("John Coltrane");
        inCatalog("Nobody Known");
        inCatalog("Barely Known");
        musicBrainz.answersArtist("Miles Davis", new ArtistCandidate(MILES, 94))
                .answersArtist("John Coltrane", new ArtistCandidate(COLTRANE, 100),
                        new ArtistCandidate(OTHER_COLTRANE, 100))
                .answersArtist("Barely Known", new ArtistCandidate(MILES, 49));

        ArtistEnrichmentSummary summary = run(false);

        assertThat(summary).isEqualTo(new ArtistEnrichmentSummary(4, 0, 0, 2, 2, 0, List.of()));
        assertThat(matches.all()).isEmpty();
    }

    @Test
    void aCandidateAtTheCandidateScore_countsAsOne() {
        inCatalog("Miles Davis");
        musicBrainz.answersArtist("Miles Davis", new ArtistCandidate(MILES, 50));

        assertThat(run(false).candidates()).isEqualTo(1);
    }

    @Test
    void aDryRun_looksUpAndCounts_butStoresNothing() {
        ArtistId artist = inCatalog("Miles Davis");
        matches.tagged(artist, id(1).value());
        musicBrainz.knows(MILES);

        ArtistEnrichmentSummary summary = run(true);

        assertThat(summary.matched()).isEqualTo(1);
        assertThat(matches.all()).isEmpty();
        assertThat(changes.rows()).isEmpty();
        assertThat(enrichment.match(artist)).isEmpty();
    }

    @Test
    void whenMusicBrainzIsDown_everyArtistIsCountedAsFailed_withTheReason_andNothingIsStored() {
        inCatalog("Miles Davis");
        inCatalog("John Coltrane");
        musicBrainz.down();

        ArtistEnrichmentSummary summary = run(false);

        assertThat(summary.failed()).isEqualTo(2);
        assertThat(summary.artists()).isEqualTo(2);
        assertThat(summary.failures()).hasSize(2).allMatch(line -> line.contains("503"))
                .anyMatch(line -> line.startsWith("Miles Davis: "));
        assertThat(matches.all()).isEmpty();
    }

    @Test
    void aMatchedArtist_isSkipped_andAPersonsMatchIsNeverReplaced() {
        ArtistId artist = inCatalog("Miles Davis");
        matches.save(new ArtistMatch(artist, COLTRANE, MatchSource.PERSON, clock.instant()));
        musicBrainz.answersArtist("Miles Davis", new ArtistCandidate(MILES, 100));

        ArtistEnrichmentSummary summary = run(false);

        assertThat(summary.alreadyMatched()).isEqualTo(1);
        assertThat(musicBrainz.asked()).isEmpty();
        assertThat(matches.findByArtist(artist).orElseThrow().match()).isEqualTo(COLTRANE);
    }

    @Test
    void musicBrainzAnswers_andItsNotFound_areCached_soASecondRunAsksNothing() {
        ArtistId miles = inCatalog("Miles Davis");
        inCatalog("Nobody Known");
        matches.tagged(miles, id(7).value());
        musicBrainz.answersArtist("Miles Davis", new ArtistCandidate(MILES, 80));

        run(false);
        int asked = musicBrainz.asked().size();
        ArtistEnrichmentSummary second = run(false);

        assertThat(asked).isEqualTo(3);
        assertThat(musicBrainz.asked()).hasSize(asked);
        assertThat(second.candidates()).isEqualTo(1);
        assertThat(second.unmatched()).isEqualTo(1);
        assertThat(cache.holds(ArtistEnrichmentService.ARTIST_NOT_FOUND, CacheKey.of(id(7).value()))).isTrue();
        assertThat(cache.holds(ArtistEnrichmentService.SEARCH_NOT_FOUND, CacheKey.of("Nobody Known"))).isTrue();
        assertThat(cache.holds(ArtistEnrichmentService.SEARCH, CacheKey.of("Miles Davis"))).isTrue();
    }

    @Test
    void aStoredMatch_dropsThatArtistsCachedMatchOnly_hereAndThroughTheChangeLog() {
        ArtistId miles = inCatalog("Miles Davis");
        ArtistId coltrane = inCatalog("John Coltrane");
        matches.tagged(miles, id(1).value());
        musicBrainz.knows(MILES);
        assertThat(enrichment.match(miles)).isEmpty();
        assertThat(enrichment.match(coltrane)).isEmpty();

        run(false);

        assertThat(cache.holds(CachedQueries.ARTIST_MATCH, CacheKey.of(miles.value()))).isFalse();
        assertThat(cache.holds(CachedQueries.ARTIST_MATCH, CacheKey.of(coltrane.value()))).isTrue();
        assertThat(enrichment.match(miles)).isPresent();
        assertThat(changes.rows()).hasSize(1);
        CacheInvalidation logged = changes.rows().get(0).invalidation();
        assertThat(logged.everything()).isFalse();
        assertThat(logged.queries()).isEmpty();
        assertThat(logged.entries()).containsExactly(new EntryDrop("matches.byArtist", CacheKey.of(miles.value())));
    }

    @Test
    void progress_isToldArtistByArtist() {
        inCatalog("Miles Davis");
        inCatalog("John Coltrane");
        List<String> told = new ArrayList<>();
        EnrichmentProgress progress = new EnrichmentProgress() {
            @Override
            public void albumDone(int done, int total) {
                told.add("album");
            }

            @Override
            public void artistDone(int done, int total) {
                told.add(done + "/" + total);
            }
        };

        enrichment.enrichArtists(new EnrichmentRequest(false), progress);

        assertThat(told).containsExactly("1/2", "2/2");
    }

    @Test
    void noneFindsNothing_andItsQueryNamesAreMusicBrainzs() {
        assertThat(ArtistEnrichment.NONE.enrichArtists(new EnrichmentRequest(false), EnrichmentProgress.NONE))
                .isEqualTo(new ArtistEnrichmentSummary(0, 0, 0, 0, 0, 0, List.of()));
        assertThat(ArtistEnrichment.NONE.match(ArtistId.of(1))).isEmpty();
        assertThat(ArtistEnrichment.cachedQueryNames()).containsExactlyInAnyOrder("musicbrainz.artist",
                "musicbrainz.artist-not-found", "musicbrainz.artist-search", "musicbrainz.artist-search-not-found");
        assertThat(AlbumEnrichment.cachedQueryNames()).containsAll(ArtistEnrichment.cachedQueryNames())
                .contains("musicbrainz.release");
    }

    @Test
    void aMatchRefusedByTheStore_dropsNothingHere() {
        ArtistId miles = inCatalog("Miles Davis");
        matches.tagged(miles, id(1).value()).gone(miles);
        musicBrainz.knows(MILES);
        enrichment.match(miles);

        assertThat(run(false).matched()).as("counted: MusicBrainz matched it").isEqualTo(1);

        assertThat(cache.holds(CachedQueries.ARTIST_MATCH, CacheKey.of(miles.value()))).isTrue();
    }

    @Test
    void aRunGoesThroughEveryPageOfArtists_andKeepsAtMostTheFirstFailures() {
        int artists = PageRequest.MAX_LIMIT + 1;
        List<io.tonearm.domain.NewTrack> tracks = new ArrayList<>();
        for (int i = 0; i < artists; i++) {
            tracks.add(aTrack().artists("Artist " + i).albumArtist("Artist " + i).build());
        }
        library.addTracks(tracks);
        musicBrainz.down();

        ArtistEnrichmentSummary summary = run(false);

        assertThat(summary.artists()).isEqualTo(artists);
        assertThat(summary.failed()).isEqualTo(artists);
        assertThat(summary.failures()).hasSize(EnrichmentSummary.MAX_FAILURES);
    }
}
