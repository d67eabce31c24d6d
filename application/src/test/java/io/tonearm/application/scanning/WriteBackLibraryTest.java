package io.tonearm.application.scanning;

import static io.tonearm.application.fakes.NewTrackBuilder.aTrack;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tonearm.application.Library;
import io.tonearm.application.fakes.InMemoryAudioFiles;
import io.tonearm.application.fakes.InMemoryCatalog;
import io.tonearm.application.fakes.InMemoryQueryCache;
import io.tonearm.application.fakes.TestClock;
import io.tonearm.domain.AlbumId;
import io.tonearm.domain.KnownFile;
import io.tonearm.domain.ArtistId;
import io.tonearm.domain.NewTrack;
import io.tonearm.domain.PageRequest;
import io.tonearm.domain.PlayEvent;
import io.tonearm.domain.SearchQuery;
import io.tonearm.domain.TagWriteException;
import io.tonearm.domain.TitleAndArtist;
import io.tonearm.domain.Track;
import io.tonearm.domain.TrackChanges;
import io.tonearm.domain.TrackId;
import io.tonearm.domain.port.TrackFiles;
import io.tonearm.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Tag write-back: the file first, then the catalog, and nothing half done when either fails. */
class WriteBackLibraryTest {
    private static final TrackChanges NEW_TITLE = new TrackChanges("New", null, null, null, null, null, null, null);
    private static final PageRequest PAGE = PageRequest.first(10);

    private final TestClock clock = TestClock.standing();
    private final InMemoryCatalog catalog = new InMemoryCatalog(clock);
    private final InMemoryAudioFiles files = new InMemoryAudioFiles();
    private final Library plain = Library.create(catalog, catalog.albums(), catalog.artists(), catalog,
            new InMemoryQueryCache(), clock);
    private final Library library = TagWriteBack.enable(plain, files, catalog);

    private Track stored() {
        NewTrack track = aTrack().title("Old").build();
        files.put(track);
        return catalog.add(track);
    }

    @Test
    void anUpdate_writesTheFile_thenStoresTheTagsAndTheFilesNewSizeAndTime() {
        Track track = stored();

        Track updated = library.updateTrack(track.id(), NEW_TITLE).orElseThrow();

        assertThat(files.written()).containsExactly(NEW_TITLE);
        assertThat(updated.title()).isEqualTo("New");
        assertThat(updated.fileSize()).isEqualTo(track.fileSize() + 1);
        assertThat(updated.fileModifiedAt()).isEqualTo(track.fileModifiedAt().plusSeconds(1));
    }

    @Test
    void aFileThatCannotBeWritten_leavesTheCatalogAsItWas() {
        Track track = stored();
        files.readOnly(track.path());

        assertThatThrownBy(() -> library.updateTrack(track.id(), NEW_TITLE)).isInstanceOf(TagWriteException.class);
        assertThat(catalog.findById(track.id())).contains(track);
    }

    @Test
    void aCatalogThatRefusesTheTags_getsTheOldFileFactsBack() {
        Track track = stored();
        IllegalStateException refused = new IllegalStateException("refused");
        catalog.failingNextWrite(refused);

        assertThatThrownBy(() -> library.updateTrack(track.id(), NEW_TITLE)).isSameAs(refused);

        Track after = catalog.findById(track.id()).orElseThrow();
        assertThat(after.fileSize()).isEqualTo(track.fileSize());
        assertThat(after.fileModifiedAt()).isEqualTo(track.fileModifiedAt());
        assertThat(after.title()).isEqualTo("Old");
    }

    @Test
    void aFailedRestoreOfTheFileFacts_isAddedToTheCatalogsError() {
        Track track = stored();
        IllegalStateException refused = new IllegalStateException("refused");
        IllegalStateException restoreFailed = new IllegalStateException("restore failed");
        Library failing = TagWriteBack.enable(plain, files, new TrackFiles() {
            private int calls;

            @Override
            public boolean setFileFacts(TrackId id, long size, Instant modifiedAt) {
                if (++calls == 1) {
                    catalog.failingNextWrite(refused);
                    return catalog.setFileFacts(id, size, modifiedAt);
                }
                throw restoreFailed;
            }

            @Override
            public List<KnownFile> findBySizes(Collection<Long> sizes) {
                return catalog.findBySizes(sizes);
            }

            @Override
            public List<KnownFile> findUnder(String directory, long afterId, long upToId, int limit) {
                return catalog.findUnder(directory, afterId, upToId, limit);
            }

            @Override
            public Optional<TrackId> findLastId() {
                return catalog.findLastId();
            }

            @Override
            public boolean setPath(TrackId id, String newPath) {
                return catalog.setPath(id, newPath);
            }

            @Override
            public int recordFolderImage(Collection<TrackId> ids, boolean present) {
                return catalog.recordFolderImage(ids, present);
            }
        });

        assertThatThrownBy(() -> failing.updateTrack(track.id(), NEW_TITLE)).isSameAs(refused)
                .satisfies(e -> assertThat(e.getSuppressed()).containsExactly(restoreFailed));
    }

    @Test
    void noChange_writesNoFile() {
        Track track = stored();

        assertThat(library.updateTrack(track.id(), new TrackChanges(null, null, null, null, null, null, null, null)))
                .contains(track);
        assertThat(files.written()).isEmpty();
    }

    @Test
    void anUnknownTrack_isEmpty_andNoFileIsWritten() {
        assertThat(library.updateTrack(TrackId.of(9), NEW_TITLE)).isEmpty();
        assertThat(files.written()).isEmpty();
    }

    @Test
    void anUpdate_needsAnIdAndChanges() {
        assertThatThrownBy(() -> library.updateTrack(null, NEW_TITLE)).hasMessage("id");
        assertThatThrownBy(() -> library.updateTrack(TrackId.of(1), null)).hasMessage("changes");
        assertThatThrownBy(() -> TagWriteBack.enable(null, files, catalog)).hasMessage("library");
        assertThatThrownBy(() -> TagWriteBack.enable(plain, null, catalog)).hasMessage("files");
        assertThatThrownBy(() -> TagWriteBack.enable(plain, files, null)).hasMessage("trackFiles");
    }

    @Test
    void everyOtherUseCase_isTheWrappedLibrarys() {
        Track track = stored();
        catalog.add(aTrack().album("Kind of Blue").artists("Miles Davis").build());
        catalog.record(new UserId(1), new PlayEvent(track.id(), clock.instant()));
        AlbumId album = track.albumId();
        ArtistId artist = new ArtistId(1);
        SearchQuery query = new SearchQuery("old");
        List<Function<Library, Object>> reads = List.of(
                l -> l.getTrack(track.id()), l -> l.getAllTracks(PAGE), l -> l.searchTracks(query, PAGE),
                l -> l.getTracks(List.of(track.id())), l -> l.getChart(Duration.ofDays(7), PAGE), l -> l.getAlbumTracks(album, PAGE),
                l -> l.findTracks(List.of(new TitleAndArtist("Old", "Artist"))), l -> l.getAlbum(album),
                l -> l.getAllAlbums(PAGE), l -> l.searchAlbums(new SearchQuery("kind"), PAGE),
                l -> l.getArtistAlbums(artist, PAGE), l -> l.getArtist(artist), l -> l.getAllArtists(PAGE),
                l -> l.searchArtists(new SearchQuery("miles"), PAGE));

        for (Function<Library, Object> read : reads) {
            Object answer = read.apply(library);
            assertThat(answer).isEqualTo(read.apply(plain));
            assertThat(answer.toString()).doesNotContain("[]", "Optional.empty");
        }
    }

    @Test
    void everyOtherChange_isTheWrappedLibrarys() {
        Track track = stored();

        assertThat(library.addTrack(aTrack().title("Added").build()).title()).isEqualTo("Added");
        assertThat(library.addTracks(List.of(aTrack().build(), aTrack().build()))).isEqualTo(2);
        assertThat(library.deleteTrack(track.id())).isTrue();
        assertThat(catalog.all()).hasSize(3);
        assertThat(library.deleteTrack(track.id())).isFalse();
        assertThat(files.written()).isEmpty();
    }
}
