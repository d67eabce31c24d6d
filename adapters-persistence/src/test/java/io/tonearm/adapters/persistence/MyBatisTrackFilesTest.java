package io.tonearm.adapters.persistence;

import static io.tonearm.adapters.persistence.testing.NewTrackBuilder.aTrack;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.tonearm.domain.DuplicateTrackPathException;
import io.tonearm.domain.KnownFile;
import io.tonearm.domain.PlayEvent;
import io.tonearm.domain.Track;
import io.tonearm.domain.TrackChanges;
import io.tonearm.domain.TrackId;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MyBatisTrackFilesTest extends DatabaseTest {
    MyBatisTrackFiles files;

    @BeforeAll
    void openFiles() {
        files = new MyBatisTrackFiles(Database.sessionFactory(pool), clock);
    }

    @Test
    void knownFilesUnderADirectory_comeWithTheirSizeAndTime_andTheDirectoryComparesExactly() {
        Track track = tracks.add(aTrack().path("/music/Ärzte/Song.mp3").fileSize(1234)
                .fileModifiedAt(Instant.parse("2024-05-01T10:15:30.123Z")).build());

        // added without cover facts: the next scan reads it again to learn whether it holds a picture
        assertThat(files.findUnder("/music/Ärzte/", 0, Long.MAX_VALUE, 10)).containsExactly(new KnownFile(
                track.id(), "/music/Ärzte/Song.mp3", 1234, Instant.parse("2024-05-01T10:15:30.123Z"), false, false));
        assertThat(files.findUnder("/music/ärzte/", 0, Long.MAX_VALUE, 10)).isEmpty();
        assertThat(files.findUnder("/music/Arzte/", 0, Long.MAX_VALUE, 10)).isEmpty();
    }

    @Test
    void coverFacts_areStoredWithTheTrack_andAFolderImageChangesOnItsOwn() {
        Track embedded = tracks.add(aTrack().path("/c/a/1.flac").album("A").build().withEmbeddedPicture(true)
                .withFolderImage(false));
        Track plain = tracks.add(aTrack().path("/c/b/2.flac").album("B").build().withEmbeddedPicture(false)
                .withFolderImage(false));
        Track unread = tracks.add(aTrack().path("/c/b/3.flac").album("B").build());
        assertThat(tracks.findById(embedded.id()).orElseThrow().hasCover()).isTrue();
        assertThat(tracks.findById(plain.id()).orElseThrow().hasCover()).isFalse();
        assertThat(albums.findById(embedded.albumId()).orElseThrow().hasCover()).isTrue();
        assertThat(albums.findById(plain.albumId()).orElseThrow().hasCover()).isFalse();
        assertThat(files.findUnder("/c/", 0, Long.MAX_VALUE, 10))
                .extracting(KnownFile::coverRead, KnownFile::folderImage)
                .containsExactly(tuple(true, false), tuple(true, false), tuple(false, false));

        assertThat(files.recordFolderImage(List.of(plain.id(), unread.id()), true)).isEqualTo(2);
        assertThat(files.recordFolderImage(List.of(plain.id(), unread.id()), true)).as("already so").isZero();

        assertThat(tracks.findById(plain.id()).orElseThrow().hasCover()).isTrue();
        assertThat(tracks.findById(plain.id()).orElseThrow().updatedAt()).isEqualTo(plain.updatedAt());
        assertThat(albums.findById(plain.albumId()).orElseThrow().hasCover()).isTrue();
        assertThat(files.findUnder("/c/b/", 0, Long.MAX_VALUE, 10)).extracting(KnownFile::folderImage)
                .containsExactly(true, true);
        assertThat(files.recordFolderImage(List.of(TrackId.of(999_999)), false)).isZero();
    }

    @Test
    void aTagEdit_keepsTheCoverFacts_andARescanOfTheFileReplacesThem() {
        Track track = tracks.add(aTrack().path("/e/1.flac").title("Old").build().withEmbeddedPicture(true)
                .withFolderImage(true));

        tracks.update(track.id(), new TrackChanges("New", null, null, null, null, null, null, null));

        assertThat(tracks.findById(track.id()).orElseThrow().hasCover()).isTrue();
        tracks.upsertAll(List.of(aTrack().path("/e/1.flac").title("New").build().withEmbeddedPicture(false)
                .withFolderImage(false)));
        assertThat(tracks.findById(track.id()).orElseThrow().hasCover()).isFalse();
    }

    @Test
    void knownSizes_findMoveCandidates() {
        Track a = tracks.add(aTrack().path("/m/a.mp3").fileSize(100).build());
        tracks.add(aTrack().path("/m/b.mp3").fileSize(200).build());
        Track c = tracks.add(aTrack().path("/m/c.mp3").fileSize(100).build());

        assertThat(files.findBySizes(List.of(100L, 300L))).extracting(KnownFile::id)
                .containsExactlyInAnyOrder(a.id(), c.id());
    }

    @Test
    void tracksUnderADirectory_comePageByPageByIdWithinTheBounds_andWildcardsAreLiteral() {
        Track one = tracks.add(aTrack().path("/lib/100%_sure/1.mp3").build());
        tracks.add(aTrack().path("/lib/100x_sure/2.mp3").build());
        Track three = tracks.add(aTrack().path("/lib/100%_sure/sub/3.mp3").build());
        Track four = tracks.add(aTrack().path("/lib/100%_sure/4.mp3").build());
        tracks.add(aTrack().path("/other/100%_sure/5.mp3").build());

        assertThat(files.findUnder("/lib/100%_sure/", 0, Long.MAX_VALUE, 2)).extracting(KnownFile::id)
                .containsExactly(one.id(), three.id());
        assertThat(files.findUnder("/lib/100%_sure/", three.id().value(), Long.MAX_VALUE, 2))
                .extracting(KnownFile::id).containsExactly(four.id());
        assertThat(files.findUnder("/lib/100%_sure/", 0, three.id().value(), 10)).extracting(KnownFile::id)
                .containsExactly(one.id(), three.id());
    }

    @Test
    void theLastId_isTheGreatest_orEmptyForAnEmptyCatalog() {
        assertThat(files.findLastId()).isEmpty();
        tracks.add(aTrack().build());
        Track last = tracks.add(aTrack().build());

        assertThat(files.findLastId()).contains(last.id());
    }

    @Test
    void aNewPath_keepsTheTracksIdTagsFavoriteAndPlays() {
        Track track = tracks.add(aTrack().path("/m/old.flac").title("Keep Me").build());
        tracks.setFavorite(track.id(), true);
        plays.record(new PlayEvent(track.id(), Instant.parse("2025-01-01T00:00:00Z")));

        assertThat(files.setPath(track.id(), "/m/new/place.flac")).isTrue();

        Track moved = tracks.findById(track.id()).orElseThrow();
        assertThat(moved.path()).isEqualTo("/m/new/place.flac");
        assertThat(moved.title()).isEqualTo("Keep Me");
        assertThat(moved.favorite()).isTrue();
        assertThat(moved.playCount()).isEqualTo(1);
        assertThat(files.findUnder("/m/", 0, Long.MAX_VALUE, 10)).extracting(KnownFile::path)
                .containsExactly("/m/new/place.flac");
        assertThat(files.setPath(TrackId.of(999_999), "/m/x.flac")).isFalse();
        assertCountersMatchRows();
    }

    @Test
    void aPathAnotherTrackHas_isRefused_andNothingChanges() {
        Track a = tracks.add(aTrack().path("/m/a.flac").build());
        tracks.add(aTrack().path("/m/b.flac").build());

        assertThatThrownBy(() -> files.setPath(a.id(), "/m/b.flac"))
                .isInstanceOfSatisfying(DuplicateTrackPathException.class,
                        e -> assertThat(e.path()).isEqualTo("/m/b.flac"));
        assertThat(tracks.findById(a.id()).orElseThrow().path()).isEqualTo("/m/a.flac");
    }

    @Test
    void newFileFacts_areStoredForTheTrack() {
        Track track = tracks.add(aTrack().fileSize(10).fileModifiedAt(Instant.parse("2020-01-01T00:00:00Z")).build());

        assertThat(files.setFileFacts(track.id(), 20, Instant.parse("2026-02-03T04:05:06.789Z"))).isTrue();

        Track after = tracks.findById(track.id()).orElseThrow();
        assertThat(after.fileSize()).isEqualTo(20);
        assertThat(after.fileModifiedAt()).isEqualTo(Instant.parse("2026-02-03T04:05:06.789Z"));
        assertThat(files.setFileFacts(TrackId.of(999_999), 1, Instant.EPOCH)).isFalse();
    }
}
