package io.tonearm.domain.port.violations;

import io.tonearm.domain.PageRequest;
import io.tonearm.domain.Track;
import java.util.List;

/** Takes a PageRequest but answers a bare list: no total, no request to page on. */
public interface PagedQueryReturningList {
    List<Track> findAll(PageRequest page);
}
