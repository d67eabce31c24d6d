package io.tonearm.application.fakes;

import io.tonearm.domain.AlbumId;
import io.tonearm.domain.enrichment.Artwork;
import io.tonearm.domain.enrichment.FetchedCovers;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Fetched covers in memory; counts the reads of the images themselves. */
public final class InMemoryFetchedCovers implements FetchedCovers {
    private record Kept(Artwork image, Instant at) {
    }

    private final Map<AlbumId, Kept> covers = new HashMap<>();
    private int imageReads;

    @Override
    public synchronized Optional<Instant> fetchedAt(AlbumId album) {
        return Optional.ofNullable(covers.get(album)).map(Kept::at);
    }

    @Override
    public synchronized Optional<Artwork> find(AlbumId album) {
        imageReads++;
        return Optional.ofNullable(covers.get(album)).map(Kept::image);
    }

    @Override
    public synchronized boolean save(AlbumId album, Artwork image, Instant at) {
        covers.put(album, new Kept(image, at));
        return true;
    }

    /** @return how often an image itself was read */
    public synchronized int imageReads() {
        return imageReads;
    }
}
