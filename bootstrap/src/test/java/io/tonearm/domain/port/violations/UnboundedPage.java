package io.tonearm.domain.port.violations;

import io.tonearm.domain.Page;
import io.tonearm.domain.Track;

/** Returns a Page without being given a PageRequest: the caller cannot bound it. */
public interface UnboundedPage {
    Page<Track> findFavorites();
}
