package io.tonearm.domain.port.compliant;

import io.tonearm.domain.NewTrack;
import io.tonearm.domain.Page;
import io.tonearm.domain.PageRequest;
import io.tonearm.domain.SearchQuery;
import io.tonearm.domain.Track;
import io.tonearm.domain.TrackChanges;
import io.tonearm.domain.TrackId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** A port that follows every API guideline. */
public interface CompliantTracks {
    Optional<Track> findById(TrackId id);

    Optional<Track> getTrack(TrackId id);

    Optional<Track> findByTitle(String title);

    List<Track> findByArtist(String artist);

    List<Track> findByIds(Collection<TrackId> ids);

    Page<Track> findAll(PageRequest page);

    Page<TrackId> search(SearchQuery query, PageRequest page);

    Track add(NewTrack track);

    int addAll(List<NewTrack> tracks);

    long addTracks(NewTrack... tracks);

    Optional<Track> update(TrackId id, TrackChanges changes);

    boolean delete(TrackId id);

    int deleteAll(Collection<TrackId> ids);

    boolean setFavorite(TrackId id, boolean favorite);

    /** Not a setter by the guidelines' definition ("set" must be followed by a capital): free to return void. */
    void settle();
}
