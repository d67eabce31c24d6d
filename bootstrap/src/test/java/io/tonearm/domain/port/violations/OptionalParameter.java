package io.tonearm.domain.port.violations;

import io.tonearm.domain.Page;
import io.tonearm.domain.PageRequest;
import io.tonearm.domain.SearchQuery;
import io.tonearm.domain.TrackId;
import java.util.Optional;

/** Takes an Optional: callers may pass null, empty or a value. */
public interface OptionalParameter {
    Page<TrackId> search(Optional<SearchQuery> query, PageRequest page);
}
