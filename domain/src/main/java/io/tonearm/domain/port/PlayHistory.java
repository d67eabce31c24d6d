package io.tonearm.domain.port;

import io.tonearm.domain.Page;
import io.tonearm.domain.PageRequest;
import io.tonearm.domain.PlayEvent;
import io.tonearm.domain.Track;
import io.tonearm.domain.TrackAnnotation;
import io.tonearm.domain.TrackPlays;
import io.tonearm.domain.user.UserId;
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

    /**
     * Records one user's play in one transaction: the event is kept with the user, the user's play count of the
     * track grows by one and their last played time becomes the later of the old one and the event's, and, when
     * the user has a listening service token that was not refused, the play enters the
     * {@link io.tonearm.domain.enrichment.ScrobbleQueue} as a listen (with the track's tags as they are now).
     *
     * @return the user's annotation of the track after the play, or empty if there is no such track (nothing is
     *     written)
     */
    Optional<TrackAnnotation> record(UserId user, PlayEvent play);

    /**
     * @return tracks by number of plays of every user since {@code since} (inclusive), the most played first
     */
    Page<TrackPlays> chart(Instant since, PageRequest page);

    /** @return tracks by number of plays of one user since {@code since} (inclusive), the most played first */
    Page<TrackPlays> chart(UserId user, Instant since, PageRequest page);
}
