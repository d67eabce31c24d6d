package io.tonearm.adapters.persistence.violations;

import io.tonearm.domain.Page;
import io.tonearm.domain.PageRequest;
import io.tonearm.domain.TrackId;
import io.tonearm.domain.port.compliant.Favorites;
import jakarta.inject.Inject;

/** A port implementation that is public, not final, and built through a public constructor. */
public class PublicFavoritesAdapter implements Favorites {
    @Inject
    public PublicFavoritesAdapter() {
    }

    @Override
    public Page<TrackId> findFavorites(PageRequest page) {
        return Page.empty(0, page);
    }

    @Override
    public boolean setFavorite(TrackId id, boolean favorite) {
        return false;
    }
}
