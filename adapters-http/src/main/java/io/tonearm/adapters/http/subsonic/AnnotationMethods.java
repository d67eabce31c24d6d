package io.tonearm.adapters.http.subsonic;

import io.tonearm.adapters.http.subsonic.SubsonicMethod.Entry;
import io.tonearm.adapters.http.subsonic.SubsonicMethod.Need;
import io.tonearm.application.ListenerLibrary;
import io.tonearm.application.StarsAndRatings;
import io.tonearm.application.playback.SavedPlayback;
import io.tonearm.domain.AlbumId;
import io.tonearm.domain.ArtistId;
import io.tonearm.domain.Rating;
import io.tonearm.domain.Track;
import io.tonearm.domain.TrackId;
import io.tonearm.domain.user.UserId;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The annotation methods, each the caller's own: star and unstar (songs, albums, artists), setRating, scrobble
 * ({@code submission=true} records a play at {@code time}; {@code false} says what the caller's player is playing
 * now), getStarred and getStarred2. They call the same per-user use cases as {@code /api}'s favorites, ratings and
 * plays, so a star through either drops exactly the same cached queries.
 */
final class AnnotationMethods {
    private final SubsonicCatalog catalog;
    private final SavedPlayback playback;
    private final StarsAndRatings stars;
    /** A scrobble without {@code time} is a play now; the use case checks a given time against its own clock. */
    private final Clock clock = Clock.systemUTC();

    @Inject
    AnnotationMethods(SubsonicCatalog catalog, SavedPlayback playback, StarsAndRatings stars) {
        this.catalog = catalog;
        this.playback = playback;
        this.stars = stars;
    }

    void addTo(Map<String, Entry> methods) {
        methods.put("star", new Entry(Need.USER, call -> star(call, true)));
        methods.put("unstar", new Entry(Need.USER, call -> star(call, false)));
        methods.put("setRating", new Entry(Need.USER, this::setRating));
        methods.put("scrobble", new Entry(Need.USER, this::scrobble));
        methods.put("getStarred", new Entry(Need.USER, call -> starred(call, "starred")));
        methods.put("getStarred2", new Entry(Need.USER, call -> starred(call, "starred2")));
    }

    /**
     * Stars or unstars every song, album and artist named by {@code id} (any of the three kinds, as Navidrome takes
     * them), {@code albumId} and {@code artistId}; all of them must exist, or none is changed.
     */
    private Element star(SubsonicCall call, boolean favorite) {
        SubsonicParams params = call.params();
        List<SubsonicIds.Ref> refs = new ArrayList<>();
        params.all("id").forEach(id -> refs.add(SubsonicIds.parse(id)));
        params.all("albumId").forEach(id -> refs.add(new SubsonicIds.Ref(SubsonicIds.Kind.ALBUM,
                SubsonicIds.album(id).value())));
        params.all("artistId").forEach(id -> refs.add(new SubsonicIds.Ref(SubsonicIds.Kind.ARTIST,
                SubsonicIds.artist(id).value())));
        if (refs.isEmpty()) {
            throw SubsonicError.missing("id");
        }
        ListenerLibrary library = call.library();
        refs.forEach(ref -> exists(library, ref));
        UserId caller = call.caller().id();
        for (SubsonicIds.Ref ref : refs) {
            switch (ref.kind()) {
                case TRACK -> library.setTrackFavorite(TrackId.of(ref.value()), favorite);
                case ALBUM -> stars.setAlbumFavorite(caller, AlbumId.of(ref.value()), favorite);
                case ARTIST -> stars.setArtistFavorite(caller, ArtistId.of(ref.value()), favorite);
                default -> throw new IllegalStateException("unknown kind " + ref.kind());
            }
        }
        return Element.fragment();
    }

    /** Rates ({@code rating} 1-5) or unrates (0) the song, album or artist named by {@code id}. */
    private Element setRating(SubsonicCall call) {
        SubsonicParams params = call.params();
        SubsonicIds.Ref ref = SubsonicIds.parse(params.required("id"));
        int rating = params.intParam("rating", -1, Rating.NONE, Rating.MAX);
        if (rating < 0) {
            throw SubsonicError.missing("rating");
        }
        UserId caller = call.caller().id();
        boolean found = switch (ref.kind()) {
            case TRACK -> stars.rateTrack(caller, TrackId.of(ref.value()), rating);
            case ALBUM -> stars.rateAlbum(caller, AlbumId.of(ref.value()), rating);
            case ARTIST -> stars.rateArtist(caller, ArtistId.of(ref.value()), rating);
        };
        if (!found) {
            throw SubsonicError.notFound(params.required("id"));
        }
        return Element.fragment();
    }

    /** @throws SubsonicError 70 if the song, album or artist does not exist */
    private static void exists(ListenerLibrary library, SubsonicIds.Ref ref) {
        boolean found = switch (ref.kind()) {
            case TRACK -> library.getTrack(TrackId.of(ref.value())).isPresent();
            case ALBUM -> library.getAlbum(AlbumId.of(ref.value())).isPresent();
            case ARTIST -> library.getArtist(ArtistId.of(ref.value())).isPresent();
        };
        if (!found) {
            throw SubsonicError.notFound(switch (ref.kind()) {
                case TRACK -> "song " + SubsonicIds.of(TrackId.of(ref.value()));
                case ALBUM -> "album " + SubsonicIds.of(AlbumId.of(ref.value()));
                case ARTIST -> "artist " + SubsonicIds.of(ArtistId.of(ref.value()));
            });
        }
    }

    private Element scrobble(SubsonicCall call) {
        SubsonicParams params = call.params();
        List<TrackId> ids = songs(call);
        List<String> times = params.all("time");
        if (!params.booleanParam("submission", true)) {
            // now playing: the player's last song (getNowPlaying), not a play
            String player = params.optional("c");
            ids.forEach(id -> playback.setNowPlaying(call.caller().id(), id, player));
            return Element.fragment();
        }
        for (int i = 0; i < ids.size(); i++) {
            Instant at = i < times.size() ? time(times.get(i)) : clock.instant();
            call.library().recordTrackPlay(ids.get(i), at);
        }
        return Element.fragment();
    }

    /** @return the songs named by every {@code id} (at least one), each checked to exist */
    private static List<TrackId> songs(SubsonicCall call) {
        List<String> raw = call.params().all("id");
        if (raw.isEmpty()) {
            throw SubsonicError.missing("id");
        }
        List<TrackId> ids = new ArrayList<>();
        for (String id : raw) {
            TrackId track = SubsonicIds.track(id);
            call.library().getTrack(track).orElseThrow(() -> SubsonicError.notFound("song " + id));
            ids.add(track);
        }
        return ids;
    }

    private static Instant time(String millis) {
        try {
            return Instant.ofEpochMilli(Long.parseLong(millis.strip()));
        } catch (NumberFormatException e) {
            throw new SubsonicError(SubsonicError.GENERIC, "time must be milliseconds since 1970 but was '"
                    + SubsonicParams.shorten(millis) + "'");
        }
    }

    /** The caller's starred artists, albums (the latest star first) and songs; getStarred as directory entries. */
    private Element starred(SubsonicCall call, String name) {
        ListenerLibrary library = call.library();
        UserId caller = call.caller().id();
        boolean id3 = name.equals("starred2");
        List<Track> favorites = SubsonicCatalog.all(library::getFavoriteTracks);
        List<Element> artists = SubsonicCatalog.all(page -> stars.getStarredArtists(caller, page)).stream()
                .map(artist -> id3 ? SubsonicCatalog.artist(artist)
                        : Element.of("artist").attr("id", SubsonicIds.of(artist.id())).attr("name", artist.name()))
                .toList();
        List<Element> albums = SubsonicCatalog.all(page -> stars.getStarredAlbums(caller, page)).stream()
                .map(album -> id3 ? SubsonicCatalog.album("album", album)
                        : SubsonicCatalog.albumAsDirectory("album", album))
                .toList();
        return Element.fragment(Element.of(name).addList("artist", artists).addList("album", albums)
                .addList("song", favorites.stream().map(track -> catalog.song(library, "song", track, null))
                        .toList()));
    }
}
