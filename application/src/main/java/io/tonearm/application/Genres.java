package io.tonearm.application;

import io.tonearm.domain.AlbumId;
import io.tonearm.domain.Page;
import io.tonearm.domain.PageRequest;
import io.tonearm.domain.Track;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The genres of a library, read from its (cached) list of all tracks, with no query of their own: every genre the
 * tracks name, and the tracks of one. Genres are compared ignoring case. The list is walked in pages of
 * {@link PageRequest#MAX_LIMIT}, at most {@value #MAX_TRACKS} tracks: fine for a home library; on a cold cache the
 * first call of a very large one takes a while.
 */
public final class Genres {
    /** The most tracks read. */
    public static final int MAX_TRACKS = 100_000;

    private Genres() {
    }

    /** @return every genre the tracks name, by name ignoring case, each with its track and album counts */
    public static List<Genre> of(TrackQueries library) {
        Map<String, String> spelled = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        Map<String, Integer> tracks = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        Map<String, Set<AlbumId>> albums = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Track track : allTracks(library)) {
            String genre = track.genre();
            if (genre == null || genre.isBlank()) {
                continue;
            }
            spelled.putIfAbsent(genre, genre);
            tracks.merge(genre, 1, Integer::sum);
            Set<AlbumId> on = albums.computeIfAbsent(genre, key -> new HashSet<>());
            if (track.albumId() != null) {
                on.add(track.albumId());
            }
        }
        List<Genre> genres = new ArrayList<>(tracks.size());
        tracks.forEach((name, count) -> genres.add(new Genre(spelled.get(name), count, albums.get(name).size())));
        return genres;
    }

    /** @return the tracks of the genre (ignoring case), in the order of the list of all tracks */
    public static List<Track> tracksOf(TrackQueries library, String genre) {
        List<Track> found = new ArrayList<>();
        for (Track track : allTracks(library)) {
            if (genre.equalsIgnoreCase(track.genre())) {
                found.add(track);
            }
        }
        return found;
    }

    /** @return the page {@code page} of the genre's tracks, with their total */
    public static Page<Track> tracksOf(TrackQueries library, String genre, PageRequest page) {
        List<Track> all = tracksOf(library, genre);
        int from = Math.min(page.offset(), all.size());
        int to = Math.min(from + page.limit(), all.size());
        return Page.of(all.subList(from, to), all.size(), page);
    }

    private static List<Track> allTracks(TrackQueries library) {
        return Pages.all(library::getAllTracks, MAX_TRACKS);
    }
}
