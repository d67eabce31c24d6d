package io.tonearm.adapters.persistence;

import static io.tonearm.adapters.persistence.testing.NewTrackBuilder.aTrack;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tonearm.domain.DuplicateTrackPathException;
import io.tonearm.domain.NewTrack;
import io.tonearm.domain.PageRequest;
import io.tonearm.domain.PlayEvent;
import io.tonearm.domain.SearchQuery;
import io.tonearm.domain.Track;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.ibatis.exceptions.PersistenceException;
import org.junit.jupiter.api.Test;

class BulkWritesTest extends DatabaseTest {

    private static List<NewTrack> manyTracks(int count, String prefix) {
        return IntStream.range(0, count).mapToObj(i -> aTrack().path("/bulk/" + prefix + i + ".mp3")
                .title(prefix + " title " + i).artists("Artist " + (i % 17), "Feat " + (i % 5))
                .album("Album " + (i % 23)).trackNumber(i % 12 + 1).year(1990 + i % 30).build()).toList();
    }

    private void executeSql(String sql) {
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private void assertNothingWritten() {
        for (String table : List.of("tracks", "artists", "albums", "track_artists", "track_terms", "album_terms",
                "artist_terms")) {
            assertThat(queryLong("SELECT COUNT(*) FROM " + table)).as(table).isZero();
        }
        assertCountersMatchRows();
    }

    @Test
    void addAll_addsEveryTrackWithItsAlbumsArtistsAndWords_inOneGo() {
        int added = tracks.addAll(manyTracks(2_345, "a"));

        assertThat(added).isEqualTo(2_345);
        assertThat(tracks.findAll(PageRequest.first(1)).total()).isEqualTo(2_345);
        // an album per (album artist = first artist, title): 17 x 23 combinations, all reached by 2,345 tracks
        assertThat(queryLong("SELECT COUNT(*) FROM albums")).isEqualTo(17 * 23);
        assertThat(queryLong("SELECT COUNT(*) FROM artists")).isEqualTo(17 + 5);
        assertThat(queryLong("SELECT COUNT(*) FROM track_artists")).isEqualTo(2 * 2_345);
        assertThat(queryLong("SELECT SUM(track_count) FROM albums")).isEqualTo(2_345);
        assertThat(queryLong("SELECT COUNT(*) FROM albums a WHERE year <> (SELECT MIN(t.year) FROM tracks t "
                + "WHERE t.album_id = a.id) OR track_count <> (SELECT COUNT(*) FROM tracks t WHERE t.album_id = a.id)"))
                .as("albums whose facts differ from their tracks'").isZero();
        assertThat(tracks.search(new SearchQuery("a title 1234"), PageRequest.first(5)).total()).isEqualTo(1);
        Track one = tracks.findById(tracks.findAll(PageRequest.of(1_234, 1)).items().get(0)).orElseThrow();
        assertThat(one.path()).isEqualTo("/bulk/a1234.mp3");
        assertThat(one.artists()).containsExactly("Artist " + (1234 % 17), "Feat " + (1234 % 5));
        assertCountersMatchRows();
    }

    @Test
    void addAll_withMoreNewArtistsAndAlbumsThanOneStatementTakes_keepsExactCounters() {
        // more than CatalogWriter's 500 names per statement: several chunks of one INSERT in one batch
        List<NewTrack> list = IntStream.range(0, 1_234).mapToObj(i -> aTrack().path("/bulk/many" + i + ".mp3")
                .artists("Solo Artist " + i).album("Solo Album " + i).build()).toList();

        assertThat(tracks.addAll(list)).isEqualTo(1_234);

        assertThat(queryLong("SELECT COUNT(*) FROM artists")).isEqualTo(1_234);
        assertThat(queryLong("SELECT COUNT(*) FROM albums")).isEqualTo(1_234);
        assertCountersMatchRows();
    }

    @Test
    void addAll_withAPathAlreadyStored_throwsNamingIt_andWritesNothing() {
        tracks.add(aTrack().path("/bulk/a7.mp3").artists("Keeper").album(null).build());

        assertThatThrownBy(() -> tracks.addAll(manyTracks(50, "a")))
                .isInstanceOf(DuplicateTrackPathException.class)
                .hasMessageContaining("/bulk/a7.mp3");
        assertThat(queryLong("SELECT COUNT(*) FROM tracks")).isOne();
        assertThat(queryLong("SELECT COUNT(*) FROM artists")).isOne();
        assertCountersMatchRows();
    }

    @Test
    void addAll_withAPathTwiceInTheList_throwsNamingIt_andWritesNothing() {
        List<NewTrack> list = new ArrayList<>(manyTracks(20, "b"));
        list.add(aTrack().path("/bulk/b13.mp3").build());

        assertThatThrownBy(() -> tracks.addAll(list))
                .isInstanceOf(DuplicateTrackPathException.class)
                .hasMessageContaining("/bulk/b13.mp3");
        assertNothingWritten();
    }

    @Test
    void addAll_whoseLastRowFailsInTheDatabase_leavesNothingBehind() {
        // A real failure inside the transaction, after artists, albums and most tracks were written.
        executeSql("CREATE TRIGGER refuse_boom BEFORE INSERT ON tracks FOR EACH ROW "
                + "IF NEW.title = 'boom' THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'boom refused'; END IF");
        try {
            List<NewTrack> list = new ArrayList<>(manyTracks(1_500, "c"));
            list.add(aTrack().title("boom").artists("Only In The Failed Row").build());

            assertThatThrownBy(() -> tracks.addAll(list))
                    .isInstanceOf(PersistenceException.class)
                    .hasMessageContaining("boom refused");
            assertNothingWritten();
        } finally {
            executeSql("DROP TRIGGER refuse_boom");
        }
    }

    @Test
    void addAll_ofNothing_writesNothing() {
        assertThat(tracks.addAll(List.of())).isZero();
        assertThat(tracks.upsertAll(List.of())).isZero();
        assertNothingWritten();
    }

    @Test
    void upsertAll_insertsNewPaths_andUpdatesKnownOnes_keepingIdFavoriteAndPlays() {
        Track known = tracks.add(aTrack().path("/up/known.mp3").title("Old Title").artists("Old Artist")
                .album("Old Album").fileSize(1).build());
        tracks.setFavorite(known.id(), true);
        plays.record(new PlayEvent(known.id(), Instant.parse("2025-02-02T00:00:00Z")));

        int changed = tracks.upsertAll(List.of(
                aTrack().path("/up/known.mp3").title("New Title").artists("New Artist").album("New Album")
                        .fileSize(2).duration(Duration.ofSeconds(99)).build(),
                aTrack().path("/up/new.mp3").title("Brand New").build()));

        assertThat(changed).isEqualTo(2);
        Track updated = tracks.findById(known.id()).orElseThrow();
        assertThat(updated.title()).isEqualTo("New Title");
        assertThat(updated.artists()).containsExactly("New Artist");
        assertThat(updated.album()).isEqualTo("New Album");
        assertThat(updated.fileSize()).isEqualTo(2);
        assertThat(updated.duration()).isEqualTo(Duration.ofSeconds(99));
        assertThat(updated.favorite()).isTrue();
        assertThat(updated.playCount()).isOne();
        assertThat(updated.lastPlayedAt()).isEqualTo(Instant.parse("2025-02-02T00:00:00Z"));
        assertThat(updated.addedAt()).isEqualTo(known.addedAt());
        assertThat(queryLong("SELECT COUNT(*) FROM tracks")).isEqualTo(2);
        assertThat(queryLong("SELECT COUNT(*) FROM artists WHERE name = 'Old Artist'")).isZero();
        assertThat(queryLong("SELECT COUNT(*) FROM albums WHERE title = 'Old Album'")).isZero();
        assertThat(tracks.search(new SearchQuery("old"), PageRequest.first(5)).items()).isEmpty();
        assertThat(tracks.search(new SearchQuery("new title"), PageRequest.first(5)).items()).containsExactly(known.id());
        assertCountersMatchRows();
    }

    @Test
    void upsertAll_ofUnchangedFiles_countsAndWritesNothing() {
        List<NewTrack> files = manyTracks(30, "u");
        tracks.upsertAll(files);
        Instant updatedAt = tracks.findById(tracks.findAll(PageRequest.first(1)).items().get(0)).orElseThrow().updatedAt();

        assertThat(tracks.upsertAll(files)).isZero();
        assertThat(tracks.findById(tracks.findAll(PageRequest.first(1)).items().get(0)).orElseThrow().updatedAt())
                .isEqualTo(updatedAt);
        assertThat(queryLong("SELECT COUNT(*) FROM tracks")).isEqualTo(30);
        assertCountersMatchRows();
    }

    @Test
    void upsertAll_withAPathTwice_keepsTheLastEntry() {
        assertThat(tracks.upsertAll(List.of(aTrack().path("/up/x.mp3").title("First").build(),
                aTrack().path("/up/x.mp3").title("Second").build()))).isOne();

        assertThat(tracks.findById(tracks.findAll(PageRequest.first(1)).items().get(0)).orElseThrow().title())
                .isEqualTo("Second");
    }
}
