package io.tonearm.application.scanning;

import io.tonearm.application.Library;
import io.tonearm.domain.Album;
import io.tonearm.domain.AlbumId;
import io.tonearm.domain.Artist;
import io.tonearm.domain.ArtistId;
import io.tonearm.domain.AudioFile;
import io.tonearm.domain.ChartEntry;
import io.tonearm.domain.NewTrack;
import io.tonearm.domain.Page;
import io.tonearm.domain.PageRequest;
import io.tonearm.domain.SearchQuery;
import io.tonearm.domain.TitleAndArtist;
import io.tonearm.domain.Track;
import io.tonearm.domain.TrackChanges;
import io.tonearm.domain.TrackId;
import io.tonearm.domain.port.AudioFiles;
import io.tonearm.domain.port.TrackFiles;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The library with tag write-back: {@link #updateTrack} writes the changed fields into the track's file
 * before changing the catalog. Everything else is the wrapped library's.
 */
final class WriteBackLibrary implements Library {
    private final Library delegate;
    private final AudioFiles files;
    private final TrackFiles trackFiles;

    WriteBackLibrary(Library delegate, AudioFiles files, TrackFiles trackFiles) {
        this.delegate = delegate;
        this.files = files;
        this.trackFiles = trackFiles;
    }

    /**
     * Writes the file first (atomically: on failure it is unchanged and the catalog is not touched), then
     * records its new size and time and the new tags, the tags last so that their invalidation also drops any
     * cached copy of the track with the old file facts. Should the tag change fail, the old file facts are put
     * back: the catalog then sees the file as changed and the next scan reads the new tags from it.
     */
    @Override
    public Optional<Track> updateTrack(TrackId id, TrackChanges changes) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(changes, "changes");
        if (changes.isEmpty()) {
            return delegate.updateTrack(id, changes);
        }
        Optional<Track> before = delegate.getTrack(id);
        if (before.isEmpty()) {
            return Optional.empty();
        }
        AudioFile written = files.writeTags(before.get().path(), changes);
        trackFiles.setFileFacts(id, written.size(), written.modifiedAt());
        try {
            return delegate.updateTrack(id, changes);
        } catch (RuntimeException e) {
            try {
                trackFiles.setFileFacts(id, before.get().fileSize(), before.get().fileModifiedAt());
            } catch (RuntimeException restoreFailure) {
                e.addSuppressed(restoreFailure);
            }
            throw e;
        }
    }

    @Override
    public Optional<Track> getTrack(TrackId id) {
        return delegate.getTrack(id);
    }

    @Override
    public Page<Track> getAllTracks(PageRequest page) {
        return delegate.getAllTracks(page);
    }

    @Override
    public Page<Track> searchTracks(SearchQuery query, PageRequest page) {
        return delegate.searchTracks(query, page);
    }

    @Override
    public List<Track> getTracks(List<TrackId> ids) {
        return delegate.getTracks(ids);
    }

    @Override
    public Page<ChartEntry> getChart(Duration window, PageRequest page) {
        return delegate.getChart(window, page);
    }

    @Override
    public Page<Track> getAlbumTracks(AlbumId album, PageRequest page) {
        return delegate.getAlbumTracks(album, page);
    }

    @Override
    public List<Track> findTracks(List<TitleAndArtist> wanted) {
        return delegate.findTracks(wanted);
    }

    @Override
    public Track addTrack(NewTrack track) {
        return delegate.addTrack(track);
    }

    @Override
    public int addTracks(List<NewTrack> tracks) {
        return delegate.addTracks(tracks);
    }

    @Override
    public boolean deleteTrack(TrackId id) {
        return delegate.deleteTrack(id);
    }

    @Override
    public Optional<Album> getAlbum(AlbumId id) {
        return delegate.getAlbum(id);
    }

    @Override
    public Page<Album> getAllAlbums(PageRequest page) {
        return delegate.getAllAlbums(page);
    }

    @Override
    public Page<Album> searchAlbums(SearchQuery query, PageRequest page) {
        return delegate.searchAlbums(query, page);
    }

    @Override
    public Page<Album> getArtistAlbums(ArtistId artist, PageRequest page) {
        return delegate.getArtistAlbums(artist, page);
    }

    @Override
    public Optional<Artist> getArtist(ArtistId id) {
        return delegate.getArtist(id);
    }

    @Override
    public Page<Artist> getAllArtists(PageRequest page) {
        return delegate.getAllArtists(page);
    }

    @Override
    public Page<Artist> searchArtists(SearchQuery query, PageRequest page) {
        return delegate.searchArtists(query, page);
    }
}
