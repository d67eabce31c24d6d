package io.tonearm.application.fakes;

import io.tonearm.domain.Album;
import io.tonearm.domain.AlbumId;
import io.tonearm.domain.Artist;
import io.tonearm.domain.ArtistId;
import io.tonearm.domain.DuplicateTrackPathException;
import io.tonearm.domain.KnownFile;
import io.tonearm.domain.NewTrack;
import io.tonearm.domain.Page;
import io.tonearm.domain.PageRequest;
import io.tonearm.domain.PlayEvent;
import io.tonearm.domain.SearchQuery;
import io.tonearm.domain.TitleAndArtist;
import io.tonearm.domain.Track;
import io.tonearm.domain.TrackAnnotation;
import io.tonearm.domain.TrackChanges;
import io.tonearm.domain.TrackId;
import io.tonearm.domain.TrackPlays;
import io.tonearm.domain.port.Albums;
import io.tonearm.domain.port.Artists;
import io.tonearm.domain.port.PlayHistory;
import io.tonearm.domain.port.TrackFiles;
import io.tonearm.domain.port.Tracks;
import io.tonearm.domain.user.UserId;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The catalog's ports in memory, with the rules the MariaDB adapter keeps: paths are unique, albums are keyed by
 * album artist and title and exist while a track is on them, artists exist while a track or album names them (a
 * removed one that comes back gets a new id), an album's year is its tracks' earliest, names compare ignoring
 * case. Not modelled: accent folding and the album artist a scan derives from a folder. Writes can be made to
 * fail, to test what the use cases do when the store refuses.
 */
public final class InMemoryCatalog implements Tracks, PlayHistory, TrackFiles {
    private final Clock clock;
    private final TreeMap<Long, Track> tracks = new TreeMap<>();
    private final List<PlayEvent> plays = new ArrayList<>();
    private final InMemoryTrackAnnotations annotations = new InMemoryTrackAnnotations(this);
    private final Map<String, Long> artistIds = new HashMap<>();
    private final Map<Long, String> artistNames = new HashMap<>();
    private final Map<String, Long> albumIds = new HashMap<>();
    private final Map<Long, String> albumTitles = new HashMap<>();
    /** The tracks whose directory holds a cover image, as the scans said. */
    private final Set<Long> folderImages = new HashSet<>();
    private long lastTrackId;
    private long lastArtistId;
    private long lastAlbumId;
    private Predicate<String> refusedPaths = path -> false;
    private RuntimeException nextFailure;
    private RuntimeException nextListFailure;
    private Predicate<String> refusedMoves = path -> false;

    public InMemoryCatalog(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    // ---- failures, for tests

    /** Every later write of a track whose path matches fails (a batch holding one fails whole). */
    public synchronized InMemoryCatalog refusingPaths(Predicate<String> paths) {
        this.refusedPaths = paths;
        return this;
    }

    /** The next write of tracks (add, addAll, upsertAll, update, delete, deleteAll) throws {@code failure}. */
    public synchronized InMemoryCatalog failingNextWrite(RuntimeException failure) {
        this.nextFailure = failure;
        return this;
    }

    /** The next listing of files (findUnder) throws {@code failure}. */
    public synchronized InMemoryCatalog failingNextList(RuntimeException failure) {
        this.nextListFailure = failure;
        return this;
    }

    /** Every later move of a track to a path that matches fails. */
    public synchronized InMemoryCatalog refusingMovesTo(Predicate<String> paths) {
        this.refusedMoves = paths;
        return this;
    }

    /** @return every stored track, by id */
    public synchronized List<Track> all() {
        return List.copyOf(tracks.values());
    }

    /** @return the track stored at {@code path}, if any */
    public synchronized Optional<Track> atPath(String path) {
        return tracks.values().stream().filter(track -> track.path().equals(path)).findFirst();
    }

    // ---- Tracks

    @Override
    public synchronized Optional<Track> findById(TrackId id) {
        return Optional.ofNullable(tracks.get(id.value()));
    }

    @Override
    public synchronized List<Track> findByIds(Collection<TrackId> ids) {
        return ids.stream().distinct().map(id -> tracks.get(id.value())).filter(Objects::nonNull).toList();
    }

    @Override
    public synchronized Page<TrackId> findAll(PageRequest page) {
        return page(tracks.values().stream(), page);
    }

    @Override
    public synchronized Page<TrackId> search(SearchQuery query, PageRequest page) {
        List<String> terms = query.terms().stream().map(InMemoryCatalog::fold).toList();
        return page(tracks.values().stream().filter(track -> terms.stream().allMatch(term -> words(track).stream()
                .anyMatch(word -> word.startsWith(term)))), page);
    }

    @Override
    public synchronized Page<TrackId> findFavorites(PageRequest page) {
        return page(tracks.values().stream().filter(Track::favorite), page);
    }

    @Override
    public synchronized Page<TrackId> findRecentlyPlayed(PageRequest page) {
        return page(tracks.values().stream().filter(track -> track.lastPlayedAt() != null)
                .sorted(Comparator.comparing(Track::lastPlayedAt).reversed()
                        .thenComparing(track -> track.id().value())), page);
    }

    @Override
    public synchronized Page<TrackId> findMostPlayed(PageRequest page) {
        return page(tracks.values().stream().filter(track -> track.playCount() > 0)
                .sorted(Comparator.comparingLong(Track::playCount).reversed()
                        .thenComparing(track -> track.id().value())), page);
    }

    @Override
    public synchronized Page<TrackId> findByAlbum(AlbumId album, PageRequest page) {
        return page(tracks.values().stream().filter(track -> album.equals(track.albumId()))
                .sorted(Comparator.comparing(Track::discNumber, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(Track::trackNumber, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(track -> track.id().value())), page);
    }

    @Override
    public synchronized List<TrackId> findByTitleAndArtist(Collection<TitleAndArtist> wanted) {
        return tracks.values().stream().filter(track -> wanted.stream().anyMatch(pair ->
                        fold(pair.title()).equals(fold(track.title()))
                                && track.artists().stream().anyMatch(artist -> fold(artist).equals(fold(pair.artist())))))
                .map(Track::id).toList();
    }

    @Override
    public synchronized Track add(NewTrack track) {
        write(List.of(track));
        if (atPath(track.path()).isPresent()) {
            throw new DuplicateTrackPathException(track.path());
        }
        return insert(track);
    }

    @Override
    public synchronized int addAll(List<NewTrack> newTracks) {
        write(newTracks);
        Set<String> paths = new HashSet<>();
        for (NewTrack track : newTracks) {
            if (!paths.add(track.path()) || atPath(track.path()).isPresent()) {
                throw new DuplicateTrackPathException(track.path());
            }
        }
        newTracks.forEach(this::insert);
        return newTracks.size();
    }

    @Override
    public synchronized int upsertAll(List<NewTrack> newTracks) {
        write(newTracks);
        int changed = 0;
        for (NewTrack track : newTracks) {
            Optional<Track> old = atPath(track.path());
            if (old.isEmpty()) {
                insert(track);
                changed++;
            } else {
                Track replaced = stored(old.get(), track, old.get().favorite(), old.get().playCount(),
                        old.get().lastPlayedAt());
                if (!sameFacts(old.get(), replaced)) {
                    tracks.put(replaced.id().value(), replaced);
                    changed++;
                }
            }
        }
        removeOrphans();
        return changed;
    }

    @Override
    public synchronized Optional<Track> update(TrackId id, TrackChanges changes) {
        Track old = tracks.get(id.value());
        if (old == null) {
            return Optional.empty();
        }
        NewTrack merged = new NewTrack(old.path(), or(changes.title(), old.title()), or(changes.artists(), old.artists()),
                or(changes.album(), old.album()), or(changes.albumArtist(), old.albumArtist()),
                or(changes.trackNumber(), old.trackNumber()), or(changes.discNumber(), old.discNumber()),
                or(changes.year(), old.year()), or(changes.genre(), old.genre()), old.duration(), old.bitrate(),
                old.sampleRate(), old.format(), old.fileSize(), old.fileModifiedAt(), old.musicBrainz(), null, null,
                old.replayGain());
        write(List.of(merged));
        Track updated = stored(old, merged, old.favorite(), old.playCount(), old.lastPlayedAt());
        tracks.put(id.value(), updated);
        removeOrphans();
        return Optional.of(updated);
    }

    @Override
    public synchronized boolean delete(TrackId id) {
        return deleteAll(List.of(id)) > 0;
    }

    @Override
    public synchronized int deleteAll(Collection<TrackId> ids) {
        write(ids.stream().map(id -> tracks.get(id.value())).filter(Objects::nonNull).map(InMemoryCatalog::asNew).toList());
        int deleted = 0;
        for (TrackId id : ids) {
            if (tracks.remove(id.value()) != null) {
                deleted++;
                plays.removeIf(play -> play.trackId().equals(id));
                annotations.forget(id);
            }
        }
        removeOrphans();
        return deleted;
    }

    @Override
    public synchronized boolean setFavorite(TrackId id, boolean favorite) {
        Track track = tracks.get(id.value());
        if (track == null) {
            return false;
        }
        tracks.put(id.value(), track.withFavorite(favorite));
        return true;
    }

    // ---- PlayHistory

    @Override
    public synchronized Optional<Track> record(PlayEvent play) {
        Track track = tracks.get(play.trackId().value());
        if (track == null) {
            return Optional.empty();
        }
        plays.add(play);
        Instant last = track.lastPlayedAt() == null || play.playedAt().isAfter(track.lastPlayedAt())
                ? play.playedAt() : track.lastPlayedAt();
        Track played = copy(track, track.path(), track.fileSize(), track.fileModifiedAt(), track.playCount() + 1, last);
        tracks.put(played.id().value(), played);
        return Optional.of(played);
    }

    @Override
    public synchronized Optional<TrackAnnotation> record(UserId user, PlayEvent play) {
        if (!tracks.containsKey(play.trackId().value())) {
            return Optional.empty();
        }
        plays.add(play);
        return Optional.of(annotations.play(user, play));
    }

    @Override
    public synchronized Page<TrackPlays> chart(UserId user, Instant since, PageRequest page) {
        return annotations.chart(user, since, page);
    }

    /** @return every user's annotations of this catalog's tracks (the {@code TrackAnnotations} port) */
    public InMemoryTrackAnnotations annotations() {
        return annotations;
    }

    @Override
    public synchronized Page<TrackPlays> chart(Instant since, PageRequest page) {
        Map<TrackId, Long> counts = new LinkedHashMap<>();
        plays.stream().filter(play -> !play.playedAt().isBefore(since))
                .forEach(play -> counts.merge(play.trackId(), 1L, Long::sum));
        List<TrackPlays> lines = counts.entrySet().stream().map(e -> new TrackPlays(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingLong(TrackPlays::plays).reversed()
                        .thenComparing(line -> line.trackId().value()))
                .toList();
        return slice(lines, page);
    }

    // ---- Albums and Artists: views, as their methods share names with the tracks'

    /** @return the albums of this catalog */
    public Albums albums() {
        return albums;
    }

    /** @return the artists of this catalog */
    public Artists artists() {
        return artists;
    }

    private final Albums albums = new Albums() {
        @Override
        public Optional<Album> findById(AlbumId id) {
            synchronized (InMemoryCatalog.this) {
                return albumList().stream().filter(album -> album.id().equals(id)).findFirst();
            }
        }

        @Override
        public Page<Album> findAll(PageRequest page) {
            synchronized (InMemoryCatalog.this) {
                return slice(albumList().stream().sorted(byTitle()).toList(), page);
            }
        }

        @Override
        public Page<Album> search(SearchQuery query, PageRequest page) {
            List<String> terms = query.terms().stream().map(InMemoryCatalog::fold).toList();
            synchronized (InMemoryCatalog.this) {
                return slice(albumList().stream().filter(album -> terms.stream().allMatch(term ->
                                words(album.title(), album.artist()).stream().anyMatch(word -> word.startsWith(term))))
                        .sorted(byTitle()).toList(), page);
            }
        }

        @Override
        public Page<Album> findByArtist(ArtistId artist, PageRequest page) {
            synchronized (InMemoryCatalog.this) {
                return slice(albumList().stream().filter(album -> album.artistId().equals(artist))
                        .sorted(Comparator.comparing(Album::year, Comparator.nullsFirst(Comparator.naturalOrder()))
                                .thenComparing(byTitle())).toList(), page);
            }
        }
    };

    private final Artists artists = new Artists() {
        @Override
        public Optional<Artist> findById(ArtistId id) {
            synchronized (InMemoryCatalog.this) {
                return Optional.ofNullable(artistNames.get(id.value())).map(name -> new Artist(id, name));
            }
        }

        @Override
        public Page<Artist> findAll(PageRequest page) {
            synchronized (InMemoryCatalog.this) {
                return slice(artistList(), page);
            }
        }

        @Override
        public Page<Artist> search(SearchQuery query, PageRequest page) {
            List<String> terms = query.terms().stream().map(InMemoryCatalog::fold).toList();
            synchronized (InMemoryCatalog.this) {
                return slice(artistList().stream().filter(artist -> terms.stream().allMatch(term ->
                        words(artist.name()).stream().anyMatch(word -> word.startsWith(term)))).toList(), page);
            }
        }
    };

    // ---- TrackFiles

    @Override
    public synchronized List<KnownFile> findBySizes(Collection<Long> sizes) {
        return tracks.values().stream().filter(track -> sizes.contains(track.fileSize()))
                .map(this::knownFile).toList();
    }

    @Override
    public synchronized List<KnownFile> findUnder(String directory, long afterId, long upToId, int limit) {
        RuntimeException failure = nextListFailure;
        if (failure != null) {
            nextListFailure = null;
            throw failure;
        }
        return tracks.subMap(afterId, false, upToId, true).values().stream()
                .filter(track -> track.path().startsWith(directory)).limit(limit)
                .map(this::knownFile).toList();
    }

    @Override
    public synchronized Optional<TrackId> findLastId() {
        return tracks.isEmpty() ? Optional.empty() : Optional.of(TrackId.of(tracks.lastKey()));
    }

    @Override
    public synchronized boolean setPath(TrackId id, String newPath) {
        if (refusedMoves.test(newPath)) {
            throw new IllegalStateException("the store refused the move to " + newPath);
        }
        Track track = tracks.get(id.value());
        if (track == null) {
            return false;
        }
        Optional<Track> other = atPath(newPath);
        if (other.isPresent() && !other.get().id().equals(id)) {
            throw new DuplicateTrackPathException(newPath);
        }
        tracks.put(id.value(), copy(track, newPath, track.fileSize(), track.fileModifiedAt(), track.playCount(),
                track.lastPlayedAt()));
        return true;
    }

    @Override
    public synchronized boolean setFileFacts(TrackId id, long size, Instant modifiedAt) {
        Track track = tracks.get(id.value());
        if (track == null) {
            return false;
        }
        tracks.put(id.value(), copy(track, track.path(), size, modifiedAt, track.playCount(), track.lastPlayedAt()));
        return true;
    }

    @Override
    public synchronized int recordFolderImage(Collection<TrackId> ids, boolean present) {
        int changed = 0;
        for (TrackId id : new HashSet<>(ids)) {
            Track track = tracks.get(id.value());
            if (track != null && folderImages.contains(id.value()) != present) {
                if (present) {
                    folderImages.add(id.value());
                } else {
                    folderImages.remove(id.value());
                }
                tracks.put(id.value(), withCover(track, present));
                changed++;
            }
        }
        return changed;
    }

    // ---- the rules

    private void write(List<NewTrack> written) {
        RuntimeException failure = nextFailure;
        if (failure != null) {
            nextFailure = null;
            throw failure;
        }
        for (NewTrack track : written) {
            if (refusedPaths.test(track.path())) {
                throw new IllegalStateException("the store refused " + track.path());
            }
        }
    }

    private Track insert(NewTrack track) {
        Track stored = stored(null, track, false, 0, null);
        tracks.put(stored.id().value(), stored);
        return stored;
    }

    /** @return the track as stored from {@code track}, keeping the id and listening facts of {@code old} */
    private Track stored(Track old, NewTrack track, boolean favorite, long playCount, Instant lastPlayedAt) {
        Instant now = now();
        long id = old != null ? old.id().value() : ++lastTrackId;
        track.artists().forEach(this::artistId);
        String albumArtist = track.effectiveAlbumArtist();
        long albumArtistId = artistId(albumArtist);
        AlbumId albumId = track.album() == null ? null : AlbumId.of(albumId(albumArtistId, track.album()));
        if (Boolean.TRUE.equals(track.folderImage())) {
            folderImages.add(id);
        } else if (Boolean.FALSE.equals(track.folderImage())) {
            folderImages.remove(id);
        }
        return new Track(TrackId.of(id), track.path(), track.title(), track.artists(), albumId, track.album(),
                artistNames.get(albumArtistId), track.trackNumber(), track.discNumber(), track.year(), track.genre(),
                track.duration(), track.bitrate(), track.sampleRate(), track.format(), track.fileSize(),
                track.fileModifiedAt(), track.musicBrainz(), favorite, playCount, lastPlayedAt,
                old != null ? old.addedAt() : now, now,
                folderImages.contains(id) || Boolean.TRUE.equals(track.embeddedPicture()), track.replayGain());
    }

    private long artistId(String name) {
        String key = fold(name);
        Long id = artistIds.get(key);
        if (id == null) {
            id = ++lastArtistId;
            artistIds.put(key, id);
            artistNames.put(id, name);
        }
        return id;
    }

    private long albumId(long albumArtistId, String title) {
        String key = albumArtistId + "/" + fold(title);
        Long id = albumIds.get(key);
        if (id == null) {
            id = ++lastAlbumId;
            albumIds.put(key, id);
            albumTitles.put(id, title);
        }
        return id;
    }

    /** Albums without tracks and artists no track names go, as the adapter removes them after each write. */
    private void removeOrphans() {
        Set<Long> usedAlbums = new HashSet<>();
        Set<String> usedArtists = new HashSet<>();
        for (Track track : tracks.values()) {
            if (track.albumId() != null) {
                usedAlbums.add(track.albumId().value());
            }
            track.artists().forEach(name -> usedArtists.add(fold(name)));
            usedArtists.add(fold(track.albumArtist()));
        }
        albumIds.values().removeIf(id -> !usedAlbums.contains(id));
        albumTitles.keySet().removeIf(id -> !usedAlbums.contains(id));
        artistIds.keySet().removeIf(name -> !usedArtists.contains(name));
        artistNames.values().removeIf(name -> !usedArtists.contains(fold(name)));
    }

    private List<Album> albumList() {
        Map<Long, List<Track>> byAlbum = new TreeMap<>();
        tracks.values().stream().filter(track -> track.albumId() != null)
                .forEach(track -> byAlbum.computeIfAbsent(track.albumId().value(), id -> new ArrayList<>()).add(track));
        List<Album> albums = new ArrayList<>();
        byAlbum.forEach((id, albumTracks) -> {
            Track first = albumTracks.get(0);
            long artistId = artistIds.get(fold(first.albumArtist()));
            Integer year = albumTracks.stream().map(Track::year).filter(Objects::nonNull).min(Integer::compare)
                    .orElse(null);
            albums.add(new Album(AlbumId.of(id), albumTitles.get(id), new ArtistId(artistId),
                    artistNames.get(artistId), year, albumTracks.size()));
        });
        return albums;
    }

    private List<Artist> artistList() {
        return artistNames.entrySet().stream().map(e -> new Artist(new ArtistId(e.getKey()), e.getValue()))
                .sorted(Comparator.comparing((Artist artist) -> fold(artist.name()))
                        .thenComparing(artist -> artist.id().value()))
                .toList();
    }

    private static Comparator<Album> byTitle() {
        return Comparator.comparing((Album album) -> fold(album.title())).thenComparing(album -> album.id().value());
    }

    private static Page<TrackId> page(Stream<Track> ordered, PageRequest page) {
        return slice(ordered.map(Track::id).toList(), page);
    }

    private static <T> Page<T> slice(List<T> all, PageRequest page) {
        int from = Math.min(page.offset(), all.size());
        int to = Math.min(all.size(), from + page.limit());
        return Page.of(all.subList(from, to), all.size(), page);
    }

    private static List<String> words(Track track) {
        List<String> parts = new ArrayList<>(track.artists());
        parts.add(track.title());
        if (track.album() != null) {
            parts.add(track.album());
        }
        return words(parts.toArray(String[]::new));
    }

    private static List<String> words(String... texts) {
        return Stream.of(texts).flatMap(text -> Stream.of(fold(text).split("\\s+"))).toList();
    }

    private static String fold(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    private static <T> T or(T changed, T old) {
        return changed != null ? changed : old;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** The adapter counts a replacement only when it differs from what is stored. */
    private static boolean sameFacts(Track a, Track b) {
        return asNew(a).equals(asNew(b)) && Objects.equals(a.albumId(), b.albumId())
                && a.albumArtist().equals(b.albumArtist());
    }

    private static NewTrack asNew(Track track) {
        return new NewTrack(track.path(), track.title(), track.artists(), track.album(), track.albumArtist(),
                track.trackNumber(), track.discNumber(), track.year(), track.genre(), track.duration(),
                track.bitrate(), track.sampleRate(), track.format(), track.fileSize(), track.fileModifiedAt(),
                track.musicBrainz(), null, null, track.replayGain());
    }

    private KnownFile knownFile(Track track) {
        return new KnownFile(track.id(), track.path(), track.fileSize(), track.fileModifiedAt(), true,
                folderImages.contains(track.id().value()));
    }

    private Track copy(Track track, String path, long size, Instant modifiedAt, long playCount, Instant lastPlayedAt) {
        return new Track(track.id(), path, track.title(), track.artists(), track.albumId(), track.album(),
                track.albumArtist(), track.trackNumber(), track.discNumber(), track.year(), track.genre(),
                track.duration(), track.bitrate(), track.sampleRate(), track.format(), size, modifiedAt,
                track.musicBrainz(), track.favorite(), playCount, lastPlayedAt, track.addedAt(), now(),
                track.hasCover(), track.replayGain());
    }

    private Track withCover(Track track, boolean hasCover) {
        return new Track(track.id(), track.path(), track.title(), track.artists(), track.albumId(), track.album(),
                track.albumArtist(), track.trackNumber(), track.discNumber(), track.year(), track.genre(),
                track.duration(), track.bitrate(), track.sampleRate(), track.format(), track.fileSize(),
                track.fileModifiedAt(), track.musicBrainz(), track.favorite(), track.playCount(), track.lastPlayedAt(),
                track.addedAt(), track.updatedAt(), hasCover, track.replayGain());
    }
}
