package io.tonearm.adapters.http.subsonic;

import io.tonearm.domain.AlbumId;
import io.tonearm.domain.ArtistId;
import io.tonearm.domain.TrackId;
import io.tonearm.domain.playlist.PlaylistId;

/**
 * The ids Tonearm hands to Subsonic clients. Tracks, albums and artists are numbered apart in the catalog, while
 * some Subsonic methods take any of them ({@code getMusicDirectory}, {@code getCoverArt}, {@code star}); so each
 * id says its kind: {@code tr-12}, {@code al-3}, {@code ar-7} (and playlists {@code pl-5}). Clients treat ids as
 * opaque strings.
 */
final class SubsonicIds {
    static final String TRACK = "tr-";
    static final String ALBUM = "al-";
    static final String ARTIST = "ar-";
    /** Playlists are numbered apart too, and only the playlist methods take their ids. */
    static final String PLAYLIST = "pl-";

    /** What an id names. */
    enum Kind { TRACK, ALBUM, ARTIST }

    /** An id read back. */
    record Ref(Kind kind, long value) {
    }

    private SubsonicIds() {
    }

    static String of(TrackId id) {
        return TRACK + id.value();
    }

    static String of(AlbumId id) {
        return ALBUM + id.value();
    }

    static String of(ArtistId id) {
        return ARTIST + id.value();
    }

    /** @throws SubsonicError 70 if the text is not an id Tonearm handed out */
    static Ref parse(String id) {
        Kind kind = id.startsWith(TRACK) ? Kind.TRACK : id.startsWith(ALBUM) ? Kind.ALBUM
                : id.startsWith(ARTIST) ? Kind.ARTIST : null;
        if (kind != null) {
            try {
                long value = Long.parseLong(id.substring(3));
                if (value > 0) {
                    return new Ref(kind, value);
                }
            } catch (NumberFormatException e) {
                // answered below
            }
        }
        throw SubsonicError.notFound("id " + SubsonicParams.shorten(id));
    }

    static String of(PlaylistId id) {
        return PLAYLIST + id.value();
    }

    /** @throws SubsonicError 70 if the text is not a playlist's id */
    static PlaylistId playlist(String id) {
        if (id.startsWith(PLAYLIST)) {
            try {
                long value = Long.parseLong(id.substring(PLAYLIST.length()));
                if (value > 0) {
                    return PlaylistId.of(value);
                }
            } catch (NumberFormatException e) {
                // answered below
            }
        }
        throw SubsonicError.notFound("playlist " + SubsonicParams.shorten(id));
    }

    /** @throws SubsonicError 70 if the text is not a track's id */
    static TrackId track(String id) {
        Ref ref = parse(id);
        if (ref.kind() != Kind.TRACK) {
            throw SubsonicError.notFound("song " + SubsonicParams.shorten(id));
        }
        return TrackId.of(ref.value());
    }

    /** @throws SubsonicError 70 if the text is not an album's id */
    static AlbumId album(String id) {
        Ref ref = parse(id);
        if (ref.kind() != Kind.ALBUM) {
            throw SubsonicError.notFound("album " + SubsonicParams.shorten(id));
        }
        return AlbumId.of(ref.value());
    }

    /** @throws SubsonicError 70 if the text is not an artist's id */
    static ArtistId artist(String id) {
        Ref ref = parse(id);
        if (ref.kind() != Kind.ARTIST) {
            throw SubsonicError.notFound("artist " + SubsonicParams.shorten(id));
        }
        return ArtistId.of(ref.value());
    }
}
