package io.tonearm.adapters.http.subsonic;

import io.tonearm.adapters.http.subsonic.SubsonicMethod.Entry;
import io.tonearm.adapters.http.subsonic.SubsonicMethod.Need;
import io.tonearm.application.Library;
import io.tonearm.domain.Page;
import io.tonearm.domain.PageRequest;
import io.tonearm.domain.SearchQuery;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * search2 and search3: artists, albums and songs matching every word of {@code query} (as prefixes, ignoring case
 * and accents: the catalog's own search), each list paged with its own count and offset. An empty query (also
 * {@code ""} or {@code *}, as offline-syncing apps send it) lists everything page by page.
 */
final class SearchMethods {
    static final int DEFAULT_COUNT = 20;

    private final SubsonicCatalog catalog;

    @Inject
    SearchMethods(SubsonicCatalog catalog) {
        this.catalog = catalog;
    }

    void addTo(Map<String, Entry> methods) {
        methods.put("search2", new Entry(Need.USER, call -> search(call, false)));
        methods.put("search3", new Entry(Need.USER, call -> search(call, true)));
    }

    private Element search(SubsonicCall call, boolean id3) {
        SubsonicParams params = call.params();
        Library library = call.library();
        String text = cleaned(params.optional("query"));
        SearchQuery query = text.isEmpty() ? null : new SearchQuery(text);
        List<Element> artists = page(params, "artist", query == null ? library::getAllArtists
                : page -> library.searchArtists(query, page)).stream()
                .map(artist -> id3 ? SubsonicCatalog.artist(artist)
                        : Element.of("artist").attr("id", SubsonicIds.of(artist.id())).attr("name", artist.name()))
                .toList();
        List<Element> albums = page(params, "album", query == null ? library::getAllAlbums
                : page -> library.searchAlbums(query, page)).stream()
                .map(album -> id3 ? SubsonicCatalog.album("album", album)
                        : SubsonicCatalog.albumAsDirectory("album", album))
                .toList();
        List<Element> songs = page(params, "song", query == null ? library::getAllTracks
                : page -> library.searchTracks(query, page)).stream()
                .map(track -> catalog.song(library, "song", track, null)).toList();
        return Element.fragment(Element.of(id3 ? "searchResult3" : "searchResult2").addList("artist", artists)
                .addList("album", albums).addList("song", songs));
    }

    /** @return the query without the quotes and wildcards some apps wrap it in */
    static String cleaned(String query) {
        if (query == null) {
            return "";
        }
        String text = query.strip();
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
            text = text.substring(1, text.length() - 1);
        }
        return text.replace("*", " ").strip();
    }

    /** @return the items of {@code <kind>Count} (20 by default, at most 500; 0 for none) from {@code <kind>Offset} */
    private static <T> List<T> page(SubsonicParams params, String kind, Function<PageRequest, Page<T>> list) {
        int count = params.intParam(kind + "Count", DEFAULT_COUNT, 0, PageRequest.MAX_LIMIT);
        int offset = params.intParam(kind + "Offset", 0, 0, Integer.MAX_VALUE);
        return count == 0 ? List.of() : list.apply(PageRequest.of(offset, count)).items();
    }
}
