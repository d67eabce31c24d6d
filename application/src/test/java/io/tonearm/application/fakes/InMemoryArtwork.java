package io.tonearm.application.fakes;

import io.tonearm.domain.media.Artwork;
import io.tonearm.domain.media.CoverFile;
import io.tonearm.domain.media.UnusableCoverException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/** Covers by audio path; the size asked for is part of the answer's path, and every request is kept. */
public final class InMemoryArtwork implements Artwork {
    private final Set<String> withCover = ConcurrentHashMap.newKeySet();
    private final Set<String> unusable = ConcurrentHashMap.newKeySet();
    private final List<String> asked = new ArrayList<>();

    /** The audio file at this path has a cover. */
    public InMemoryArtwork cover(String audioPath) {
        withCover.add(audioPath);
        return this;
    }

    /** The audio file at this path has a cover that cannot be used. */
    public InMemoryArtwork unusable(String audioPath) {
        unusable.add(audioPath);
        return this;
    }

    /** @return every request, as {@code path@size} */
    public synchronized List<String> asked() {
        return List.copyOf(asked);
    }

    @Override
    public synchronized Optional<CoverFile> findCover(String audioPath, int maxSize) {
        asked.add(audioPath + "@" + maxSize);
        if (unusable.contains(audioPath)) {
            throw new UnusableCoverException(audioPath + " is corrupt");
        }
        return withCover.contains(audioPath)
                ? Optional.of(new CoverFile(audioPath + "@" + maxSize + ".jpg", "image/jpeg", 10, Instant.EPOCH))
                : Optional.empty();
    }

    /** Keeps an image from elsewhere as a "file" named by its source, size and length; asks for it only once. */
    @Override
    public synchronized Optional<CoverFile> findCover(String source, Supplier<Optional<byte[]>> image, int maxSize) {
        String name = source + "@" + maxSize;
        asked.add(name);
        if (kept.containsKey(name)) {
            return Optional.of(kept.get(name));
        }
        Optional<CoverFile> made = image.get().map(bytes -> new CoverFile(name + ".jpg", "image/jpeg", bytes.length,
                Instant.EPOCH));
        made.ifPresent(file -> kept.put(name, file));
        return made;
    }

    private final Map<String, CoverFile> kept = new HashMap<>();
}
