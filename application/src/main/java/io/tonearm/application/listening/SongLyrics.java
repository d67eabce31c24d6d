package io.tonearm.application.listening;

import io.tonearm.application.TrackQueries;
import io.tonearm.domain.TrackId;
import io.tonearm.domain.lyrics.LyricsSource;
import java.util.Objects;
import java.util.Optional;

/**
 * The lyrics of tracks, read where their files keep them ({@link LyricsSource}) on every request: nothing is cached,
 * a lyrics file being small and asked for once per song played.
 */
public interface SongLyrics {
    /** How many tracks matching an artist and a title are looked at for lyrics, at most. */
    int MATCHES_LOOKED_AT = 10;

    /** @return the track's lyrics (none when it has none), or empty if the catalog has no such track */
    Optional<TrackLyrics> getLyrics(TrackId id);

    /**
     * Finds lyrics by what a listener knows of a song.
     *
     * @param artist one of the track's artists, compared ignoring case and accents
     * @param title  the track's title, compared ignoring case and accents
     * @return the first of the matching tracks (at most {@value #MATCHES_LOOKED_AT} looked at) that has lyrics, with
     *     them; empty if none has any, or the artist or the title is missing
     */
    Optional<TrackLyrics> findLyrics(String artist, String title);

    /**
     * Creates the use case.
     *
     * @param tracks the catalog's tracks (through the query cache)
     * @param source reads the lyrics of a track's files
     * @return the use case
     */
    static SongLyrics create(TrackQueries tracks, LyricsSource source) {
        return new SongLyricsService(Objects.requireNonNull(tracks, "tracks"), Objects.requireNonNull(source, "source"));
    }
}
