package io.tonearm.application;

import static io.tonearm.application.fakes.NewTrackBuilder.aTrack;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tonearm.domain.DuplicateTrackPathException;
import io.tonearm.domain.NewTrack;
import io.tonearm.domain.Track;
import io.tonearm.domain.TrackChanges;
import io.tonearm.domain.TrackId;
import io.tonearm.domain.port.CacheInvalidation;
import io.tonearm.domain.port.CacheInvalidation.EntryDrop;
import io.tonearm.domain.port.CacheInvalidation.PartitionDrop;
import io.tonearm.domain.port.CacheKey;
import io.tonearm.domain.port.CachePartition;
import io.tonearm.domain.port.LoggedChange;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What each change of the library writes into the change log: its row of the invalidation table, for others. */
class LibraryChangeLogTest {
    private final LibraryFixture fixture = new LibraryFixture();
    private final Library library = fixture.library;

    @Test
    void addingTracks_logsTheTracksAddedRow_withoutATrackEntry() {
        library.addTrack(aTrack().build());
        library.addTracks(List.of(aTrack().build(), aTrack().build()));

        CacheInvalidation added = CacheInvalidation.ofQueries(Mutation.TRACKS_ADDED.droppedQueryNames());
        assertThat(logged()).containsExactly(added, added);
    }

    @Test
    void updatingTags_logsTheTrackUpdatedRow_withTheTracksEntry() {
        Track track = fixture.stored();

        library.updateTrack(track.id(), new TrackChanges(null, List.of("Other"), null, null, null, null, null, null));

        assertThat(logged()).containsExactly(withEntry(Mutation.TRACK_UPDATED.droppedQueryNames(), track.id()));
    }

    @Test
    void updatingTheTitleOnly_logsTheDetailsRow() {
        Track track = fixture.stored();

        library.updateTrack(track.id(), new TrackChanges("New", null, null, null, null, null, null, null));

        assertThat(logged()).containsExactly(withEntry(Mutation.TRACK_DETAILS_UPDATED.droppedQueryNames(),
                track.id()));
    }

    @Test
    void deletingATrack_logsEveryQueryButTheTrackEntryQuery_andTheEntry() {
        Track track = fixture.stored();

        library.deleteTrack(track.id());

        assertThat(logged()).containsExactly(withEntry(Mutation.TRACK_DELETED.droppedQueryNames(), track.id()));
    }

    @Test
    void aFavoriteAndAPlay_logTheirListsInTheListenersPartition_andTheChartWhole() {
        Track track = fixture.stored();

        fixture.as(7).setTrackFavorite(track.id(), true);
        fixture.as(7).recordTrackPlay(track.id(), fixture.clock.instant());

        CachePartition seven = CachePartition.of("user-7");
        EntryDrop annotation = new EntryDrop("annotations.byTrack", seven, CacheInvalidator.trackKey(track.id()));
        assertThat(logged()).containsExactly(
                new CacheInvalidation(false, Set.of(), Set.of(new PartitionDrop("tracks.favorites", seven)),
                        Set.of(annotation)),
                new CacheInvalidation(false, Set.of("tracks.chart"),
                        Set.of(new PartitionDrop("tracks.recent", seven), new PartitionDrop("tracks.popular", seven),
                                new PartitionDrop("tracks.chart.own", seven)),
                        Set.of(annotation)));
    }

    @Test
    void aChangeTheStoreRefuses_logsNothing() {
        NewTrack track = aTrack().build();
        library.addTrack(track);
        int before = fixture.changeLog.rows().size();

        assertThatThrownBy(() -> library.addTrack(track)).isInstanceOf(DuplicateTrackPathException.class);

        assertThat(fixture.changeLog.rows()).hasSize(before);
    }

    @Test
    void theRowsOfTheLibrary_areItsOwn() {
        library.addTrack(aTrack().build());

        assertThat(fixture.changeLog.rows()).extracting(LoggedChange::own).containsExactly(true);
    }

    @Test
    void anInvalidationWithoutAPartition_dropsThePartitionedQueriesWhole() {
        CacheInvalidation whole = CacheInvalidator.invalidation(Mutation.FAVORITE_SET, TrackId.of(3), null);

        assertThat(whole).isEqualTo(CacheInvalidation.ofQueries(Set.of("tracks.favorites", "annotations.byTrack")));
        assertThat(CacheInvalidator.invalidation(Mutation.LIBRARY_RESCANNED, TrackId.of(3), null).entries())
                .as("a rescan keeps the entries").isEmpty();
    }

    private List<CacheInvalidation> logged() {
        return fixture.changeLog.rows().stream().map(LoggedChange::invalidation).toList();
    }

    private static CacheInvalidation withEntry(Set<String> queries, TrackId track) {
        return new CacheInvalidation(false, new HashSet<>(queries), Set.of(), Set.of(entry(track)));
    }

    private static EntryDrop entry(TrackId track) {
        return new EntryDrop("track.byId", CacheKey.of(track.value()));
    }
}
