package io.tonearm.adapters.persistence.compliant;

import com.google.inject.AbstractModule;
import io.tonearm.domain.port.compliant.Favorites;

/** A Guice module as the rules want it: public, final, named *Module, bindings only in configure(). */
public final class FavoritesModule extends AbstractModule {
    @Override
    protected void configure() {
        bind(Favorites.class).to(SqlFavorites.class);
    }
}
