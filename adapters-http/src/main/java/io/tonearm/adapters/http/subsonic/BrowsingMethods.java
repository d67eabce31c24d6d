package io.tonearm.adapters.http.subsonic;

import io.tonearm.adapters.http.subsonic.SubsonicMethod.Entry;
import io.tonearm.adapters.http.subsonic.SubsonicMethod.Need;
import io.tonearm.application.Library;
import io.tonearm.domain.Album;
import io.tonearm.domain.AlbumId;
import io.tonearm.domain.Artist;
import io.tonearm.domain.ArtistId;
import io.tonearm.domain.Track;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The browsing methods: getMusicFolders (one per library root), getIndexes and getMusicDirectory (browsing by
 * folders, which Tonearm answers with artists and albums), getArtists, getArtist, getAlbum, getSong (browsing by
 * tags).
 */
final class BrowsingMethods {
    private final SubsonicCatalog catalog;

    @Inject
    BrowsingMethods(SubsonicCatalog catalog) {
        this.catalog = catalog;
    }

    void addTo(Map<String, Entry> methods) {
        methods.put("getMusicFolders", new Entry(Need.USER, call -> musicFolders()));
        methods.put("getIndexes", new Entry(Need.USER, call -> Element.fragment(indexed(call.library(), "indexes")
                .attr("lastModified", 0L))));
        methods.put("getArtists", new Entry(Need.USER, call -> Element.fragment(indexed(call.library(),
                "artists"))));
        methods.put("getArtist", new Entry(Need.USER, this::artist));
        methods.put("getAlbum", new Entry(Need.USER, this::album));
        methods.put("getSong", new Entry(Need.USER, this::song));
        methods.put("getMusicDirectory", new Entry(Need.USER, this::directory));
    }

    private Element musicFolders() {
        List<Element> folders = new ArrayList<>();
        List<Path> roots = catalog.roots();
        for (int i = 0; i < roots.size(); i++) {
            Path name = roots.get(i).getFileName();
            folders.add(Element.of("musicFolder").attr("id", i + 1)
                    .attr("name", name == null ? roots.get(i).toString() : name.toString()));
        }
        return Element.fragment(Element.of("musicFolders").addList("musicFolder", folders));
    }

    /** @return every artist, indexed by the first letter of their name without its article */
    private Element indexed(Library library, String name) {
        Map<String, List<Artist>> byIndex = new TreeMap<>((a, b) -> a.equals("#") ? (b.equals("#") ? 0 : 1)
                : b.equals("#") ? -1 : a.compareTo(b));
        for (Artist artist : SubsonicCatalog.all(library::getAllArtists)) {
            byIndex.computeIfAbsent(SubsonicCatalog.indexOf(artist.name()), key -> new ArrayList<>()).add(artist);
        }
        List<Element> indexes = new ArrayList<>();
        byIndex.forEach((letter, artists) -> indexes.add(Element.of("index").attr("name", letter).addList("artist",
                artists.stream().sorted(Comparator.comparing(artist ->
                                SubsonicCatalog.sortName(artist.name()).toLowerCase(Locale.ROOT)))
                        .map(SubsonicCatalog::artist).toList())));
        return Element.of(name).attr("ignoredArticles", String.join(" ", SubsonicCatalog.IGNORED_ARTICLES))
                .addList("index", indexes);
    }

    private Element artist(SubsonicCall call) {
        Library library = call.library();
        ArtistId id = SubsonicIds.artist(call.params().required("id"));
        Artist artist = library.getArtist(id).orElseThrow(() -> SubsonicError.notFound("artist"));
        List<Album> albums = albumsOf(library, id);
        return Element.fragment(SubsonicCatalog.artist(artist).attr("albumCount", albums.size())
                .addList("album", albums.stream().map(album -> SubsonicCatalog.album("album", album)).toList()));
    }

    private static List<Album> albumsOf(Library library, ArtistId id) {
        return SubsonicCatalog.all(page -> library.getArtistAlbums(id, page));
    }

    private Element album(SubsonicCall call) {
        Library library = call.library();
        AlbumId id = SubsonicIds.album(call.params().required("id"));
        Album album = library.getAlbum(id).orElseThrow(() -> SubsonicError.notFound("album"));
        List<Track> tracks = SubsonicCatalog.all(page -> library.getAlbumTracks(id, page));
        long seconds = tracks.stream().mapToLong(track -> (track.duration().toMillis() + 500) / 1000).sum();
        return Element.fragment(SubsonicCatalog.album("album", album).attr("duration", seconds)
                .addList("song", tracks.stream().map(track -> catalog.song(library, "song", track, album)).toList()));
    }

    private Element song(SubsonicCall call) {
        Library library = call.library();
        Track track = library.getTrack(SubsonicIds.track(call.params().required("id")))
                .orElseThrow(() -> SubsonicError.notFound("song"));
        return Element.fragment(catalog.song(library, "song", track, null));
    }

    /** An artist's directory lists their albums; an album's its songs. */
    private Element directory(SubsonicCall call) {
        Library library = call.library();
        String raw = call.params().required("id");
        SubsonicIds.Ref ref = SubsonicIds.parse(raw);
        if (ref.kind() == SubsonicIds.Kind.ARTIST) {
            ArtistId id = ArtistId.of(ref.value());
            Artist artist = library.getArtist(id).orElseThrow(() -> SubsonicError.notFound("directory"));
            return Element.fragment(Element.of("directory").attr("id", raw).attr("name", artist.name())
                    .addList("child", albumsOf(library, id).stream()
                            .map(album -> SubsonicCatalog.albumAsDirectory("child", album)).toList()));
        }
        if (ref.kind() == SubsonicIds.Kind.ALBUM) {
            AlbumId id = AlbumId.of(ref.value());
            Album album = library.getAlbum(id).orElseThrow(() -> SubsonicError.notFound("directory"));
            return Element.fragment(Element.of("directory").attr("id", raw).attr("name", album.title())
                    .attr("parent", SubsonicIds.of(album.artistId()))
                    .addList("child", SubsonicCatalog.all(page -> library.getAlbumTracks(id, page)).stream()
                            .map(track -> catalog.song(library, "child", track, album)).toList()));
        }
        throw SubsonicError.notFound("directory");
    }
}
