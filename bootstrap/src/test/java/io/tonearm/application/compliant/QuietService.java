package io.tonearm.application.compliant;

import io.tonearm.domain.TrackId;
import io.tonearm.domain.port.compliant.Favorites;
import jakarta.inject.Inject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** An application service as the rules want it: domain, java.*, jakarta.inject and SLF4J only. */
final class QuietService {
    private static final Logger LOG = LoggerFactory.getLogger(QuietService.class);

    private final Favorites favorites;

    @Inject
    QuietService(Favorites favorites) {
        this.favorites = favorites;
    }

    boolean like(TrackId id) {
        LOG.debug("liking {}", id);
        return favorites.setFavorite(id, true);
    }
}
