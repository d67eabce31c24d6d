package io.tonearm.adapters.http;

import io.tonearm.application.Library;
import io.tonearm.application.ListenerLibrary;
import io.tonearm.application.Listeners;
import io.tonearm.domain.Album;
import io.tonearm.domain.AlbumId;
import io.tonearm.domain.Artist;
import io.tonearm.domain.ArtistId;
import io.tonearm.domain.ChartEntry;
import io.tonearm.domain.DuplicateTrackPathException;
import io.tonearm.domain.InvalidValueException;
import io.tonearm.domain.NewTrack;
import io.tonearm.domain.Page;
import io.tonearm.domain.PageRequest;
import io.tonearm.domain.ReplayGain;
import io.tonearm.domain.SearchQuery;
import io.tonearm.domain.TitleAndArtist;
import io.tonearm.domain.Track;
import io.tonearm.domain.TrackChanges;
import io.tonearm.domain.TrackId;
import io.tonearm.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A hand-written in-memory fake of the {@link Library} use cases (not of a database), as every listener sees it
 * (one set of favorites and plays, whoever asks: the real per-listener views are tested over the real use cases in
 * bootstrap): enough behaviour to drive every route, plus levers for the tests: the last page request seen, a failure to throw, a gate to hold reads.
 * Its cursor is {@code "after-<offset>"}, handed out whenever a following page exists.
 */
final class FakeLibrary implements ListenerLibrary {
    static final Instant ADDED_AT = Instant.parse("2024-01-02T03:04:05Z");

    private final Map<TrackId, Track> tracks = new LinkedHashMap<>();
    private final Map<String, ArtistId> artistIds = new LinkedHashMap<>();
    private final Map<String, AlbumId> albumIds = new LinkedHashMap<>();
    private final List<PlayAt> plays = new ArrayList<>();
    private long nextTrackId = 1;

    private volatile PageRequest lastPage;
    private volatile Duration lastChartWindow;
    private volatile Instant lastPlayedAt;
    private volatile RuntimeException failure;
    private volatile Gate gate;

    private record PlayAt(TrackId id, Instant at) {
    }

    /** Holds the next read of all tracks: {@code entered} opens when it arrives, it proceeds once {@code release} opens. */
    record Gate(CountDownLatch entered, CountDownLatch release) {
    }

    // ---- levers for the tests

    /** Forgets everything: the catalog, the plays, what was seen, the failure and the gate. */
    synchronized void reset() {
        tracks.clear();
        artistIds.clear();
        albumIds.clear();
        plays.clear();
        nextTrackId = 1;
        lastPage = null;
        lastChartWindow = null;
        lastPlayedAt = null;
        failure = null;
        gate = null;
    }

    PageRequest lastPage() {
        return lastPage;
    }

    Duration lastChartWindow() {
        return lastChartWindow;
    }

    Instant lastPlayedAt() {
        return lastPlayedAt;
    }

    /** Every following call throws this. */
    void failWith(RuntimeException e) {
        failure = e;
    }

    Gate holdNextAllTracksRead() {
        Gate created = new Gate(new CountDownLatch(1), new CountDownLatch(1));
        gate = created;
        return created;
    }

    /** Adds a track the plain way and returns it, for test setup. */
    synchronized Track add(String path, String title, String artist, String album) {
        return addTrack(newTrack(path, title, artist, album));
    }

    /** Adds a track whose directory holds a cover image, as a scan would have found. */
    synchronized Track addWithCover(String path, String title, String artist, String album) {
        return addTrack(newTrack(path, title, artist, album).withFolderImage(true));
    }

    /** Adds a track whose file is tagged with this ReplayGain, as a scan would have read it. */
    synchronized Track addWithReplayGain(String path, String title, String artist, String album, ReplayGain gain) {
        return addTrack(newTrack(path, title, artist, album).withReplayGain(gain));
    }

    private static NewTrack newTrack(String path, String title, String artist, String album) {
        return new NewTrack(path, title, List.of(artist), album, null, 1, 1, 2001, "Rock",
                Duration.ofMillis(215_500), 320, 44_100, "MP3", 5_000_000L, ADDED_AT, null);
    }

    /** @return the track with this stored path, if any */
    synchronized Optional<TrackId> trackAt(String path) {
        return tracks.values().stream().filter(track -> track.path().equals(path)).map(Track::id).findFirst();
    }

    // ---- tracks: reads

    @Override
    public synchronized Optional<Track> getTrack(TrackId id) {
        check();
        return Optional.ofNullable(tracks.get(id));
    }

    @Override
    public Page<Track> getAllTracks(PageRequest page) {
        Gate held = gate;
        if (held != null) {
            gate = null;
            held.entered().countDown();
            await(held.release());
        }
        synchronized (this) {
            return page(list(track -> true), page);
        }
    }

    @Override
    public synchronized Page<Track> searchTracks(SearchQuery query, PageRequest page) {
        return page(list(track -> query.terms().stream().allMatch(term -> matches(track, term))), page);
    }

    @Override
    public UserId listener() {
        return new UserId(1);
    }

    /** @return every listener's view: this library */
    Listeners listeners() {
        return listener -> this;
    }

    @Override
    public synchronized List<Track> getTracks(List<TrackId> ids) {
        return ids.stream().map(tracks::get).filter(Objects::nonNull).toList();
    }

    @Override
    public synchronized Page<ChartEntry> getOwnChart(Duration window, PageRequest page) {
        return getChart(window, page);
    }

    @Override
    public synchronized Page<Track> getFavoriteTracks(PageRequest page) {
        return page(list(Track::favorite), page);
    }

    @Override
    public synchronized Page<Track> getRecentTracks(PageRequest page) {
        List<Track> played = list(track -> track.lastPlayedAt() != null);
        played.sort(Comparator.comparing(Track::lastPlayedAt).reversed());
        return page(played, page);
    }

    @Override
    public synchronized Page<Track> getPopularTracks(PageRequest page) {
        List<Track> played = list(track -> track.playCount() > 0);
        played.sort(Comparator.comparingLong(Track::playCount).reversed());
        return page(played, page);
    }

    @Override
    public synchronized Page<ChartEntry> getChart(Duration window, PageRequest page) {
        check();
        if (window.compareTo(Duration.ofDays(1)) < 0 || window.compareTo(MAX_CHART_WINDOW) > 0) {
            throw new InvalidValueException("days", "days must be between 1 and " + MAX_CHART_WINDOW.toDays()
                    + " but was " + window.toDays());
        }
        lastChartWindow = window;
        Instant since = Instant.now().minus(window);
        Map<TrackId, Long> counts = new LinkedHashMap<>();
        plays.stream().filter(play -> play.at().isAfter(since)).forEach(play -> counts.merge(play.id(), 1L, Long::sum));
        List<ChartEntry> entries = new ArrayList<>();
        counts.forEach((id, count) -> entries.add(new ChartEntry(tracks.get(id), count)));
        entries.sort(Comparator.comparingLong(ChartEntry::plays).reversed());
        return page(entries, page);
    }

    @Override
    public synchronized Page<Track> getAlbumTracks(AlbumId album, PageRequest page) {
        return page(list(track -> album.equals(track.albumId())), page);
    }

    @Override
    public synchronized List<Track> findTracks(List<TitleAndArtist> wanted) {
        check();
        if (wanted.size() > MAX_LOOKUPS) {
            throw new InvalidValueException("tracks", "at most " + MAX_LOOKUPS + " lookups at once but got "
                    + wanted.size());
        }
        return list(track -> wanted.stream().anyMatch(pair -> pair.title().equalsIgnoreCase(track.title())
                && track.artists().stream().anyMatch(pair.artist()::equalsIgnoreCase)));
    }

    // ---- tracks: changes

    @Override
    public synchronized Track addTrack(NewTrack track) {
        check();
        if (tracks.values().stream().anyMatch(existing -> existing.path().equals(track.path()))) {
            throw new DuplicateTrackPathException(track.path());
        }
        TrackId id = TrackId.of(nextTrackId++);
        track.artists().forEach(this::artistId);
        artistId(track.effectiveAlbumArtist());
        AlbumId albumId = track.album() == null ? null
                : albumIds.computeIfAbsent(track.album() + "\u0000" + track.effectiveAlbumArtist(),
                        key -> AlbumId.of(albumIds.size() + 1));
        Track stored = new Track(id, track.path(), track.title(), track.artists(), albumId, track.album(),
                track.effectiveAlbumArtist(), track.trackNumber(), track.discNumber(), track.year(), track.genre(),
                track.duration(), track.bitrate(), track.sampleRate(), track.format(), track.fileSize(),
                track.fileModifiedAt(), track.musicBrainz(), false, 0, null, ADDED_AT, ADDED_AT,
                Boolean.TRUE.equals(track.embeddedPicture()) || Boolean.TRUE.equals(track.folderImage()),
                track.replayGain());
        tracks.put(id, stored);
        return stored;
    }

    @Override
    public synchronized int addTracks(List<NewTrack> newTracks) {
        check();
        if (newTracks.isEmpty() || newTracks.size() > MAX_BATCH) {
            throw new InvalidValueException("tracks", "tracks must hold 1 to " + MAX_BATCH + " tracks but held "
                    + newTracks.size());
        }
        Set<String> paths = new HashSet<>();
        for (NewTrack track : newTracks) {
            if (!paths.add(track.path()) || tracks.values().stream().anyMatch(t -> t.path().equals(track.path()))) {
                throw new DuplicateTrackPathException(track.path()); // all or nothing: nothing added yet
            }
        }
        newTracks.forEach(this::addTrack);
        return newTracks.size();
    }

    @Override
    public synchronized Optional<Track> updateTrack(TrackId id, TrackChanges changes) {
        check();
        Track t = tracks.get(id);
        if (t == null) {
            return Optional.empty();
        }
        Track changed = new Track(t.id(), t.path(), or(changes.title(), t.title()), or(changes.artists(), t.artists()),
                t.albumId(), or(changes.album(), t.album()), or(changes.albumArtist(), t.albumArtist()),
                or(changes.trackNumber(), t.trackNumber()), or(changes.discNumber(), t.discNumber()),
                or(changes.year(), t.year()), or(changes.genre(), t.genre()), t.duration(), t.bitrate(),
                t.sampleRate(), t.format(), t.fileSize(), t.fileModifiedAt(), t.musicBrainz(), t.favorite(),
                t.playCount(), t.lastPlayedAt(), t.addedAt(), changes.isEmpty() ? t.updatedAt() : Instant.now(),
                t.hasCover(), t.replayGain());
        tracks.put(id, changed);
        return Optional.of(changed);
    }

    @Override
    public synchronized boolean deleteTrack(TrackId id) {
        check();
        return tracks.remove(id) != null;
    }

    @Override
    public synchronized boolean setTrackFavorite(TrackId id, boolean favorite) {
        check();
        Track track = tracks.get(id);
        if (track == null) {
            return false;
        }
        tracks.put(id, track.withFavorite(favorite));
        return true;
    }

    @Override
    public synchronized Optional<Track> recordTrackPlay(TrackId id, Instant at) {
        check();
        lastPlayedAt = at;
        Track t = tracks.get(id);
        if (t == null) {
            return Optional.empty();
        }
        plays.add(new PlayAt(id, at));
        Instant last = t.lastPlayedAt() == null || at.isAfter(t.lastPlayedAt()) ? at : t.lastPlayedAt();
        Track played = new Track(t.id(), t.path(), t.title(), t.artists(), t.albumId(), t.album(), t.albumArtist(),
                t.trackNumber(), t.discNumber(), t.year(), t.genre(), t.duration(), t.bitrate(), t.sampleRate(),
                t.format(), t.fileSize(), t.fileModifiedAt(), t.musicBrainz(), t.favorite(), t.playCount() + 1,
                last, t.addedAt(), t.updatedAt(), t.hasCover(), t.replayGain());
        tracks.put(id, played);
        return Optional.of(played);
    }

    // ---- albums and artists

    @Override
    public synchronized Optional<Album> getAlbum(AlbumId id) {
        check();
        return albums().stream().filter(album -> album.id().equals(id)).findFirst();
    }

    @Override
    public synchronized Page<Album> getAllAlbums(PageRequest page) {
        return page(albums(), page);
    }

    @Override
    public synchronized Page<Album> searchAlbums(SearchQuery query, PageRequest page) {
        return page(albums().stream().filter(album -> query.terms().stream().allMatch(term ->
                contains(album.title(), term) || contains(album.artist(), term))).toList(), page);
    }

    @Override
    public synchronized Page<Album> getArtistAlbums(ArtistId artist, PageRequest page) {
        return page(albums().stream().filter(album -> album.artistId().equals(artist)).toList(), page);
    }

    @Override
    public synchronized Optional<Artist> getArtist(ArtistId id) {
        check();
        return artists().stream().filter(artist -> artist.id().equals(id)).findFirst();
    }

    @Override
    public synchronized Page<Artist> getAllArtists(PageRequest page) {
        return page(artists(), page);
    }

    @Override
    public synchronized Page<Artist> searchArtists(SearchQuery query, PageRequest page) {
        return page(artists().stream().filter(artist -> query.terms().stream()
                .allMatch(term -> contains(artist.name(), term))).toList(), page);
    }

    // ---- helpers

    private List<Album> albums() {
        List<Album> albums = new ArrayList<>();
        albumIds.forEach((key, id) -> {
            List<Track> on = list(track -> id.equals(track.albumId()));
            if (!on.isEmpty()) {
                Track first = on.get(0);
                albums.add(new Album(id, first.album(), artistId(first.albumArtist()), first.albumArtist(),
                        first.year(), on.size(), first.hasCover()));
            }
        });
        return albums;
    }

    private List<Artist> artists() {
        List<Artist> artists = new ArrayList<>();
        artistIds.forEach((name, id) -> artists.add(new Artist(id, name)));
        return artists;
    }

    private ArtistId artistId(String name) {
        return artistIds.computeIfAbsent(name, key -> ArtistId.of(artistIds.size() + 1));
    }

    private List<Track> list(Predicate<Track> filter) {
        return new ArrayList<>(tracks.values().stream().filter(filter).toList());
    }

    private <T> Page<T> page(List<T> all, PageRequest page) {
        check();
        lastPage = page;
        int from = page.after() != null && page.after().startsWith("after-")
                ? Integer.parseInt(page.after().substring("after-".length())) : page.offset();
        int to = Math.min(all.size(), from + page.limit());
        List<T> items = from >= all.size() ? List.of() : all.subList(from, to);
        return new Page<>(items, all.size(), page, to < all.size() ? "after-" + to : null);
    }

    private static boolean matches(Track track, String term) {
        return contains(track.title(), term) || contains(track.album(), term)
                || track.artists().stream().anyMatch(artist -> contains(artist, term));
    }

    private static boolean contains(String text, String term) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(term.toLowerCase(Locale.ROOT));
    }

    private static <T> T or(T changed, T current) {
        return changed != null ? changed : current;
    }

    private void check() {
        RuntimeException e = failure;
        if (e != null) {
            throw e;
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never released the held read");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
