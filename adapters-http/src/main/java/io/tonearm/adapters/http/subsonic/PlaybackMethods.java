package io.tonearm.adapters.http.subsonic;

import io.tonearm.adapters.http.subsonic.SubsonicMethod.Entry;
import io.tonearm.adapters.http.subsonic.SubsonicMethod.Need;
import io.tonearm.application.playback.NowPlayingTrack;
import io.tonearm.application.playback.SavedPlayback;
import io.tonearm.domain.PageRequest;
import io.tonearm.domain.Track;
import io.tonearm.domain.TrackId;
import io.tonearm.domain.playback.Bookmark;
import io.tonearm.domain.playback.NowPlaying;
import io.tonearm.domain.playback.PlayQueue;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The caller's saved play queue ({@code getPlayQueue}, {@code savePlayQueue}: what an app keeps to carry on on
 * another device) and bookmarks ({@code getBookmarks}, {@code createBookmark}, {@code deleteBookmark}), through
 * {@link SavedPlayback}, and what everyone plays now ({@code getNowPlaying}; a player says so with {@code
 * scrobble} and {@code submission=false}). Songs are answered as the caller sees them (their stars and plays).
 */
final class PlaybackMethods {
    /** Bookmarks answered at most: Subsonic's {@code getBookmarks} is not paged. */
    static final int MOST_BOOKMARKS = PageRequest.MAX_LIMIT;

    private final SavedPlayback playback;
    private final SubsonicCatalog catalog;

    @Inject
    PlaybackMethods(SavedPlayback playback, SubsonicCatalog catalog) {
        this.playback = playback;
        this.catalog = catalog;
    }

    void addTo(Map<String, Entry> methods) {
        methods.put("getPlayQueue", new Entry(Need.USER, this::getPlayQueue));
        methods.put("savePlayQueue", new Entry(Need.USER, this::savePlayQueue));
        methods.put("getBookmarks", new Entry(Need.USER, this::getBookmarks));
        methods.put("createBookmark", new Entry(Need.USER, this::createBookmark));
        methods.put("deleteBookmark", new Entry(Need.USER, this::deleteBookmark));
        methods.put("getNowPlaying", new Entry(Need.USER, this::getNowPlaying));
    }

    /** Every user's players' current songs (each song as the caller sees it), with who, where and since when. */
    private Element getNowPlaying(SubsonicCall call) {
        Instant now = Instant.now();
        Map<String, Integer> players = new HashMap<>();
        List<Element> items = new ArrayList<>();
        // the tracks are read once, as the caller sees them, by the use case that also checks they still play
        for (NowPlayingTrack playing : playback.getNowPlaying(call.library())) {
            NowPlaying entry = playing.entry();
            String player = entry.user().value() + "/" + entry.player();
            items.add(catalog.song(call.library(), "entry", playing.track(), null)
                    .attr("username", entry.userName().value())
                    .attr("minutesAgo", Math.max(0, Duration.between(entry.startedAt(), now).toMinutes()))
                    .attr("playerId", players.computeIfAbsent(player, key -> players.size() + 1))
                    .attr("playerName", entry.player().isEmpty() ? null : entry.player()));
        }
        return Element.fragment(Element.of("nowPlaying").addList("entry", items));
    }

    /** No saved queue (or an empty one) answers an empty response, as Navidrome does. */
    private Element getPlayQueue(SubsonicCall call) {
        Optional<PlayQueue> saved = playback.getPlayQueue(call.caller().id());
        if (saved.isEmpty() || saved.get().tracks().isEmpty()) {
            return Element.fragment();
        }
        PlayQueue queue = saved.get();
        Element element = Element.of("playQueue")
                .attr("current", queue.currentIndex() == PlayQueue.NONE ? null
                        : SubsonicIds.of(queue.tracks().get(queue.currentIndex())))
                .attr("position", queue.positionMs())
                .attr("username", call.caller().name())
                .attr("changed", queue.changedAt().toString())
                .attr("changedBy", queue.changedBy());
        return Element.fragment(element.addList("entry", songs(call, queue.tracks())));
    }

    /** Without any {@code id}, the saved queue is cleared. */
    private Element savePlayQueue(SubsonicCall call) {
        SubsonicParams params = call.params();
        List<TrackId> tracks = params.all("id").stream().map(SubsonicIds::track).toList();
        String current = params.optional("current");
        TrackId playing = current == null || current.isEmpty() ? null : SubsonicIds.track(current);
        long position = params.intParam("position", 0, 0, Integer.MAX_VALUE);
        String client = params.optional("c");
        if (playback.savePlayQueue(call.caller().id(), tracks, playing, position, client).isEmpty()) {
            throw SubsonicError.notFound("user " + call.caller().name());
        }
        return Element.fragment();
    }

    private Element getBookmarks(SubsonicCall call) {
        List<Bookmark> bookmarks = playback.getBookmarks(call.caller().id(), PageRequest.first(MOST_BOOKMARKS))
                .items();
        Map<TrackId, Track> tracks = call.library().getTracksById(bookmarks.stream().map(Bookmark::track).toList());
        List<Element> items = new ArrayList<>();
        for (Bookmark bookmark : bookmarks) {
            Track track = tracks.get(bookmark.track());
            if (track != null) { // removed since: its bookmark went with it
                items.add(Element.of("bookmark")
                        .attr("position", bookmark.positionMs())
                        .attr("username", call.caller().name())
                        .attr("comment", bookmark.comment())
                        .attr("created", bookmark.createdAt().toString())
                        .attr("changed", bookmark.changedAt().toString())
                        .add(catalog.song(call.library(), "entry", track, null)));
            }
        }
        return Element.fragment(Element.of("bookmarks").addList("bookmark", items));
    }

    private Element createBookmark(SubsonicCall call) {
        SubsonicParams params = call.params();
        String id = params.required("id");
        long position = params.intParam("position", 0, 0, Integer.MAX_VALUE);
        if (params.optional("position") == null) {
            throw SubsonicError.missing("position");
        }
        if (!playback.setBookmark(call.caller().id(), SubsonicIds.track(id), position, params.optional("comment"))) {
            throw SubsonicError.notFound("song " + SubsonicParams.shorten(id));
        }
        return Element.fragment();
    }

    private Element deleteBookmark(SubsonicCall call) {
        String id = call.params().required("id");
        if (!playback.deleteBookmark(call.caller().id(), SubsonicIds.track(id))) {
            throw SubsonicError.notFound("bookmark of song " + SubsonicParams.shorten(id));
        }
        return Element.fragment();
    }

    /** @return the song elements of these tracks in their order (a track gone since is left out) */
    private List<Element> songs(SubsonicCall call, List<TrackId> ids) {
        Map<TrackId, Track> tracks = call.library().getTracksById(ids);
        List<Element> songs = new ArrayList<>();
        for (TrackId id : ids) {
            Track track = tracks.get(id);
            if (track != null) {
                songs.add(catalog.song(call.library(), "entry", track, null));
            }
        }
        return songs;
    }
}
