package io.tonearm.adapters.http.subsonic;

import io.tonearm.application.Library;
import io.tonearm.application.Pages;
import io.tonearm.application.scanning.LibraryScans;
import io.tonearm.domain.Album;
import io.tonearm.domain.Artist;
import io.tonearm.domain.ArtistId;
import io.tonearm.domain.InvalidValueException;
import io.tonearm.domain.Page;
import io.tonearm.domain.PageRequest;
import io.tonearm.domain.ReplayGain;
import io.tonearm.domain.SearchQuery;
import io.tonearm.domain.Track;
import io.tonearm.domain.media.AudioMediaTypes;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The catalog as Subsonic clients read it: songs, albums and artists as elements with the attributes clients use;
 * whatever is looked up is read through the caller's {@link Library} (and so through the query cache).
 */
final class SubsonicCatalog {
    /** How many artists of a search by a song's artist's name are looked at for that exact name. */
    static final int ARTISTS_SEARCHED = 20;
    /** The articles left out when artists are sorted and indexed: "The Beatles" under B. */
    static final List<String> IGNORED_ARTICLES = List.of("The", "El", "La", "Los", "Las", "Le", "Les", "A", "An");
    /** The most items a whole list is read to (getArtists, an artist's albums, an album's songs). */
    static final int MAX_ITEMS = 100_000;

    private final LibraryScans scans;

    @Inject
    SubsonicCatalog(LibraryScans scans) {
        this.scans = scans;
    }

    List<Path> roots() {
        return scans.libraryRoots();
    }

    /** @return every item of the list, page by page (at most {@link #MAX_ITEMS}) */
    static <T> List<T> all(Function<PageRequest, Page<T>> list) {
        return Pages.all(list, MAX_ITEMS);
    }

    /**
     * @return the song element ({@code name} is song, child or entry) of a track, its album looked up in the
     *     library if not given
     */
    Element song(Library library, String name, Track track, Album knownAlbum) {
        Album album = knownAlbum != null || track.albumId() == null ? knownAlbum
                : library.getAlbum(track.albumId()).orElse(null);
        String file = fileName(track.path());
        int dot = file.lastIndexOf('.');
        Element song = Element.of(name)
                .attr("id", SubsonicIds.of(track.id()))
                .attr("parent", track.albumId() == null ? null : SubsonicIds.of(track.albumId()))
                .attr("isDir", false)
                .attr("title", track.title())
                .attr("album", track.album())
                .attr("artist", displayArtist(track))
                .attr("track", track.trackNumber())
                .attr("discNumber", track.discNumber())
                .attr("year", track.year())
                .attr("genre", track.genre())
                .attr("coverArt", coverArt(track))
                .attr("size", track.fileSize())
                .attr("contentType", AudioMediaTypes.of(file))
                .attr("suffix", dot < 0 ? null : file.substring(dot + 1).toLowerCase(Locale.ROOT))
                .attr("duration", (int) ((track.duration().toMillis() + 500) / 1000))
                .attr("bitRate", track.bitrate())
                .attr("samplingRate", track.sampleRate())
                .attr("path", relativePath(track.path()))
                .attr("isVideo", false)
                .attr("playCount", track.playCount())
                .attr("created", track.addedAt().toString())
                .attr("albumId", track.albumId() == null ? null : SubsonicIds.of(track.albumId()))
                .attr("artistId", album == null ? null : SubsonicIds.of(album.artistId()))
                .attr("type", "music")
                .attr("mediaType", "song")
                .attr("displayArtist", displayArtist(track))
                .attr("musicBrainzId", track.musicBrainz().recordingId());
        if (track.lastPlayedAt() != null) {
            song.attr("played", track.lastPlayedAt().toString());
        }
        if (track.favorite()) {
            // replaced by the caller's starring time (SubsonicAnnotations) before the answer is written
            song.attr("starred", track.updatedAt().toString());
        }
        if (track.genre() != null) {
            song.addList("genres", List.of(Element.of("genres").attr("name", track.genre())));
        }
        song.addList("artists", artists(library, track, album));
        if (!track.replayGain().isNone()) {
            song.add(replayGain(track.replayGain()));
        }
        return song;
    }

    /** @return how a song shows its artists as one name: every one of them, comma-separated */
    static String displayArtist(Track track) {
        return String.join(", ", track.artists());
    }

    /**
     * @return OpenSubsonic's {@code replayGain} of a song: only the values its file carries, as decimals (XML then
     *     never shows a tiny peak as 1.0E-5)
     */
    private static Element replayGain(ReplayGain gain) {
        return Element.of("replayGain")
                .attr("trackGain", decimal(gain.trackGain()))
                .attr("albumGain", decimal(gain.albumGain()))
                .attr("trackPeak", decimal(gain.trackPeak()))
                .attr("albumPeak", decimal(gain.albumPeak()));
    }

    private static BigDecimal decimal(Double value) {
        return value == null ? null : BigDecimal.valueOf(value);
    }

    /**
     * @return OpenSubsonic's {@code artists} of a song: each of its artists with its id (the album artist's, or the
     *     one of that exact name among the cached artist search's answers); an artist no search finds (a name a
     *     search cannot take) is left out, since an entry needs an id
     */
    private static List<Element> artists(Library library, Track track, Album album) {
        List<Element> found = new ArrayList<>(track.artists().size());
        for (String name : track.artists()) {
            artistId(library, name, album).ifPresent(id -> found.add(Element.of("artists")
                    .attr("id", SubsonicIds.of(id)).attr("name", name)));
        }
        return found;
    }

    private static Optional<ArtistId> artistId(Library library, String name, Album album) {
        if (album != null && name.equalsIgnoreCase(album.artist())) {
            return Optional.of(album.artistId());
        }
        try {
            return library.searchArtists(new SearchQuery(name), PageRequest.first(ARTISTS_SEARCHED)).items().stream()
                    .filter(artist -> artist.name().equalsIgnoreCase(name)).map(Artist::id).findFirst();
        } catch (InvalidValueException e) { // a name no search can take (too many words, say): no entry
            return Optional.empty();
        }
    }

    /**
     * @return the song's cover art id, or null when the catalog knows it has none (apps then ask for none): its album's
     *     when it has one (apps fetch an album's cover once for all its songs), else its own
     */
    private static String coverArt(Track track) {
        if (!track.hasCover()) {
            return null;
        }
        return track.albumId() == null ? SubsonicIds.of(track.id()) : SubsonicIds.of(track.albumId());
    }

    /** @return the ID3 album element ({@code name} is album) */
    static Element album(String name, Album album) {
        return Element.of(name)
                .attr("id", SubsonicIds.of(album.id()))
                .attr("name", album.title())
                .attr("artist", album.artist())
                .attr("artistId", SubsonicIds.of(album.artistId()))
                .attr("coverArt", album.hasCover() ? SubsonicIds.of(album.id()) : null)
                .attr("songCount", album.trackCount())
                .attr("year", album.year());
    }

    /** @return the album as a directory entry (getMusicDirectory's child, getAlbumList's album) */
    static Element albumAsDirectory(String name, Album album) {
        return Element.of(name)
                .attr("id", SubsonicIds.of(album.id()))
                .attr("parent", SubsonicIds.of(album.artistId()))
                .attr("isDir", true)
                .attr("title", album.title())
                .attr("name", album.title())
                .attr("album", album.title())
                .attr("artist", album.artist())
                .attr("artistId", SubsonicIds.of(album.artistId()))
                .attr("year", album.year())
                .attr("coverArt", album.hasCover() ? SubsonicIds.of(album.id()) : null)
                .attr("songCount", album.trackCount());
    }

    /** @return the ID3 artist element */
    static Element artist(Artist artist) {
        return Element.of("artist")
                .attr("id", SubsonicIds.of(artist.id()))
                .attr("name", artist.name())
                .attr("coverArt", SubsonicIds.of(artist.id()));
    }

    /** @return the name without a leading ignored article, for sorting and indexing */
    static String sortName(String name) {
        String stripped = name.strip();
        for (String article : IGNORED_ARTICLES) {
            if (stripped.length() > article.length() + 1
                    && stripped.regionMatches(true, 0, article + " ", 0, article.length() + 1)) {
                return stripped.substring(article.length() + 1).strip();
            }
        }
        return stripped;
    }

    /** @return the index an artist is listed under: the first letter of its sort name, accents removed, or # */
    static String indexOf(String name) {
        String sort = Normalizer.normalize(sortName(name), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        if (sort.isEmpty()) {
            return "#";
        }
        int first = sort.codePointAt(0);
        return Character.isLetter(first) ? new String(Character.toChars(first)).toUpperCase(Locale.ROOT) : "#";
    }

    /** @return the track's path relative to the library root it lies in, or its file name if in none */
    String relativePath(String path) {
        Path file = Path.of(path);
        for (Path root : roots()) {
            if (file.startsWith(root)) {
                return root.relativize(file).toString().replace('\\', '/');
            }
        }
        return fileName(path);
    }

    private static String fileName(String path) {
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return path.substring(slash + 1);
    }
}
