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
import io.tonearm.domain.enrichment.Artwork;
import io.tonearm.domain.enrichment.FetchedCovers;
import io.tonearm.domain.port.Albums;
import io.tonearm.domain.port.Tracks;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Fetched covers through the real wiring, on the real MariaDB. */
class MyBatisFetchedCoversTest {
    private static final Instant T = Instant.parse("2026-12-07T10:00:00.123456Z");

    private static TestDatabase db;
    private static Injector injector;
    private static FetchedCovers covers;
    private static Tracks tracks;
    private Track track;

    @BeforeAll
    static void open() {
        db = TestDatabase.create();
        injector = Guice.createInjector(new PersistenceModule(db.settings()));
        covers = injector.getInstance(FetchedCovers.class);
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
    }

    @Test
    void aFetchedCover_givesTheAlbumAndItsTracksACover() {
        Albums albums = injector.getInstance(Albums.class);
        assertThat(tracks.findById(track.id()).orElseThrow().hasCover()).isFalse();
        assertThat(albums.findById(track.albumId()).orElseThrow().hasCover()).isFalse();

        covers.save(track.albumId(), new Artwork("image/jpeg", new byte[] {1, 2, 3}), T);

        assertThat(tracks.findById(track.id()).orElseThrow().hasCover()).isTrue();
        assertThat(albums.findById(track.albumId()).orElseThrow().hasCover()).isTrue();
    }

    @Test
    void aCover_isKeptWhole_withItsTime_andReplacedByANewerOne() {
        byte[] large = new byte[300_000];
        large[299_999] = 7;
        assertThat(covers.fetchedAt(track.albumId())).isEmpty();

        assertThat(covers.save(track.albumId(), new Artwork("image/jpeg", large), T)).isTrue();
        assertThat(covers.fetchedAt(track.albumId())).contains(T);
        assertThat(covers.find(track.albumId())).contains(new Artwork("image/jpeg", large));

        assertThat(covers.save(track.albumId(), new Artwork("image/png", new byte[] {1}), T.plusSeconds(1))).isTrue();
        assertThat(covers.find(track.albumId())).contains(new Artwork("image/png", new byte[] {1}));
        assertThat(covers.fetchedAt(track.albumId())).contains(T.plusSeconds(1));
    }

    @Test
    void anUnknownAlbum_keepsNothing_andARemovedAlbumTakesItsCover() {
        assertThat(covers.save(AlbumId.of(999_999), new Artwork("image/jpeg", new byte[] {1}), T)).isFalse();
        assertThat(covers.find(AlbumId.of(999_999))).isEmpty();
        covers.save(track.albumId(), new Artwork("image/jpeg", new byte[] {1}), T);

        tracks.delete(track.id()); // its album goes with its last track

        assertThat(covers.fetchedAt(track.albumId())).isEmpty();
    }
}
