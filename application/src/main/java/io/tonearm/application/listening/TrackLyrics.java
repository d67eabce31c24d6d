package io.tonearm.application.listening;

import io.tonearm.domain.Track;
import io.tonearm.domain.lyrics.Lyrics;
import java.util.List;
import java.util.Objects;

/**
 * A track and the lyrics found for it.
 *
 * @param track  the track as the catalog has it
 * @param lyrics its lyrics, the preferred first (none when it has none)
 */
public record TrackLyrics(Track track, List<Lyrics> lyrics) {
    /** @throws NullPointerException if a part is null */
    public TrackLyrics {
        Objects.requireNonNull(track, "track");
        lyrics = List.copyOf(lyrics);
    }
}
