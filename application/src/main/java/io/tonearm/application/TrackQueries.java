package io.tonearm.application;

import io.tonearm.domain.AlbumId;
import io.tonearm.domain.ChartEntry;
import io.tonearm.domain.InvalidValueException;
import io.tonearm.domain.Page;
import io.tonearm.domain.PageRequest;
import io.tonearm.domain.SearchQuery;
import io.tonearm.domain.TitleAndArtist;
import io.tonearm.domain.Track;
import io.tonearm.domain.TrackId;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reading tracks. Every answer may come from the query cache; none is older than the last change. */
public interface TrackQueries {

    /** @return the track, or empty if there is none with this id */
    Optional<Track> getTrack(TrackId id);

    /** @return all tracks, in the order they were added */
    Page<Track> getAllTracks(PageRequest page);

    /** @return the tracks whose title, artists or album match every word of the query */
    Page<Track> searchTracks(SearchQuery query, PageRequest page);

    /**
     * @return the tracks with these ids, in the order of the ids; ids of no track are left out, a repeated id gives
     *     the track once for each time
     * @throws InvalidValueException naming {@code ids} if more than {@link #MAX_LOOKUPS} ids are asked for
     */
    List<Track> getTracks(List<TrackId> ids);

    /**
     * Like {@link #getTracks} for any number of ids, asked {@link #MAX_LOOKUPS} at a time.
     *
     * @return the tracks of these ids that exist, by id (each id once, however often it is given)
     */
    default Map<TrackId, Track> getTracksById(Collection<TrackId> ids) {
        List<TrackId> distinct = List.copyOf(new LinkedHashSet<>(ids));
        Map<TrackId, Track> found = new HashMap<>();
        for (int from = 0; from < distinct.size(); from += MAX_LOOKUPS) {
            getTracks(distinct.subList(from, Math.min(distinct.size(), from + MAX_LOOKUPS)))
                    .forEach(track -> found.put(track.id(), track));
        }
        return found;
    }

    /**
     * @param window how far back plays count, from 1 day to {@link #MAX_CHART_WINDOW}
     * @return the tracks most played by every user within the window, the most played first
     * @throws InvalidValueException naming {@code days} if the window is out of range
     */
    Page<ChartEntry> getChart(Duration window, PageRequest page);

    /** @return the album's tracks by disc and track number (empty if there is no such album) */
    Page<Track> getAlbumTracks(AlbumId album, PageRequest page);

    /**
     * Looks up many (title, artist) pairs in one query.
     *
     * @return every track matching one of the pairs, ignoring case and accents
     * @throws InvalidValueException if more than {@link #MAX_LOOKUPS} pairs are asked for
     */
    List<Track> findTracks(List<TitleAndArtist> wanted);

    /** The longest chart window. */
    Duration MAX_CHART_WINDOW = Duration.ofDays(3660);

    /** The most pairs {@link #findTracks} and ids {@link #getTracks} take at once. */
    int MAX_LOOKUPS = 500;
}
