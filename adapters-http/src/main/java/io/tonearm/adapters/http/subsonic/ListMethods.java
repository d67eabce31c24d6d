package io.tonearm.adapters.http.subsonic;

import io.tonearm.adapters.http.subsonic.SubsonicMethod.Entry;
import io.tonearm.adapters.http.subsonic.SubsonicMethod.Need;
import io.tonearm.application.Genres;
import io.tonearm.application.Library;
import io.tonearm.application.ListenerLibrary;
import io.tonearm.application.StarsAndRatings;
import io.tonearm.domain.Album;
import io.tonearm.domain.AlbumId;
import io.tonearm.domain.Artist;
import io.tonearm.domain.Page;
import io.tonearm.domain.PageRequest;
import io.tonearm.domain.Track;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The list methods: getAlbumList and getAlbumList2 (random, newest, recent, frequent, highest, alphabeticalByName,
 * alphabeticalByArtist, starred, byYear, byGenre), getRandomSongs, getSongsByGenre, getGenres. Each
 * is made of the library's lists (all albums, all tracks, recent, popular, the caller's starred and rated albums:
 * cached pages), so no list
 * has a query of its own; the ones the catalog cannot sort by (year, genre) read the whole list of albums or
 * tracks, page by page from the cache.
 */
final class ListMethods {
    static final int DEFAULT_SIZE = 10;
    /** Random picks are read in blocks of this many: few distinct pages, each cached for the next pick. */
    private static final int BLOCK = 50;

    private final SubsonicCatalog catalog;
    private final StarsAndRatings stars;
    private final Random random = new SecureRandom();

    @Inject
    ListMethods(SubsonicCatalog catalog, StarsAndRatings stars) {
        this.catalog = catalog;
        this.stars = stars;
    }

    void addTo(Map<String, Entry> methods) {
        methods.put("getAlbumList", new Entry(Need.USER, call -> Element.fragment(Element.of("albumList")
                .addList("album", albums(call.library(), call.params()).stream()
                        .map(album -> SubsonicCatalog.albumAsDirectory("album", album)).toList()))));
        methods.put("getAlbumList2", new Entry(Need.USER, call -> Element.fragment(Element.of("albumList2")
                .addList("album", albums(call.library(), call.params()).stream()
                        .map(album -> SubsonicCatalog.album("album", album)).toList()))));
        methods.put("getRandomSongs", new Entry(Need.USER, this::randomSongs));
        methods.put("getSongsByGenre", new Entry(Need.USER, this::songsByGenre));
        methods.put("getGenres", new Entry(Need.USER, call -> genres(call.library())));
    }

    // ---- albums

    private List<Album> albums(ListenerLibrary library, SubsonicParams params) {
        String type = params.required("type");
        int size = params.intParam("size", DEFAULT_SIZE, 1, PageRequest.MAX_LIMIT);
        int offset = params.intParam("offset", 0, 0, Integer.MAX_VALUE);
        return switch (type) {
            case "alphabeticalByName" -> library.getAllAlbums(PageRequest.of(offset, size)).items();
            case "alphabeticalByArtist" -> byArtist(library, offset, size);
            case "random" -> randomItems(library::getAllAlbums, size, album -> true);
            case "newest" -> albumsOf(library, newestFirst(library), offset, size);
            case "recent" -> albumsOf(library, SubsonicCatalog.all(library::getRecentTracks), offset, size);
            case "frequent" -> albumsOf(library, SubsonicCatalog.all(library::getPopularTracks), offset, size);
            case "starred" -> stars.getStarredAlbums(library.listener(), PageRequest.of(offset, size)).items();
            case "highest" -> stars.getRatedAlbums(library.listener(), PageRequest.of(offset, size)).items();
            case "byYear" -> byYear(library, params.intParam("fromYear", Integer.MIN_VALUE, 0, 9999),
                    params.intParam("toYear", Integer.MIN_VALUE, 0, 9999), offset, size);
            case "byGenre" -> albumsOf(library, Genres.tracksOf(library, params.required("genre")), offset, size);
            default -> throw new SubsonicError(SubsonicError.GENERIC, "type must be one of random, newest, "
                    + "recent, frequent, highest, alphabeticalByName, alphabeticalByArtist, starred, byYear, "
                    + "byGenre but was '" + SubsonicParams.shorten(type) + "'");
        };
    }

    /** The albums of the artists in name order, each artist's albums by title. */
    private static List<Album> byArtist(Library library, int offset, int size) {
        List<Album> albums = new ArrayList<>();
        int skipped = 0;
        for (Artist artist : SubsonicCatalog.all(library::getAllArtists)) {
            Page<Album> first = library.getArtistAlbums(artist.id(), PageRequest.first(1));
            if (skipped + first.total() <= offset) {
                skipped += (int) first.total(); // whole artist before the offset: only its count was read
                continue;
            }
            for (Album album : SubsonicCatalog.all(page -> library.getArtistAlbums(artist.id(), page))) {
                if (skipped++ >= offset) {
                    albums.add(album);
                    if (albums.size() == size) {
                        return albums;
                    }
                }
            }
        }
        return albums;
    }

    private static List<Album> byYear(Library library, int from, int to, int offset, int size) {
        if (from == Integer.MIN_VALUE || to == Integer.MIN_VALUE) {
            throw SubsonicError.missing(from == Integer.MIN_VALUE ? "fromYear" : "toYear");
        }
        int low = Math.min(from, to);
        int high = Math.max(from, to);
        Comparator<Album> byYear = Comparator.comparing(Album::year);
        Comparator<Album> order = (from <= to ? byYear : byYear.reversed())
                .thenComparing(album -> album.title().toLowerCase(Locale.ROOT));
        return SubsonicCatalog.all(library::getAllAlbums).stream()
                .filter(album -> album.year() != null && album.year() >= low && album.year() <= high)
                .sorted(order).skip(offset).limit(size).toList();
    }

    /** @return every track, the last added first */
    private static List<Track> newestFirst(Library library) {
        long total = library.getAllTracks(PageRequest.first(1)).total();
        List<Track> tracks = new ArrayList<>();
        for (long end = total; end > 0 && tracks.size() < SubsonicCatalog.MAX_ITEMS; end -= PageRequest.MAX_LIMIT) {
            int start = (int) Math.max(0, end - PageRequest.MAX_LIMIT);
            List<Track> page = new ArrayList<>(library.getAllTracks(PageRequest.of(start, (int) (end - start)))
                    .items());
            Collections.reverse(page);
            tracks.addAll(page);
        }
        return tracks;
    }

    /** @return the distinct albums of the tracks, in the order their first track comes */
    private static List<Album> albumsOf(Library library, List<Track> tracks, int offset, int size) {
        Set<AlbumId> ids = new LinkedHashSet<>();
        for (Track track : tracks) {
            if (track.albumId() != null) {
                ids.add(track.albumId());
                if (ids.size() >= offset + size) {
                    break;
                }
            }
        }
        return ids.stream().skip(offset).map(library::getAlbum).flatMap(Optional::stream).toList();
    }

    // ---- songs

    private Element randomSongs(SubsonicCall call) {
        SubsonicParams params = call.params();
        Library library = call.library();
        int size = params.intParam("size", DEFAULT_SIZE, 1, PageRequest.MAX_LIMIT);
        String genre = params.optional("genre");
        int from = params.intParam("fromYear", 0, 0, 9999);
        int to = params.intParam("toYear", 9999, 0, 9999);
        Predicate<Track> wanted = track -> (genre == null || genre.equalsIgnoreCase(track.genre()))
                && (from == 0 && to == 9999 || track.year() != null && track.year() >= from && track.year() <= to);
        List<Track> tracks;
        if (genre == null && from == 0 && to == 9999) {
            tracks = randomItems(library::getAllTracks, size, track -> true);
        } else {
            List<Track> matching = new ArrayList<>(SubsonicCatalog.all(library::getAllTracks).stream()
                    .filter(wanted).toList());
            Collections.shuffle(matching, random);
            tracks = matching.subList(0, Math.min(size, matching.size()));
        }
        return Element.fragment(Element.of("randomSongs").addList("song",
                tracks.stream().map(track -> catalog.song(library, "song", track, null)).toList()));
    }

    private Element songsByGenre(SubsonicCall call) {
        SubsonicParams params = call.params();
        Library library = call.library();
        String genre = params.required("genre");
        int count = params.intParam("count", DEFAULT_SIZE, 1, PageRequest.MAX_LIMIT);
        int offset = params.intParam("offset", 0, 0, Integer.MAX_VALUE);
        return Element.fragment(Element.of("songsByGenre").addList("song", Genres.tracksOf(library, genre).stream()
                .skip(offset).limit(count).map(track -> catalog.song(library, "song", track, null)).toList()));
    }

    /** Every genre the tracks name, with how many songs and albums have it, by name. */
    private static Element genres(Library library) {
        return Element.fragment(Element.of("genres").addList("genre", Genres.of(library).stream()
                .map(genre -> Element.value("genre", genre.name()).attr("songCount", genre.trackCount())
                        .attr("albumCount", genre.albumCount())).toList()));
    }

    /** @return up to {@code size} distinct items of the list at random, read in cached blocks */
    private <T> List<T> randomItems(Function<PageRequest, Page<T>> list, int size, Predicate<T> wanted) {
        long total = list.apply(PageRequest.first(1)).total();
        List<T> picked = new ArrayList<>();
        Set<Long> seen = new java.util.HashSet<>();
        int tries = 0;
        while (picked.size() < Math.min(size, total) && tries++ < size * 4) {
            long index = (long) (random.nextDouble() * total);
            if (!seen.add(index)) {
                continue;
            }
            long block = index / BLOCK * BLOCK;
            List<T> items = list.apply(PageRequest.of((int) block, BLOCK)).items();
            int at = (int) (index - block);
            if (at < items.size() && wanted.test(items.get(at))) {
                picked.add(items.get(at));
            }
        }
        return picked;
    }
}
