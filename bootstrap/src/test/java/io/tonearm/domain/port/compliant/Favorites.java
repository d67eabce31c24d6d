package io.tonearm.domain.port.compliant;

import io.tonearm.domain.Page;
import io.tonearm.domain.PageRequest;
import io.tonearm.domain.TrackId;

/** A small port for the planted implementations. */
public interface Favorites {
    Page<TrackId> findFavorites(PageRequest page);

    boolean setFavorite(TrackId id, boolean favorite);
}
