package io.tonearm.application;

import static io.tonearm.application.fakes.NewTrackBuilder.aTrack;

import io.tonearm.application.fakes.InMemoryCatalog;
import io.tonearm.application.fakes.InMemoryChangeLog;
import io.tonearm.application.fakes.InMemoryQueryCache;
import io.tonearm.application.fakes.NewTrackBuilder;
import io.tonearm.application.fakes.TestClock;
import io.tonearm.domain.Track;
import io.tonearm.domain.port.QueryCache;
import io.tonearm.domain.user.UserId;

/**
 * The library on in-memory ports: the catalog, a faithful cache, a change log and a clock that stands still.
 */
final class LibraryFixture {
    final TestClock clock = TestClock.standing();
    final InMemoryCatalog catalog = new InMemoryCatalog(clock);
    final InMemoryQueryCache cache = new InMemoryQueryCache();
    final InMemoryChangeLog changeLog = new InMemoryChangeLog(clock);
    final Library library;
    final Listeners listeners;

    LibraryFixture() {
        this.library = Library.create(catalog, catalog.albums(), catalog.artists(), catalog, cache, changeLog, clock);
        this.listeners = Listeners.create(library, catalog.annotations(), catalog, cache, changeLog, clock);
    }

    /** @return the library as the listener with this id sees it */
    ListenerLibrary as(long listener) {
        return listeners.of(new UserId(listener));
    }

    /** @return a second library on the same catalog reading through {@code otherCache} */
    Library libraryOn(QueryCache otherCache) {
        return Library.create(catalog, catalog.albums(), catalog.artists(), catalog, otherCache, clock);
    }

    /** Stores a track directly in the catalog, as another node would, without touching the cache. */
    Track stored(NewTrackBuilder track) {
        return catalog.add(track.build());
    }

    Track stored() {
        return stored(aTrack());
    }
}
