package io.tonearm.adapters.persistence;

import static io.tonearm.adapters.persistence.testing.NewTrackBuilder.aTrack;
import static org.assertj.core.api.Assertions.assertThat;

import io.tonearm.domain.NewTrack;
import io.tonearm.domain.PageRequest;
import io.tonearm.domain.SearchQuery;
import io.tonearm.domain.Track;
import io.tonearm.domain.TrackChanges;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link MyBatisTracks#upsertAll}: a track without album artist takes it from its folder's album. */
class AlbumArtistByDirectoryTest extends DatabaseTest {

    private Track stored(String path) {
        return tracks.findByIds(tracks.findAll(PageRequest.first(100)).items()).stream()
                .filter(track -> track.path().equals(path)).findFirst().orElseThrow();
    }

    private static NewTrack untagged(String path, String artist, String album) {
        return aTrack().path(path).artists(artist).album(album).build();
    }

    @Test
    void titlesDifferingInCaseAndAccents_inOneFolder_areOneAlbum_byVariousArtists() {
        tracks.upsertAll(List.of(untagged("/m/mix/1.flac", "Ana", "Café Hits"),
                untagged("/m/mix/2.flac", "Bo", "CAFE HITS")));

        assertThat(stored("/m/mix/1.flac").albumArtist()).isEqualTo("Various Artists");
        assertThat(stored("/m/mix/2.flac").albumId()).isEqualTo(stored("/m/mix/1.flac").albumId());
        assertThat(albums.findAll(PageRequest.first(10)).total()).isOne();
    }

    @Test
    void backslashSeparatedPaths_groupByTheirDirectoryToo() {
        tracks.upsertAll(List.of(untagged("C:\\Music\\Mix\\1.mp3", "Ana", "Hits")));
        tracks.upsertAll(List.of(untagged("C:\\Music\\Mix\\2.mp3", "Bo", "Hits"),
                untagged("C:\\Music\\Other\\1.mp3", "Cy", "Hits")));

        assertThat(stored("C:\\Music\\Mix\\1.mp3").albumArtist()).isEqualTo("Various Artists");
        assertThat(stored("C:\\Music\\Mix\\2.mp3").albumArtist()).isEqualTo("Various Artists");
        assertThat(stored("C:\\Music\\Other\\1.mp3").albumArtist()).isEqualTo("Cy");
    }

    @Test
    void aDirectoryWithUnicodeInItsPath_isFoundAgainByALaterBatch() {
        tracks.upsertAll(List.of(untagged("/m/Sigur Rós – 坂本 😀/1.flac", "Ana", "Mix")));

        tracks.upsertAll(List.of(untagged("/m/Sigur Rós – 坂本 😀/2.flac", "Bo", "Mix")));

        assertThat(stored("/m/Sigur Rós – 坂本 😀/1.flac").albumArtist())
                .as("the stored track was found through directory_hash, computed by MariaDB from its path")
                .isEqualTo("Various Artists");
    }

    @Test
    void aLaterBatch_movesTheStoredTracks_andTheAlbumLeftEmptyGoes_withItsArtistWhenNothingElseNamesIt() {
        tracks.upsertAll(List.of(aTrack().path("/m/x/1.flac").artists("Ana").album("Mix").build()));
        assertThat(stored("/m/x/1.flac").albumArtist()).isEqualTo("Ana");

        int changed = tracks.upsertAll(List.of(untagged("/m/x/2.flac", "Bo", "Mix")));

        assertThat(changed).as("the new track and the one moved").isEqualTo(2);
        assertThat(stored("/m/x/1.flac").albumArtist()).isEqualTo("Various Artists");
        assertThat(albums.search(new SearchQuery("Mix"), PageRequest.first(10)).items())
                .singleElement().satisfies(album -> {
                    assertThat(album.artist()).isEqualTo("Various Artists");
                    assertThat(album.trackCount()).isEqualTo(2);
                });
        assertThat(queryLong("SELECT value FROM counters WHERE name = 'albums'")).isOne();
        assertThat(queryLong("SELECT COUNT(*) FROM albums")).isOne();
    }

    @Test
    void aTaggedAlbumArtist_isKept_andItsTrackDoesNotCountInTheFolder() {
        tracks.upsertAll(List.of(aTrack().path("/m/y/1.flac").artists("Ana").album("Duo").albumArtist("Ana").build(),
                untagged("/m/y/2.flac", "Bo", "Duo")));

        assertThat(stored("/m/y/1.flac").albumArtist()).isEqualTo("Ana");
        assertThat(stored("/m/y/2.flac").albumArtist()).isEqualTo("Bo");
    }

    @Test
    void editingADerivedTrack_keepsItsAlbum_andAddsKeepTheFirstArtist() {
        tracks.upsertAll(List.of(untagged("/m/z/1.flac", "Ana", "Zed"), untagged("/m/z/2.flac", "Bo", "Zed")));
        Track first = stored("/m/z/1.flac");

        tracks.update(first.id(), new TrackChanges(null, null, null, null, null, null, null, "Jazz"));
        tracks.add(untagged("/m/z/3.flac", "Cy", "Zed"));

        assertThat(stored("/m/z/1.flac").albumArtist()).isEqualTo("Various Artists");
        assertThat(stored("/m/z/1.flac").albumId()).isEqualTo(first.albumId());
        assertThat(stored("/m/z/3.flac").albumArtist()).isEqualTo("Cy");
        tracks.upsertAll(List.of(untagged("/m/z/1.flac", "Ana", "Zed")));
        assertThat(stored("/m/z/3.flac").albumArtist()).as("a scan decides for the whole folder again")
                .isEqualTo("Various Artists");
    }

    @Test
    void deletingTheOneTrackByAnotherArtist_givesTheAlbumBackToTheArtistLeft() {
        tracks.upsertAll(List.of(untagged("/m/v/1.flac", "Ana", "Vee"), untagged("/m/v/2.flac", "Ana", "Vee"),
                untagged("/m/v/3.flac", "Guest", "Vee")));
        assertThat(stored("/m/v/1.flac").albumArtist()).isEqualTo("Various Artists");

        assertThat(tracks.deleteAll(List.of(stored("/m/v/3.flac").id()))).isOne();

        assertThat(stored("/m/v/1.flac").albumArtist()).isEqualTo("Ana");
        assertThat(stored("/m/v/2.flac").albumId()).isEqualTo(stored("/m/v/1.flac").albumId());
        assertThat(albums.search(new SearchQuery("Vee"), PageRequest.first(10)).items())
                .singleElement().satisfies(album -> {
                    assertThat(album.artist()).isEqualTo("Ana");
                    assertThat(album.trackCount()).isEqualTo(2);
                });
        assertThat(queryLong("SELECT COUNT(*) FROM artists WHERE name IN ('Guest', 'Various Artists')"))
                .as("the guest and Various Artists name nothing any more").isZero();
        assertCountersMatchRows();
    }

    @Test
    void deletingManyTracks_decidesAgain_butAFolderOfStillDifferentArtistsStaysVarious() {
        tracks.upsertAll(List.of(untagged("/m/w/1.flac", "Ana", "Dub"), untagged("/m/w/2.flac", "Bo", "Dub"),
                untagged("/m/w/3.flac", "Cy", "Dub"), untagged("/m/w/4.flac", "Bo", "Dub")));

        assertThat(tracks.deleteAll(List.of(stored("/m/w/3.flac").id()))).isOne();
        assertThat(stored("/m/w/1.flac").albumArtist()).isEqualTo("Various Artists");

        assertThat(tracks.deleteAll(List.of(stored("/m/w/2.flac").id(), stored("/m/w/4.flac").id()))).isEqualTo(2);
        assertThat(stored("/m/w/1.flac").albumArtist()).isEqualTo("Ana");
        assertCountersMatchRows();
    }

    @Test
    void deletingOneTrack_leavesItsFolderAsItIs_itsFileIsUsuallyStillThere() {
        tracks.upsertAll(List.of(untagged("/m/u/1.flac", "Ana", "You"), untagged("/m/u/2.flac", "Bo", "You")));
        Track kept = stored("/m/u/1.flac");

        assertThat(tracks.delete(stored("/m/u/2.flac").id())).isTrue();

        assertThat(stored("/m/u/1.flac")).as("no other track changes, so no other cached track is stale")
                .isEqualTo(kept);
        assertCountersMatchRows();
    }

    @Test
    void deletingTracks_leavesTaggedAlbumArtistsAlone() {
        tracks.upsertAll(List.of(aTrack().path("/m/t/1.flac").artists("Ana").album("Tee").albumArtist("Label").build(),
                aTrack().path("/m/t/2.flac").artists("Bo").album("Tee").albumArtist("Label").build()));

        tracks.deleteAll(List.of(stored("/m/t/2.flac").id()));

        assertThat(stored("/m/t/1.flac").albumArtist()).isEqualTo("Label");
        assertCountersMatchRows();
    }
}
