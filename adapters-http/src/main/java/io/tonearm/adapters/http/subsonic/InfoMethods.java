package io.tonearm.adapters.http.subsonic;

import io.tonearm.adapters.http.subsonic.SubsonicMethod.Entry;
import io.tonearm.adapters.http.subsonic.SubsonicMethod.Need;
import io.tonearm.application.Library;
import io.tonearm.application.TrackQueries;
import io.tonearm.application.enrichment.AlbumEnrichment;
import io.tonearm.application.enrichment.ArtistEnrichment;
import io.tonearm.domain.Album;
import io.tonearm.domain.AlbumId;
import io.tonearm.domain.Artist;
import io.tonearm.domain.ArtistId;
import io.tonearm.domain.ChartEntry;
import io.tonearm.domain.Page;
import io.tonearm.domain.PageRequest;
import io.tonearm.domain.Track;
import io.tonearm.domain.TrackId;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * What apps show next to an artist or an album, read from the catalog as it is: getArtistInfo(2) and
 * getAlbumInfo(2) (the MusicBrainz id of enrichment's match, else of the files' tags, and cover URLs of this server's
 * own getCoverArt; no biography, notes or similar artists, which would need an outside service), getTopSongs (an
 * artist's songs by the server's play counts, from the chart) and getSimilarSongs(2) (always empty).
 */
final class InfoMethods {
    /** How many songs getTopSongs answers unless told. */
    static final int TOP_SONGS = 50;
    /** The sizes of the small, medium and large image URLs, in pixels. */
    static final List<Integer> IMAGE_SIZES = List.of(150, 300, 600);
    private static final List<String> IMAGE_NAMES = List.of("smallImageUrl", "mediumImageUrl", "largeImageUrl");

    private final SubsonicCatalog catalog;
    private final AlbumEnrichment albumMatches;
    private final ArtistEnrichment artistMatches;

    @Inject
    InfoMethods(SubsonicCatalog catalog, AlbumEnrichment albumMatches, ArtistEnrichment artistMatches) {
        this.catalog = catalog;
        this.albumMatches = albumMatches;
        this.artistMatches = artistMatches;
    }

    void addTo(Map<String, Entry> methods) {
        methods.put("getArtistInfo", new Entry(Need.USER, call -> artistInfo(call, "artistInfo")));
        methods.put("getArtistInfo2", new Entry(Need.USER, call -> artistInfo(call, "artistInfo2")));
        methods.put("getAlbumInfo", new Entry(Need.USER, this::albumInfo));
        methods.put("getAlbumInfo2", new Entry(Need.USER, this::albumInfo));
        methods.put("getTopSongs", new Entry(Need.USER, this::topSongs));
        methods.put("getSimilarSongs", new Entry(Need.USER, call -> similarSongs(call, "similarSongs")));
        methods.put("getSimilarSongs2", new Entry(Need.USER, call -> similarSongs(call, "similarSongs2")));
    }

    /**
     * An artist's MusicBrainz id (enrichment's match, else that of their own tracks' tags), their cover's URLs; no
     * biography or similar artists.
     */
    private Element artistInfo(SubsonicCall call, String name) {
        Library library = call.library();
        ArtistId id = SubsonicIds.artist(call.params().required("id"));
        Artist artist = library.getArtist(id).orElseThrow(() -> SubsonicError.notFound("artist"));
        List<Album> albums = SubsonicCatalog.all(page -> library.getArtistAlbums(id, page));
        // an artist's cover is their first album's (getCoverArt): present exactly when that album has one
        boolean cover = !albums.isEmpty() && albums.get(0).hasCover();
        String musicBrainzId = artistMatches.match(id).map(match -> match.match().id().value())
                .orElseGet(() -> albums.stream()
                        .map(album -> firstOf(library, album.id(), track -> isBy(track, artist.name())
                                ? track.musicBrainz().artistId() : null))
                        .filter(value -> value != null).findFirst().orElse(null));
        Element info = Element.of(name).add(Element.value("biography", ""));
        if (musicBrainzId != null) {
            info.add(Element.value("musicBrainzId", musicBrainzId));
        }
        return Element.fragment(images(call, info, cover ? SubsonicIds.of(id) : null)
                .addList("similarArtist", List.of()));
    }

    /**
     * An album's MusicBrainz release id (enrichment's match, else its tracks' tags), its cover's URLs; no notes. Both
     * versions say albumInfo.
     */
    private Element albumInfo(SubsonicCall call) {
        Library library = call.library();
        AlbumId id = SubsonicIds.album(call.params().required("id"));
        Album album = library.getAlbum(id).orElseThrow(() -> SubsonicError.notFound("album"));
        Element info = Element.of("albumInfo").add(Element.value("notes", ""));
        String musicBrainzId = albumMatches.match(id).map(match -> match.release().id().value())
                .orElseGet(() -> firstOf(library, id, track -> track.musicBrainz().releaseId()));
        if (musicBrainzId != null) {
            info.add(Element.value("musicBrainzId", musicBrainzId));
        }
        return Element.fragment(images(call, info, album.hasCover() ? SubsonicIds.of(id) : null));
    }

    /**
     * The songs of the artist named {@code artist} (a track or album artist, ignoring case), the most played on
     * this server first, at most {@code count} (50 unless told): read from the server's chart of all time. An
     * unknown artist, or one never played, has none.
     */
    private Element topSongs(SubsonicCall call) {
        SubsonicParams params = call.params();
        String artist = params.required("artist").strip();
        int count = params.intParam("count", TOP_SONGS, 1, PageRequest.MAX_LIMIT);
        List<Element> songs = new ArrayList<>();
        Optional<PageRequest> next = Optional.of(PageRequest.first(PageRequest.MAX_LIMIT));
        int read = 0;
        while (next.isPresent() && songs.size() < count && read < SubsonicCatalog.MAX_ITEMS) {
            Page<ChartEntry> chart = call.library().getChart(TrackQueries.MAX_CHART_WINDOW, next.get());
            for (ChartEntry entry : chart.items()) {
                if (songs.size() < count && isBy(entry.track(), artist)) {
                    songs.add(catalog.song(call.library(), "song", entry.track(), null));
                }
            }
            read += chart.items().size();
            next = chart.nextPage();
        }
        return Element.fragment(Element.of("topSongs").addList("song", songs));
    }

    /** No song is similar to another without an outside service: an empty list for any id that names something. */
    private static Element similarSongs(SubsonicCall call, String name) {
        Library library = call.library();
        String raw = call.params().required("id");
        SubsonicIds.Ref ref = SubsonicIds.parse(raw);
        boolean known = switch (ref.kind()) {
            case TRACK -> library.getTrack(TrackId.of(ref.value())).isPresent();
            case ALBUM -> library.getAlbum(AlbumId.of(ref.value())).isPresent();
            case ARTIST -> library.getArtist(ArtistId.of(ref.value())).isPresent();
        };
        if (!known) {
            throw SubsonicError.notFound("id " + SubsonicParams.shorten(raw));
        }
        return Element.fragment(Element.of(name).addList("song", List.of()));
    }

    /** @return whether the track is by the artist: one of its artists, or its album artist, ignoring case */
    static boolean isBy(Track track, String artist) {
        String wanted = artist.strip().toLowerCase(Locale.ROOT);
        return track.artists().stream().anyMatch(name -> name.strip().toLowerCase(Locale.ROOT).equals(wanted))
                || track.albumArtist() != null && track.albumArtist().strip().toLowerCase(Locale.ROOT).equals(wanted);
    }

    /** @return the first value the album's tracks (its first page) give, in disc and track order, or null */
    private static String firstOf(Library library, AlbumId album, Function<Track, String> value) {
        return library.getAlbumTracks(album, PageRequest.first(PageRequest.MAX_LIMIT)).items().stream()
                .map(value).filter(found -> found != null).findFirst().orElse(null);
    }

    /** Adds the small, medium and large image URLs of a cover (this server's getCoverArt), if there is one. */
    private static Element images(SubsonicCall call, Element info, String coverId) {
        if (coverId == null) {
            return info;
        }
        // without credentials: apps sign the URL with their own, as for any other call (none is put in an answer)
        String base = call.ctx().scheme() + "://" + call.ctx().host() + "/rest/getCoverArt?id=" + coverId + "&size=";
        for (int i = 0; i < IMAGE_SIZES.size(); i++) {
            info.add(Element.value(IMAGE_NAMES.get(i), base + IMAGE_SIZES.get(i)));
        }
        return info;
    }
}
