package io.tonearm.adapters.http.subsonic;

import io.tonearm.adapters.http.subsonic.SubsonicMethod.Entry;
import io.tonearm.adapters.http.subsonic.SubsonicMethod.Need;
import io.tonearm.application.ListenerLibrary;
import io.tonearm.application.playback.SavedPlayback;
import io.tonearm.domain.Track;
import io.tonearm.domain.TrackId;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The annotation methods, each the caller's own: star and unstar (songs), scrobble ({@code submission=true}
 * records a play at {@code time}; {@code false} says what the caller's player is playing now), getStarred and
 * getStarred2. They call the same per-user use cases as {@code /api}'s favorites and plays, so a star through
 * either drops exactly the same cached queries.
 */
final class AnnotationMethods {
    private final SubsonicCatalog catalog;
    private final SavedPlayback playback;
    /** A scrobble without {@code time} is a play now; the use case checks a given time against its own clock. */
    private final Clock clock = Clock.systemUTC();

    @Inject
    AnnotationMethods(SubsonicCatalog catalog, SavedPlayback playback) {
        this.catalog = catalog;
        this.playback = playback;
    }

    void addTo(Map<String, Entry> methods) {
        methods.put("star", new Entry(Need.USER, call -> star(call, true)));
        methods.put("unstar", new Entry(Need.USER, call -> star(call, false)));
        methods.put("scrobble", new Entry(Need.USER, this::scrobble));
        methods.put("getStarred", new Entry(Need.USER, call -> starred(call, "starred")));
        methods.put("getStarred2", new Entry(Need.USER, call -> starred(call, "starred2")));
    }

    /** Stars or unstars every song named by {@code id}; all of them must exist, or none is changed. */
    private Element star(SubsonicCall call, boolean favorite) {
        SubsonicParams params = call.params();
        if (!params.all("albumId").isEmpty() || !params.all("artistId").isEmpty()) {
            throw new SubsonicError(SubsonicError.GENERIC, "only songs can be starred: Tonearm keeps favorites of "
                    + "songs, not of albums or artists");
        }
        List<TrackId> ids = songs(call);
        for (TrackId id : ids) {
            call.library().setTrackFavorite(id, favorite);
        }
        return Element.fragment();
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

    private Element starred(SubsonicCall call, String name) {
        ListenerLibrary library = call.library();
        List<Track> favorites = SubsonicCatalog.all(library::getFavoriteTracks);
        return Element.fragment(Element.of(name).addList("artist", List.of()).addList("album", List.of())
                .addList("song", favorites.stream().map(track -> catalog.song(library, "song", track, null))
                        .toList()));
    }
}
