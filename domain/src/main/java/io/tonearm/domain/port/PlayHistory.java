package io.tonearm.domain.port;

import io.tonearm.domain.Page;
import io.tonearm.domain.PageRequest;
import io.tonearm.domain.PlayEvent;
import io.tonearm.domain.Track;
import io.tonearm.domain.TrackPlays;
import java.time.Instant;
import java.util.Optional;

/** Every listening of every track, and the counts derived from them. */
public interface PlayHistory {

    /**
     * Records a play in one transaction: the event is kept, the track's play count grows by one and its last
     * played time becomes the later of the old one and the event's.
     *
     * @return the track as it is after the play, or empty if there is no such track (nothing is written)
     */
    Optional<Track> record(PlayEvent play);

    /** @return tracks by number of plays since {@code since} (inclusive), the most played first */
    Page<TrackPlays> chart(Instant since, PageRequest page);
}
