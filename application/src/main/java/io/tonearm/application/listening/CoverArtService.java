package io.tonearm.application.listening;

import io.tonearm.application.Library;
import io.tonearm.domain.AlbumId;
import io.tonearm.domain.InvalidValueException;
import io.tonearm.domain.PageRequest;
import io.tonearm.domain.Track;
import io.tonearm.domain.TrackId;
import io.tonearm.domain.enrichment.FetchedCovers;
import io.tonearm.domain.media.Artwork;
import io.tonearm.domain.media.CoverFile;
import io.tonearm.domain.media.MediaFiles;
import io.tonearm.domain.media.UnusableCoverException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.util.Objects;
import java.util.Optional;

/** Finds the track (or the album's first track) through the catalog, then its cover through the artwork port. */
final class CoverArtService implements CoverArt {
    private static final PageRequest FIRST_TRACK = new PageRequest(0, 1, null);

    private final Library library;
    private final Artwork artwork;
    private final MediaFiles files;
    private final FetchedCovers fetched;

    CoverArtService(Library library, Artwork artwork, MediaFiles files, FetchedCovers fetched) {
        this.library = library;
        this.artwork = artwork;
        this.files = files;
        this.fetched = fetched;
    }

    @Override
    public Optional<CoverFile> findTrackCover(TrackId id, int size) {
        Objects.requireNonNull(id, "id");
        check(size);
        Optional<Track> track = library.getTrack(id);
        if (track.isEmpty()) {
            return Optional.empty();
        }
        Optional<CoverFile> own = artwork.findCover(track.get().path(), size);
        return own.isPresent() || track.get().albumId() == null ? own : fetchedCover(track.get().albumId(), size);
    }

    @Override
    public Optional<CoverFile> findAlbumCover(AlbumId id, int size) {
        Objects.requireNonNull(id, "id");
        check(size);
        Optional<CoverFile> own = ownCover(id, size);
        return own.isPresent() ? own : fetchedCover(id, size);
    }

    @Override
    public Optional<CoverFile> findOwnAlbumCover(AlbumId id) {
        Objects.requireNonNull(id, "id");
        return ownCover(id, ORIGINAL);
    }

    private Optional<CoverFile> ownCover(AlbumId id, int size) {
        return library.getAlbumTracks(id, FIRST_TRACK).items().stream().findFirst().map(Track::path)
                .flatMap(path -> artwork.findCover(path, size));
    }

    /** The fetched cover, kept scaled under its album and version (a newer fetch is a new entry). */
    private Optional<CoverFile> fetchedCover(AlbumId id, int size) {
        return fetched.fetchedAt(id).flatMap(at -> artwork.findCover("album-" + id.value() + "@" + at.toEpochMilli(),
                () -> fetched.find(id).map(io.tonearm.domain.enrichment.Artwork::bytes), size));
    }

    @Override
    public FileChannel openCover(CoverFile cover) {
        Objects.requireNonNull(cover, "cover");
        try {
            return files.open(cover.path());
        } catch (IOException e) {
            throw new UnusableCoverException("the kept image " + cover.path() + " cannot be opened: " + e.getMessage());
        }
    }

    private static void check(int size) {
        if (size != ORIGINAL && (size < MIN_SIZE || size > MAX_SIZE)) {
            throw new InvalidValueException("size", "size must be " + MIN_SIZE + " to " + MAX_SIZE
                    + " (or absent for the original) but was " + size);
        }
    }
}
