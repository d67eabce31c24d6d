package io.tonearm.application.playback;

import io.tonearm.domain.Track;
import io.tonearm.domain.playback.NowPlaying;
import java.util.Objects;

/**
 * What one player plays now, with its track as the reader sees it.
 *
 * @param entry who plays it, on which player, since when
 * @param track the track ({@code entry.track()}), read once
 */
public record NowPlayingTrack(NowPlaying entry, Track track) {
    public NowPlayingTrack {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(track, "track");
    }
}
