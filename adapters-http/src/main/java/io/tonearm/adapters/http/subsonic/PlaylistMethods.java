package io.tonearm.adapters.http.subsonic;

import io.tonearm.adapters.http.subsonic.SubsonicMethod.Entry;
import io.tonearm.adapters.http.subsonic.SubsonicMethod.Need;
import io.tonearm.application.PlaylistEdit;
import io.tonearm.application.PlaylistLibrary;
import io.tonearm.application.users.Accounts;
import io.tonearm.application.users.Caller;
import io.tonearm.domain.InvalidValueException;
import io.tonearm.domain.Track;
import io.tonearm.domain.TrackId;
import io.tonearm.domain.playlist.Playlist;
import io.tonearm.domain.playlist.PlaylistChanges;
import io.tonearm.domain.playlist.PlaylistId;
import io.tonearm.domain.user.User;
import io.tonearm.domain.user.UserName;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The playlist methods: getPlaylists, getPlaylist, createPlaylist (a new one from {@code name}, or with
 * {@code playlistId} the entries of an existing one replaced and, given a {@code name}, it renamed, in one
 * transaction), updatePlaylist and deletePlaylist. They call the same use cases as {@code /api/playlists}: the
 * caller sees their own playlists and everybody's public ones, and changes only their own (an admin any). A playlist
 * the caller may not see is error 70, one they may see but not change error 50.
 */
final class PlaylistMethods {
    private final PlaylistLibrary playlists;
    private final SubsonicCatalog catalog;
    private final Accounts accounts;

    @Inject
    PlaylistMethods(PlaylistLibrary playlists, SubsonicCatalog catalog, Accounts accounts) {
        this.playlists = playlists;
        this.catalog = catalog;
        this.accounts = accounts;
    }

    void addTo(Map<String, Entry> methods) {
        methods.put("getPlaylists", new Entry(Need.USER, this::getPlaylists));
        methods.put("getPlaylist", new Entry(Need.USER, this::getPlaylist));
        methods.put("createPlaylist", new Entry(Need.USER, this::createPlaylist));
        methods.put("updatePlaylist", new Entry(Need.USER, this::updatePlaylist));
        methods.put("deletePlaylist", new Entry(Need.USER, this::deletePlaylist));
    }

    /**
     * The caller's own and everybody's public playlists; with {@code username} naming another user, that user's
     * playlists, public and private (admins only: error 50 for anybody else, 70 for an unknown user).
     */
    private Element getPlaylists(SubsonicCall call) {
        Caller caller = call.caller();
        String name = call.params().optional("username");
        List<Playlist> listed;
        if (name == null || name.isEmpty() || name.equalsIgnoreCase(caller.name().value())) {
            listed = SubsonicCatalog.all(page -> playlists.getPlaylists(caller, page));
        } else if (!caller.admin()) {
            throw new SubsonicError(SubsonicError.NOT_AUTHORIZED, caller.name() + " may only list their own and the "
                    + "public playlists; another user's are for admins");
        } else {
            listed = playlists.getPlaylistsOwnedBy(caller, userNamed(name).id());
        }
        return Element.fragment(Element.of("playlists")
                .addList("playlist", listed.stream().map(PlaylistMethods::playlist).toList()));
    }

    /** @throws SubsonicError 70 if there is no user of this name */
    private User userNamed(String name) {
        try {
            return accounts.findUserByName(UserName.of(name))
                    .orElseThrow(() -> SubsonicError.notFound("user " + SubsonicParams.shorten(name)));
        } catch (InvalidValueException e) {
            throw SubsonicError.notFound("user " + SubsonicParams.shorten(name));
        }
    }

    private Element getPlaylist(SubsonicCall call) {
        return withEntries(call, visible(call, SubsonicIds.playlist(call.params().required("id"))));
    }

    private Element createPlaylist(SubsonicCall call) {
        SubsonicParams params = call.params();
        String existing = params.optional("playlistId");
        List<TrackId> songs = songs(call, "songId");
        if (existing != null && !existing.isEmpty()) {
            PlaylistId id = SubsonicIds.playlist(existing);
            visible(call, id);
            // the rename and the new entries in one transaction: both or neither
            PlaylistEdit replacing = PlaylistEdit.replacing(new PlaylistChanges(emptyToNull(params.optional("name")),
                    null, null), songs);
            Playlist replaced = playlists.updatePlaylist(call.caller(), id, replacing)
                    .orElseThrow(() -> SubsonicError.notFound("playlist " + SubsonicParams.shorten(existing)));
            return withEntries(call, replaced);
        }
        Playlist created = playlists.createPlaylist(call.caller(), params.required("name"), null, false, songs);
        return withEntries(call, created);
    }

    /**
     * Changes the name, comment and public flag, removes the entries at {@code songIndexToRemove} (indexes in the
     * playlist as it was) and appends {@code songIdToAdd}, in one transaction: all of it or nothing. Every song is
     * checked to exist first.
     */
    private Element updatePlaylist(SubsonicCall call) {
        SubsonicParams params = call.params();
        String raw = params.required("playlistId");
        PlaylistId id = SubsonicIds.playlist(raw);
        visible(call, id);
        List<TrackId> added = songs(call, "songIdToAdd");
        Set<Integer> removed = new HashSet<>();
        for (String index : params.all("songIndexToRemove")) {
            try {
                removed.add(Integer.parseInt(index.strip()));
            } catch (NumberFormatException e) {
                throw new SubsonicError(SubsonicError.GENERIC, "songIndexToRemove must be a whole number but was '"
                        + SubsonicParams.shorten(index) + "'");
            }
        }
        String isPublic = params.optional("public");
        PlaylistChanges changes = new PlaylistChanges(emptyToNull(params.optional("name")), params.optional("comment"),
                isPublic == null || isPublic.isEmpty() ? null : Boolean.parseBoolean(isPublic.strip()));
        playlists.updatePlaylist(call.caller(), id, new PlaylistEdit(changes, removed, added))
                .orElseThrow(() -> SubsonicError.notFound("playlist " + SubsonicParams.shorten(raw)));
        return Element.fragment();
    }

    private Element deletePlaylist(SubsonicCall call) {
        String raw = call.params().required("id");
        if (!playlists.deletePlaylist(call.caller(), SubsonicIds.playlist(raw))) {
            throw SubsonicError.notFound("playlist " + SubsonicParams.shorten(raw));
        }
        return Element.fragment();
    }

    /** @throws SubsonicError 70 if there is no such playlist the caller may see */
    private Playlist visible(SubsonicCall call, PlaylistId id) {
        return playlists.getPlaylist(call.caller(), id)
                .orElseThrow(() -> SubsonicError.notFound("playlist " + SubsonicIds.of(id)));
    }

    /** @return the playlist element with every entry as a song, as the caller sees it */
    private Element withEntries(SubsonicCall call, Playlist playlist) {
        List<Track> tracks = SubsonicCatalog.all(page -> playlists.getPlaylistTracks(call.caller(), playlist.id(),
                page));
        return Element.fragment(playlist(playlist).addList("entry", tracks.stream()
                .map(track -> catalog.song(call.library(), "entry", track, null)).toList()));
    }

    /** The attributes Subsonic clients read of a playlist (duration in seconds, times in ISO 8601). */
    static Element playlist(Playlist playlist) {
        return Element.of("playlist")
                .attr("id", SubsonicIds.of(playlist.id()))
                .attr("name", playlist.name())
                .attr("comment", playlist.comment())
                .attr("owner", playlist.ownerName().value())
                .attr("public", playlist.isPublic())
                .attr("songCount", playlist.entryCount())
                .attr("duration", playlist.duration().toSeconds())
                .attr("created", playlist.createdAt().toString())
                .attr("changed", playlist.changedAt().toString())
                .attr("readonly", false);
    }

    /** @return the songs of every {@code name} parameter, each checked to exist (error 70 before any change) */
    private static List<TrackId> songs(SubsonicCall call, String name) {
        List<TrackId> ids = new ArrayList<>();
        for (String raw : call.params().all(name)) {
            TrackId track = SubsonicIds.track(raw);
            call.library().getTrack(track).orElseThrow(() -> SubsonicError.notFound("song " + raw));
            ids.add(track);
        }
        return ids;
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
