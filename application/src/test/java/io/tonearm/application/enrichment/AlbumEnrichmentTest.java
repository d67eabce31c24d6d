package io.tonearm.application.enrichment;

import static io.tonearm.application.fakes.NewTrackBuilder.aTrack;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tonearm.application.CachedQueries;
import io.tonearm.application.Invalidation;
import io.tonearm.application.Library;
import io.tonearm.application.Mutation;
import io.tonearm.application.fakes.InMemoryArtwork;
import io.tonearm.application.fakes.InMemoryAudioFiles;
import io.tonearm.application.fakes.InMemoryFetchedCovers;
import io.tonearm.application.fakes.InMemoryMediaFiles;
import io.tonearm.application.listening.CoverArt;
import io.tonearm.application.fakes.InMemoryCatalog;
import io.tonearm.application.fakes.InMemoryChangeLog;
import io.tonearm.application.fakes.InMemoryQueryCache;
import io.tonearm.application.fakes.NewTrackBuilder;
import io.tonearm.application.fakes.TestClock;
import io.tonearm.domain.Album;
import io.tonearm.domain.AlbumId;
import io.tonearm.domain.MusicBrainzTags;
import io.tonearm.domain.PageRequest;
import io.tonearm.domain.Track;
import io.tonearm.domain.TrackChanges;
import io.tonearm.domain.port.CacheInvalidation;
import io.tonearm.domain.port.CacheInvalidation.EntryDrop;
import io.tonearm.domain.port.CacheKey;
import io.tonearm.domain.enrichment.AlbumMatch;
import io.tonearm.domain.enrichment.ArtistCredit;
import io.tonearm.domain.enrichment.Artwork;
import io.tonearm.domain.enrichment.CoverSize;
import io.tonearm.domain.enrichment.MatchSource;
import io.tonearm.domain.enrichment.MusicBrainzId;
import io.tonearm.domain.enrichment.Release;
import io.tonearm.domain.enrichment.ReleaseCandidate;
import io.tonearm.domain.enrichment.ReleaseTrack;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Enrichment on the in-memory catalog, a fake MusicBrainz and an in-memory match store. */
class AlbumEnrichmentTest {
    private static final ArtistCredit MILES = new ArtistCredit(id(1), "Miles Davis");
    private static final Release KIND_OF_BLUE = release(10, "Kind of Blue", 2, "Columbia");
    private static final Release SKETCHES = release(11, "Sketches of Spain", 2, null);

    private final TestClock clock = new TestClock(Instant.parse("2026-12-07T10:00:00Z"));
    private final InMemoryCatalog catalog = new InMemoryCatalog(clock);
    private final InMemoryQueryCache cache = new InMemoryQueryCache();
    private final Library library = Library.create(catalog, catalog.albums(), catalog.artists(), catalog, cache, clock);
    private final FakeMusicBrainz musicBrainz = new FakeMusicBrainz();
    private final InMemoryAlbumMatches matches = new InMemoryAlbumMatches();
    private final InMemoryArtwork artwork = new InMemoryArtwork();
    private final InMemoryFetchedCovers fetched = new InMemoryFetchedCovers();
    private final FakeCoverArchive archive = new FakeCoverArchive();
    private final InMemoryChangeLog changes = new InMemoryChangeLog(clock);
    private final List<Invalidation> told = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final AlbumEnrichment enrichment = AlbumEnrichment.create(library, library, musicBrainz, matches, cache,
            clock, EnrichmentSettings.DEFAULT, MissingCovers.create(
                    CoverArt.create(library, artwork, new InMemoryMediaFiles(), fetched), fetched, archive,
                    CoverSize.LARGE, clock, library, cache, changes, told::add));
    private static final Artwork FRONT = new Artwork("image/jpeg", new byte[] {1, 2, 3});

    private static MusicBrainzId id(int n) {
        return MusicBrainzId.of(String.format("00000000-0000-4000-8000-%012d", n));
    }

    private static Release release(int n, String title, int tracks, String label) {
        return new Release(id(n), title, List.of(MILES), "1959", label, tracks, List.of("jazz"));
    }

    private Album album(String title, NewTrackBuilder... tracks) {
        for (NewTrackBuilder track : tracks) {
            library.addTrack(track.album(title).albumArtist("Miles Davis").build());
        }
        return library.getAllAlbums(PageRequest.first(100)).items().stream()
                .filter(a -> a.title().equals(title)).findFirst().orElseThrow();
    }

    @Test
    void aMatchedAlbumWithoutACoverOfItsOwn_getsTheReleasesFrontCover_once() {
        Album album = album("Kind of Blue", aTrack().releaseId(id(10).value()));
        musicBrainz.knows(KIND_OF_BLUE);
        archive.knows(id(10), FRONT);

        EnrichmentSummary first = enrichment.enrichAlbums(new EnrichmentRequest(false), EnrichmentProgress.NONE);
        EnrichmentSummary second = enrichment.enrichAlbums(new EnrichmentRequest(false), EnrichmentProgress.NONE);

        assertThat(first.coversFetched()).isEqualTo(1);
        assertThat(fetched.find(album.id())).contains(FRONT);
        assertThat(fetched.fetchedAt(album.id())).contains(clock.instant());
        assertThat(archive.asked()).as("1200 px, and never again once kept").containsExactly(id(10).value() + "@1200");
        assertThat(second.coversFetched()).isZero();
    }

    @Test
    void aFetchedCover_dropsTheAlbumReadsAndItsTracksEntries_hereAndThroughTheChangeLog() {
        Album album = album("Kind of Blue", aTrack().title("So What").releaseId(id(10).value()),
                aTrack().title("Blue in Green").releaseId(id(10).value()));
        Album other = album("Sketches of Spain", aTrack().title("Saeta"));
        musicBrainz.knows(KIND_OF_BLUE);
        archive.knows(id(10), FRONT);
        List<Track> tracks = library.getAlbumTracks(album.id(), PageRequest.first(10)).items();
        Track elsewhere = library.getAlbumTracks(other.id(), PageRequest.first(10)).items().get(0);
        library.getTrack(elsewhere.id());
        int droppedBefore = cache.droppedNames().size();

        enrichment.enrichAlbums(new EnrichmentRequest(false), EnrichmentProgress.NONE);

        Set<CacheKey> keys = new HashSet<>();
        tracks.forEach(track -> keys.add(CacheKey.of(track.id().value())));
        assertThat(keys).hasSize(2).noneMatch(key -> cache.holds(CachedQueries.TRACK, key));
        assertThat(cache.holds(CachedQueries.TRACK, CacheKey.of(elsewhere.id().value()))).isTrue();
        assertThat(cache.droppedNames().subList(droppedBefore, cache.droppedNames().size()))
                .containsExactlyInAnyOrderElementsOf(Mutation.ALBUM_COVER_FETCHED.droppedQueryNames());
        CacheInvalidation logged = changes.rows().get(changes.rows().size() - 1).invalidation();
        assertThat(logged.queries()).isEqualTo(Mutation.ALBUM_COVER_FETCHED.droppedQueryNames());
        assertThat(logged.entries()).extracting(EntryDrop::key).containsExactlyInAnyOrderElementsOf(keys);
        assertThat(told).containsExactly(new Invalidation(Mutation.ALBUM_COVER_FETCHED.name(),
                Mutation.ALBUM_COVER_FETCHED.droppedQueryNames(), Set.of(), Set.of(CachedQueries.TRACK.name())));
    }

    @Test
    void anAlbumsOwnCover_alwaysWins_andADryRunOrAnUnknownCoverFetchesNothing() {
        String ownPath = "/music/own/1.flac";
        album("Kind of Blue", aTrack().path(ownPath).releaseId(id(10).value()));
        album("Sketches of Spain", aTrack().releaseId(id(11).value()));
        artwork.cover(ownPath);
        musicBrainz.knows(KIND_OF_BLUE).knows(SKETCHES);
        archive.knows(id(10), FRONT);

        assertThat(enrichment.enrichAlbums(new EnrichmentRequest(true), EnrichmentProgress.NONE).coversFetched())
                .isZero();
        assertThat(archive.asked()).as("a dry run asks nothing").isEmpty();
        EnrichmentSummary summary = enrichment.enrichAlbums(new EnrichmentRequest(false), EnrichmentProgress.NONE);

        assertThat(summary.matched()).isEqualTo(2);
        assertThat(summary.coversFetched()).isZero();
        assertThat(archive.asked()).as("only the album without a cover, which the archive lacks")
                .containsExactly(id(11).value() + "@1200");
    }

    @Test
    void anArchiveThatIsDown_leavesTheMatch_andSaysWhy_andTheNextRunFetchesTheCover() {
        Album album = album("Kind of Blue", aTrack().releaseId(id(10).value()));
        musicBrainz.knows(KIND_OF_BLUE);
        archive.knows(id(10), FRONT).down = true;

        EnrichmentSummary down = enrichment.enrichAlbums(new EnrichmentRequest(false), EnrichmentProgress.NONE);

        assertThat(down.matched()).isEqualTo(1);
        assertThat(down.failed()).as("the album itself was matched").isZero();
        assertThat(down.failures()).singleElement().asString().contains("no cover", "503");
        archive.down = false;
        EnrichmentSummary back = enrichment.enrichAlbums(new EnrichmentRequest(false), EnrichmentProgress.NONE);
        assertThat(back.alreadyMatched()).isEqualTo(1);
        assertThat(back.coversFetched()).isEqualTo(1);
        assertThat(fetched.find(album.id())).contains(FRONT);
    }

    @Test
    void anUnusableCoverOfTheAlbumsOwn_stillCountsAsItsOwn_andTheArchiveIsNotAsked() {
        String brokenPath = "/music/broken/1.flac";
        album("Kind of Blue", aTrack().path(brokenPath).releaseId(id(10).value()));
        artwork.unusable(brokenPath);
        musicBrainz.knows(KIND_OF_BLUE);
        archive.knows(id(10), FRONT);

        assertThat(enrichment.enrichAlbums(new EnrichmentRequest(false), EnrichmentProgress.NONE).coversFetched())
                .isZero();
        assertThat(archive.asked()).isEmpty();
        assertThat(MissingCovers.NONE.fetchIfMissing(AlbumId.of(1), id(10))).isFalse();
        CoverArt own = CoverArt.create(library, artwork, new InMemoryMediaFiles(), fetched);
        assertThatThrownBy(() -> MissingCovers.create(null, fetched, archive, CoverSize.LARGE, clock))
                .hasMessage("own");
        assertThatThrownBy(() -> MissingCovers.create(own, null, archive, CoverSize.LARGE, clock))
                .hasMessage("fetched");
        assertThatThrownBy(() -> MissingCovers.create(own, fetched, null, CoverSize.LARGE, clock))
                .hasMessage("archive");
        assertThatThrownBy(() -> MissingCovers.create(own, fetched, archive, null, clock)).hasMessage("size");
        assertThatThrownBy(() -> MissingCovers.create(own, fetched, archive, CoverSize.LARGE, null))
                .hasMessage("clock");
    }

    @Test
    void anAlbumTaggedWithAReleaseId_isMatchedByThatId_withoutASearch() {
        Album album = album("Kind of Blue", aTrack().releaseId(id(10).value()), aTrack().releaseId(id(10).value()));
        musicBrainz.knows(KIND_OF_BLUE);

        EnrichmentSummary summary = enrichment.enrichAlbums(new EnrichmentRequest(false), EnrichmentProgress.NONE);

        assertThat(summary.matched()).isEqualTo(1);
        assertThat(enrichment.match(album.id())).hasValueSatisfying(match -> {
            assertThat(match.release()).isEqualTo(KIND_OF_BLUE);
            assertThat(match.source()).isEqualTo(MatchSource.TAGS);
            assertThat(match.matchedAt()).isEqualTo(clock.instant());
        });
        assertThat(musicBrainz.asked()).containsExactly("release " + id(10).value());
    }

    @Test
    void aSureSearchResultWithTheSameTrackCount_isMatched_withTheFullRelease() {
        Album album = album("Kind of Blue", aTrack(), aTrack());
        Release fromSearch = new Release(id(10), "Kind of Blue", List.of(MILES), "1959", null, 2, List.of());
        musicBrainz.knows(KIND_OF_BLUE).answers("Kind of Blue", new ReleaseCandidate(fromSearch, 100),
                new ReleaseCandidate(release(12, "Kind of Blue (Legacy)", 13, null), 80));

        EnrichmentSummary summary = enrichment.enrichAlbums(new EnrichmentRequest(false), EnrichmentProgress.NONE);

        assertThat(summary).isEqualTo(new EnrichmentSummary(1, 0, 1, 0, 0, 0, List.of()));
        assertThat(enrichment.match(album.id()).orElseThrow().release().label()).as("from the lookup by id")
                .isEqualTo("Columbia");
        assertThat(musicBrainz.asked()).containsExactly("search Miles Davis / Kind of Blue / 2",
                "release " + id(10).value());
    }

    @Test
    void unsureResults_areKeptAsCandidates_forAPersonToChoose() {
        Album tie = album("Sketches of Spain", aTrack(), aTrack());
        Album otherLength = album("Milestones", aTrack());
        Album lowScore = album("Bags Groove", aTrack());
        musicBrainz.answers("Sketches of Spain", new ReleaseCandidate(SKETCHES, 100),
                        new ReleaseCandidate(release(13, "Sketches of Spain", 2, null), 100))
                .answers("Milestones", new ReleaseCandidate(release(14, "Milestones", 6, null), 100))
                .answers("Bags Groove", new ReleaseCandidate(release(15, "Bags' Groove", 1, null), 70),
                        new ReleaseCandidate(release(16, "Bags Groove Live", 1, null), 20));

        EnrichmentSummary summary = enrichment.enrichAlbums(new EnrichmentRequest(false), EnrichmentProgress.NONE);

        assertThat(summary.candidates()).isEqualTo(3);
        assertThat(summary.matched()).isZero();
        assertThat(enrichment.candidates(tie.id())).hasSize(2);
        assertThat(enrichment.candidates(otherLength.id())).extracting(c -> c.release().trackCount()).containsExactly(6);
        assertThat(enrichment.candidates(lowScore.id())).as("below the candidate score: left out")
                .extracting(ReleaseCandidate::score).containsExactly(70);
        assertThat(enrichment.match(tie.id())).isEmpty();
    }

    @Test
    void nothingClose_isCountedUnmatched_andADryRunStoresNothing() {
        Album sure = album("Kind of Blue", aTrack().releaseId(id(10).value()));
        Album nothing = album("Unknown Session", aTrack());
        musicBrainz.knows(KIND_OF_BLUE);

        EnrichmentSummary summary = enrichment.enrichAlbums(new EnrichmentRequest(true), EnrichmentProgress.NONE);

        assertThat(summary).isEqualTo(new EnrichmentSummary(2, 0, 1, 0, 1, 0, List.of()));
        assertThat(enrichment.match(sure.id())).isEmpty();
        assertThat(enrichment.candidates(nothing.id())).isEmpty();
    }

    @Test
    void matchedAlbums_areSkipped_andAnswersAreCached_soASecondRunAsksNothing() {
        album("Kind of Blue", aTrack().releaseId(id(10).value()));
        album("Unknown Session", aTrack());
        musicBrainz.knows(KIND_OF_BLUE);
        enrichment.enrichAlbums(new EnrichmentRequest(false), EnrichmentProgress.NONE);
        int askedBefore = musicBrainz.asked().size();

        EnrichmentSummary again = enrichment.enrichAlbums(new EnrichmentRequest(false), EnrichmentProgress.NONE);

        assertThat(again.alreadyMatched()).isEqualTo(1);
        assertThat(again.unmatched()).isEqualTo(1);
        assertThat(musicBrainz.asked()).as("the unmatched album's search came from the cache").hasSize(askedBefore);
    }

    @Test
    void whenMusicBrainzIsDown_everyAlbumIsCountedFailed_andNothingIsStored() {
        Album album = album("Kind of Blue", aTrack());
        musicBrainz.down();
        List<Integer> progress = new ArrayList<>();

        EnrichmentSummary summary = enrichment.enrichAlbums(new EnrichmentRequest(false),
                (done, total) -> progress.add(done * 100 + total));

        assertThat(summary.failed()).isEqualTo(1);
        assertThat(summary.failures()).singleElement().asString()
                .contains("Miles Davis – Kind of Blue").contains("answered 503");
        assertThat(enrichment.match(album.id())).isEmpty();
        assertThat(progress).containsExactly(101);
    }

    @Test
    void aPersonsChoice_isStored_andNeverReplacedByARun() {
        Album album = album("Kind of Blue", aTrack().releaseId(id(10).value()));
        musicBrainz.knows(KIND_OF_BLUE).knows(SKETCHES);

        AlbumMatch chosen = enrichment.matchByPerson(album.id(), SKETCHES.id()).match();
        matches.save(new AlbumMatch(album.id(), KIND_OF_BLUE, MatchSource.TAGS, clock.instant()));

        assertThat(chosen.source()).isEqualTo(MatchSource.PERSON);
        assertThat(enrichment.match(album.id()).orElseThrow().release()).isEqualTo(SKETCHES);
        assertThat(enrichment.enrichAlbums(new EnrichmentRequest(false), EnrichmentProgress.NONE).alreadyMatched())
                .isEqualTo(1);
        assertThatThrownBy(() -> enrichment.matchByPerson(album.id(), id(99)))
                .isInstanceOf(NoSuchElementException.class).hasMessageContaining(id(99).value());
        assertThatThrownBy(() -> enrichment.matchByPerson(AlbumId.of(999), SKETCHES.id()))
                .isInstanceOf(NoSuchElementException.class).hasMessageContaining("999");
    }

    @Test
    void aNotFound_isCachedUnderItsOwnShorterLivedQueries_andAskedAgainOnceThoseExpire() {
        album("Lost Session", aTrack().releaseId(id(99).value()));

        enrichment.enrichAlbums(new EnrichmentRequest(false), EnrichmentProgress.NONE);
        List<String> first = musicBrainz.asked();
        enrichment.enrichAlbums(new EnrichmentRequest(false), EnrichmentProgress.NONE);

        assertThat(first).containsExactly("release " + id(99).value(), "search Miles Davis / Lost Session / 1");
        assertThat(musicBrainz.asked()).as("within their lifetime, neither is asked again").isEqualTo(first);
        // what cache.ttls does to them after an hour, while the releases found stay a day
        cache.invalidateQueries(List.of("musicbrainz.release-not-found", "musicbrainz.search-not-found"));
        enrichment.enrichAlbums(new EnrichmentRequest(false), EnrichmentProgress.NONE);
        assertThat(musicBrainz.asked()).hasSize(4).endsWith(first.toArray(String[]::new));
        assertThat(AlbumEnrichment.cachedQueryNames()).contains("musicbrainz.release-not-found",
                "musicbrainz.search-not-found", "musicbrainz.release", "musicbrainz.search");
    }

    @Test
    void aReleaseFound_isNotKeptUnderTheNotFoundQuery() {
        Album album = album("Kind of Blue", aTrack());
        musicBrainz.knows(KIND_OF_BLUE);

        enrichment.matchByPerson(album.id(), KIND_OF_BLUE.id());
        cache.invalidateQueries(List.of("musicbrainz.release-not-found"));
        enrichment.matchByPerson(album.id(), KIND_OF_BLUE.id());

        assertThat(musicBrainz.asked()).as("the release stays cached").containsExactly("release " + id(10).value());
    }

    @Test
    void withWriteBack_aRunsMatchReachesTheFiles_fillingOnlyWhatTracksLack_andCountsAFileThatFails() {
        InMemoryAudioFiles files = new InMemoryAudioFiles();
        AlbumEnrichment writing = writingInto(files);
        NewTrackBuilder personal = aTrack().path("/m/kob/1.flac").artists("Miles Davis").genre("Modal Jazz")
                .number(1, 1);
        NewTrackBuilder plain = aTrack().path("/m/kob/2.flac").artists("Miles Davis", "John Coltrane").number(1, 2);
        NewTrackBuilder locked = aTrack().path("/m/kob/3.flac").artists("Miles Davis").number(1, 3);
        Album album = album("Kind of Blue", personal, plain, locked);
        files.put(personal.album("Kind of Blue").build()).put(plain.album("Kind of Blue").build())
                .put(locked.album("Kind of Blue").build()).readOnly("/m/kob/3.flac");
        Release release = new Release(id(10), "Kind of Blue", List.of(MILES), "1959-08-17", "Columbia", 3,
                List.of("jazz", "modal"), id(50),
                List.of(new ReleaseTrack(1, 1, id(61)), new ReleaseTrack(1, 3, id(63))));
        musicBrainz.knows(release).answers("Kind of Blue", new ReleaseCandidate(release, 100));

        EnrichmentSummary summary = writing.enrichAlbums(new EnrichmentRequest(false), EnrichmentProgress.NONE);

        assertThat(summary.filesWritten()).isEqualTo(2);
        assertThat(summary.filesFailed()).isEqualTo(1);
        assertThat(summary.failures()).singleElement().asString()
                .startsWith("Miles Davis – Kind of Blue: cannot write tags to /m/kob/3.flac");
        MusicBrainzTags first = files.musicBrainzWritten().get("/m/kob/1.flac");
        assertThat(first).isEqualTo(new MusicBrainzTags(id(10).value(), id(50).value(), List.of(id(1).value()),
                id(1).value(), id(61).value(), "Columbia"));
        MusicBrainzTags second = files.musicBrainzWritten().get("/m/kob/2.flac");
        assertThat(second.artistId()).as("not the release's artists alone").isNull();
        assertThat(second.recordingId()).as("the release lists no recording at 1-2").isNull();
        assertThat(files.written()).containsExactly(
                new TrackChanges(null, null, null, null, null, null, 1959, null),
                new TrackChanges(null, null, null, null, null, null, 1959, "jazz"));
        List<Track> tracks = library.getAlbumTracks(album.id(), PageRequest.first(10)).items();
        assertThat(tracks).extracting(Track::genre).containsExactly("Modal Jazz", "jazz", null);
        assertThat(tracks).extracting(Track::year).containsExactly(1959, 1959, null);
        assertThat(tracks.get(0).fileSize()).as("the written file's new size").isEqualTo(1_000_001);
        assertThat(tracks.get(2).fileSize()).as("the file left as it was").isEqualTo(1_000_000);
    }

    @Test
    void withWriteBack_aPersonsChoiceIsWrittenToo_butADryRunOrATaggedFileIsLeftAlone() {
        InMemoryAudioFiles files = new InMemoryAudioFiles();
        AlbumEnrichment writing = writingInto(files);
        NewTrackBuilder sketch = aTrack().path("/m/sos/1.flac").year(1960).genre("Jazz");
        NewTrackBuilder tagged = aTrack().path("/m/kob/1.flac").releaseId(id(10).value()).year(1959).genre("Jazz");
        Album sketches = album("Sketches of Spain", sketch);
        album("Kind of Blue", tagged);
        files.put(sketch.album("Sketches of Spain").build()).put(tagged.album("Kind of Blue").build());
        musicBrainz.knows(KIND_OF_BLUE).knows(SKETCHES);

        writing.enrichAlbums(new EnrichmentRequest(true), EnrichmentProgress.NONE);
        assertThat(files.written()).as("a dry run writes nothing").isEmpty();
        EnrichmentSummary run = writing.enrichAlbums(new EnrichmentRequest(false), EnrichmentProgress.NONE);
        assertThat(run.matched()).isEqualTo(1);
        assertThat(run.filesWritten()).as("tagged with its release already, nothing lacking").isZero();
        PersonMatch chosen = writing.matchByPerson(sketches.id(), SKETCHES.id());

        assertThat(chosen.files()).isEqualTo(new MatchWriteBack.Report(1, List.of()));
        assertThat(files.musicBrainzWritten()).containsOnlyKeys("/m/sos/1.flac");
        assertThat(files.musicBrainzWritten().get("/m/sos/1.flac").releaseId()).isEqualTo(id(11).value());
        assertThat(MatchWriteBack.NONE.write(chosen.match())).isEqualTo(MatchWriteBack.Report.NONE);
    }

    private AlbumEnrichment writingInto(InMemoryAudioFiles files) {
        return AlbumEnrichment.create(library, library, musicBrainz, matches, cache, clock, EnrichmentSettings.DEFAULT,
                MissingCovers.NONE, MatchWriteBack.create(library, library, files, catalog));
    }

    @Test
    void theScores_areChecked() {
        assertThatThrownBy(() -> new EnrichmentSettings(101, 50)).hasMessageContaining("<= 100");
        assertThatThrownBy(() -> new EnrichmentSettings(90, 95)).hasMessageContaining("candidate score (95)");
        assertThatThrownBy(() -> new EnrichmentSettings(90, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new EnrichmentSettings(0, 0).matchScore()).isZero();
        assertThat(EnrichmentSettings.DEFAULT.coverSize()).isEqualTo(CoverSize.LARGE);
        assertThat(EnrichmentSettings.DEFAULT.writeTags()).isFalse();
        assertThatThrownBy(() -> new EnrichmentSettings(95, 50, null, true)).hasMessage("coverSize");
    }
}
