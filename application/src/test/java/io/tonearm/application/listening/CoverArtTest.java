package io.tonearm.application.listening;

import static io.tonearm.application.fakes.NewTrackBuilder.aTrack;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tonearm.application.Library;
import io.tonearm.application.fakes.InMemoryArtwork;
import io.tonearm.application.fakes.InMemoryCatalog;
import io.tonearm.application.fakes.InMemoryFetchedCovers;
import io.tonearm.application.fakes.InMemoryMediaFiles;
import io.tonearm.application.fakes.InMemoryQueryCache;
import io.tonearm.application.fakes.TestClock;
import io.tonearm.domain.AlbumId;
import io.tonearm.domain.InvalidValueException;
import io.tonearm.domain.Track;
import io.tonearm.domain.TrackId;
import io.tonearm.domain.enrichment.Artwork;
import io.tonearm.domain.media.CoverFile;
import io.tonearm.domain.media.UnusableCoverException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Covers are reached by catalog id; an album's is its first track's; sizes are checked before anything is read. */
class CoverArtTest {
    private final TestClock clock = TestClock.standing();
    private final InMemoryCatalog catalog = new InMemoryCatalog(clock);
    private final Library library = Library.create(catalog, catalog.albums(), catalog.artists(), catalog,
            new InMemoryQueryCache(), clock);
    private final InMemoryArtwork artwork = new InMemoryArtwork();
    private final InMemoryMediaFiles files = new InMemoryMediaFiles();
    private final CoverArt covers = CoverArt.create(library, artwork, files);

    @Test
    void anAlbumWithoutACoverOfItsOwn_andItsTracks_getTheFetchedCover_readOnceForEachSize() {
        InMemoryFetchedCovers fetched = new InMemoryFetchedCovers();
        CoverArt withFetched = CoverArt.create(library, artwork, files, fetched);
        Track track = catalog.add(aTrack().path("/m/bare/1.flac").album("Bare").build());
        Instant at = Instant.parse("2026-12-07T12:00:00Z");
        fetched.save(track.albumId(), new Artwork("image/jpeg", new byte[] {1, 2, 3}), at);
        String source = "album-" + track.albumId().value() + "@" + at.toEpochMilli();

        assertThat(withFetched.findAlbumCover(track.albumId(), 300)).map(CoverFile::path)
                .contains(source + "@300.jpg");
        assertThat(withFetched.findAlbumCover(track.albumId(), 300)).map(CoverFile::size).contains(3L);
        assertThat(withFetched.findTrackCover(track.id(), 300)).map(CoverFile::path).contains(source + "@300.jpg");
        assertThat(fetched.imageReads()).as("kept after the first read").isEqualTo(1);
        assertThat(withFetched.findOwnAlbumCover(track.albumId())).as("not the album's own").isEmpty();
        assertThat(covers.findAlbumCover(track.albumId(), 300)).as("without fetched covers").isEmpty();
    }

    @Test
    void anAlbumsOwnCover_winsOverAFetchedOne() {
        InMemoryFetchedCovers fetched = new InMemoryFetchedCovers();
        CoverArt withFetched = CoverArt.create(library, artwork, files, fetched);
        Track track = catalog.add(aTrack().path("/m/own/1.flac").album("Own").build());
        artwork.cover("/m/own/1.flac");
        fetched.save(track.albumId(), new Artwork("image/jpeg", new byte[] {1}), Instant.EPOCH);

        assertThat(withFetched.findAlbumCover(track.albumId(), 64)).map(CoverFile::path).contains("/m/own/1.flac@64.jpg");
        assertThat(withFetched.findTrackCover(track.id(), 64)).map(CoverFile::path).contains("/m/own/1.flac@64.jpg");
        assertThat(withFetched.findOwnAlbumCover(track.albumId())).map(CoverFile::path).contains("/m/own/1.flac@0.jpg");
        assertThat(fetched.imageReads()).isZero();
    }

    @Test
    void aTrackWithACover_givesIt_atTheAskedSize() {
        Track track = catalog.add(aTrack().path("/m/a.flac").build());
        artwork.cover("/m/a.flac");

        assertThat(covers.findTrackCover(track.id(), 300)).map(CoverFile::path).contains("/m/a.flac@300.jpg");
        assertThat(covers.findTrackCover(track.id(), CoverArt.ORIGINAL)).map(CoverFile::path)
                .contains("/m/a.flac@0.jpg");
    }

    @Test
    void aTrackWithoutCover_orAnUnknownTrack_givesNothing() {
        Track track = catalog.add(aTrack().path("/m/none.flac").build());

        assertThat(covers.findTrackCover(track.id(), 0)).isEmpty();
        assertThat(covers.findTrackCover(TrackId.of(999), 0)).isEmpty();
        assertThat(artwork.asked()).containsExactly("/m/none.flac@0");
    }

    @Test
    void anAlbumsCover_isItsFirstTracks() {
        Track first = catalog.add(aTrack().path("/m/al/1.flac").album("Al").number(1, 1).build());
        catalog.add(aTrack().path("/m/al/2.flac").album("Al").number(1, 2).build());
        artwork.cover("/m/al/1.flac");

        assertThat(covers.findAlbumCover(first.albumId(), 64)).map(CoverFile::path).contains("/m/al/1.flac@64.jpg");
        assertThat(covers.findAlbumCover(AlbumId.of(999), 64)).isEmpty();
    }

    @Test
    void sizesOutOfRange_areRefusedNamingSize_beforeAnyLookup() {
        Track track = catalog.add(aTrack().path("/m/s.flac").build());

        for (int size : new int[] {15, 2049, -1, 1}) {
            assertThatThrownBy(() -> covers.findTrackCover(track.id(), size)).as("size " + size)
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("size"))
                    .hasMessage("size must be 16 to 2048 (or absent for the original) but was " + size);
            assertThatThrownBy(() -> covers.findAlbumCover(AlbumId.of(1), size))
                    .isInstanceOf(InvalidValueException.class);
        }
        assertThat(covers.findTrackCover(track.id(), 16)).isEmpty();
        assertThat(covers.findTrackCover(track.id(), 2048)).isEmpty();
        assertThat(artwork.asked()).containsExactly("/m/s.flac@16", "/m/s.flac@2048");
    }

    @Test
    void anUnusableCover_isReported() {
        Track track = catalog.add(aTrack().path("/m/bad.flac").build());
        artwork.unusable("/m/bad.flac");

        assertThatThrownBy(() -> covers.findTrackCover(track.id(), 0)).isInstanceOf(UnusableCoverException.class);
    }

    @Test
    void aKeptCover_opens_andAVanishedOneIsUnusable() throws IOException {
        CoverFile kept = new CoverFile("/cache/k.jpg", "image/jpeg", 10, Instant.EPOCH);
        files.put("/cache/k.jpg", 10, Instant.EPOCH);

        try (FileChannel channel = covers.openCover(kept)) {
            assertThat(channel.size()).isEqualTo(10);
        }
        files.remove("/cache/k.jpg");
        assertThatThrownBy(() -> covers.openCover(kept)).isInstanceOf(UnusableCoverException.class)
                .hasMessageStartingWith("no usable cover: the kept image /cache/k.jpg cannot be opened");
    }

    @Test
    void creating_needsBothPorts_andLookupsAnId() {
        assertThatThrownBy(() -> CoverArt.create(null, artwork, files)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> CoverArt.create(library, null, files)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> CoverArt.create(library, artwork, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> CoverArt.create(library, artwork, files, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> covers.findOwnAlbumCover(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> covers.openCover(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> covers.findTrackCover(null, 0)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> covers.findAlbumCover(null, 0)).isInstanceOf(NullPointerException.class);
    }
}
