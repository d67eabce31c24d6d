package io.tonearm.adapters.persistence;

import static io.tonearm.adapters.persistence.testing.NewTrackBuilder.aTrack;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tonearm.domain.AlbumId;
import io.tonearm.domain.ArtistId;
import io.tonearm.domain.CatalogAnnotation;
import io.tonearm.domain.InvalidValueException;
import io.tonearm.domain.PageRequest;
import io.tonearm.domain.Track;
import io.tonearm.domain.TrackAnnotation;
import io.tonearm.domain.user.UserId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each user's stars and ratings of albums and artists, and their ratings of tracks, on the real MariaDB. */
class MyBatisAlbumArtistAnnotationsTest extends DatabaseTest {
    private static final Instant T = Instant.parse("2026-12-07T12:00:00Z");

    private MyBatisAlbumArtistAnnotations annotations;
    private MyBatisTrackAnnotations trackAnnotations;
    private UserId ann;
    private UserId bob;

    @BeforeAll
    void openAnnotations() {
        annotations = new MyBatisAlbumArtistAnnotations(Database.sessionFactory(pool));
        trackAnnotations = new MyBatisTrackAnnotations(Database.sessionFactory(pool));
    }

    @BeforeEach
    void twoUsers() {
        execute("DELETE FROM users");
        ann = addUser("ann");
        bob = addUser("bob");
    }

    @Test
    void aStarOfAnAlbumOrArtist_isTheUsersOwn_keepsItsFirstTime_andAnUnstarLeavesNoRow() {
        Track track = tracks.add(aTrack().album("Kind of Blue").albumArtist("Miles Davis").build());
        AlbumId album = track.albumId();
        ArtistId artist = albums.findById(album).orElseThrow().artistId();

        assertThat(annotations.starAlbum(ann, album, true, T)).isTrue();
        assertThat(annotations.starAlbum(ann, album, true, T.plusSeconds(9))).isTrue();
        assertThat(annotations.starArtist(ann, artist, true, T.plusSeconds(1))).isTrue();

        assertThat(annotations.findAlbums(ann, List.of(album))).containsExactly(
                Map.entry(album, new CatalogAnnotation(T, 0)));
        assertThat(annotations.findArtists(ann, List.of(artist))).containsExactly(
                Map.entry(artist, new CatalogAnnotation(T.plusSeconds(1), 0)));
        assertThat(annotations.findAlbums(bob, List.of(album))).as("nobody else's").isEmpty();
        assertThat(annotations.findStarredAlbums(ann, PageRequest.first(10)).items()).containsExactly(album);
        assertThat(annotations.findStarredArtists(ann, PageRequest.first(10)).items()).containsExactly(artist);
        assertThat(annotations.findStarredArtists(bob, PageRequest.first(10)).total()).isZero();

        annotations.starAlbum(ann, album, false, T);
        annotations.starArtist(ann, artist, false, T);
        assertThat(annotations.findAlbums(ann, List.of(album))).isEmpty();
        assertThat(queryLong("SELECT COUNT(*) FROM album_annotations")).isZero();
        assertThat(queryLong("SELECT COUNT(*) FROM artist_annotations")).isZero();
    }

    @Test
    void starredLists_goFromTheLatestStar_withTheUsersTotal() {
        AlbumId first = tracks.add(aTrack().album("One").build()).albumId();
        AlbumId second = tracks.add(aTrack().album("Two").build()).albumId();
        AlbumId third = tracks.add(aTrack().album("Three").build()).albumId();
        annotations.starAlbum(ann, second, true, T);
        annotations.starAlbum(ann, first, true, T.plusSeconds(5));
        annotations.starAlbum(ann, third, true, T.plusSeconds(2));

        var page = annotations.findStarredAlbums(ann, PageRequest.first(2));
        assertThat(page.items()).containsExactly(first, third);
        assertThat(page.total()).isEqualTo(3);
        assertThat(annotations.findStarredAlbums(ann, PageRequest.of(2, 2)).items())
                .containsExactly(second);
    }

    @Test
    void ratings_areKeptBesideStars_clearedByZero_andTheRatedListGoesHighestFirstTiesByTitle() {
        AlbumId b = tracks.add(aTrack().album("B side").build()).albumId();
        AlbumId a = tracks.add(aTrack().album("A side").build()).albumId();
        AlbumId c = tracks.add(aTrack().album("C side").build()).albumId();
        annotations.rateAlbum(ann, b, 4);
        annotations.rateAlbum(ann, a, 4);
        annotations.rateAlbum(ann, c, 5);
        annotations.starAlbum(ann, c, true, T);
        annotations.rateAlbum(bob, a, 1);

        assertThat(annotations.findRatedAlbums(ann, PageRequest.first(10)).items()).containsExactly(c, a, b);
        assertThat(annotations.findAlbums(ann, List.of(c))).containsEntry(c, new CatalogAnnotation(T, 5));

        annotations.rateAlbum(ann, c, 0);
        annotations.rateAlbum(ann, a, 0);
        assertThat(annotations.findAlbums(ann, List.of(a, c))).as("a's row went, c stays starred")
                .containsExactly(Map.entry(c, new CatalogAnnotation(T, 0)));
        assertThat(annotations.findRatedAlbums(ann, PageRequest.first(10)).items()).containsExactly(b);
        assertThatThrownBy(() -> annotations.rateAlbum(ann, a, 6)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void anArtistRating_andATrackRating_areKeptPerUser() {
        Track track = tracks.add(aTrack().build());
        ArtistId artist = albums.findById(track.albumId()).orElseThrow().artistId();

        assertThat(annotations.rateArtist(ann, artist, 2)).isTrue();
        assertThat(trackAnnotations.setRating(ann, track.id(), 3)).isTrue();

        assertThat(annotations.findArtists(ann, List.of(artist))).containsEntry(artist, new CatalogAnnotation(null, 2));
        assertThat(trackAnnotations.findByIds(ann, List.of(track.id())))
                .containsEntry(track.id(), new TrackAnnotation(false, null, 0, null, 3));
        assertThat(trackAnnotations.findByIds(bob, List.of(track.id()))).isEmpty();

        trackAnnotations.setRating(ann, track.id(), 0);
        annotations.rateArtist(ann, artist, 0);
        assertThat(queryLong("SELECT COUNT(*) FROM track_annotations")).isZero();
        assertThat(queryLong("SELECT COUNT(*) FROM artist_annotations")).isZero();
    }

    @Test
    void unknownAlbumsArtistsAndTracks_areFalse_andWriteNothing() {
        assertThat(annotations.starAlbum(ann, AlbumId.of(987_654), true, T)).isFalse();
        assertThat(annotations.starArtist(ann, ArtistId.of(987_654), true, T)).isFalse();
        assertThat(annotations.rateAlbum(ann, AlbumId.of(987_654), 3)).isFalse();
        assertThat(annotations.rateArtist(ann, ArtistId.of(987_654), 3)).isFalse();
        assertThat(trackAnnotations.setRating(ann, io.tonearm.domain.TrackId.of(987_654), 3)).isFalse();
        assertThat(queryLong("SELECT COUNT(*) FROM album_annotations")
                + queryLong("SELECT COUNT(*) FROM artist_annotations")
                + queryLong("SELECT COUNT(*) FROM track_annotations")).isZero();
        assertThat(annotations.findAlbums(ann, List.of())).isEmpty();
    }

    @Test
    void removingAUserOrAnAlbumAndArtist_removesTheirAnnotations() {
        Track kept = tracks.add(aTrack().album("Kept").albumArtist("Stays").build());
        Track gone = tracks.add(aTrack().album("Gone").albumArtist("Goes").build());
        AlbumId keptAlbum = kept.albumId();
        AlbumId goneAlbum = gone.albumId();
        ArtistId goneArtist = albums.findById(goneAlbum).orElseThrow().artistId();
        annotations.starAlbum(ann, keptAlbum, true, T);
        annotations.starAlbum(bob, keptAlbum, true, T);
        annotations.starAlbum(ann, goneAlbum, true, T);
        annotations.rateArtist(ann, goneArtist, 5);

        tracks.delete(gone.id());
        assertThat(queryLong("SELECT COUNT(*) FROM album_annotations WHERE album_id = " + goneAlbum.value())).isZero();
        assertThat(queryLong("SELECT COUNT(*) FROM artist_annotations")).isZero();

        execute("DELETE FROM users WHERE id = " + bob.value());
        assertThat(queryLong("SELECT COUNT(*) FROM album_annotations")).as("only ann's star of kept").isOne();
    }

    private UserId addUser(String name) {
        try (Connection connection = pool.getConnection(); PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO users (name, password_hash, created_at) VALUES (?, 'x', NOW(6))",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, name);
            insert.executeUpdate();
            connection.commit();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return UserId.of(keys.getLong(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void execute(String sql) {
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
