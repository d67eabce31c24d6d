package io.tonearm.adapters.http;

import io.tonearm.domain.media.Artwork;
import io.tonearm.domain.media.CoverFile;
import io.tonearm.domain.media.UnusableCoverException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * Artwork for the routes' tests: the {@code cover.jpg} beside the audio file as it is (whatever the size asked,
 * which is remembered), none without one, and unusable when a {@code bad-cover} file lies there.
 */
final class FolderArtwork implements Artwork {
    final List<Integer> sizesAsked = new CopyOnWriteArrayList<>();

    @Override
    public Optional<CoverFile> findCover(String audioPath, int maxSize) {
        sizesAsked.add(maxSize);
        Path directory = Path.of(audioPath).getParent();
        if (Files.exists(directory.resolve("bad-cover"))) {
            throw new UnusableCoverException(directory.resolve("bad-cover") + " is corrupt");
        }
        Path cover = directory.resolve("cover.jpg");
        try {
            return Files.isRegularFile(cover) ? Optional.of(new CoverFile(cover.toString(), "image/jpeg",
                    Files.size(cover), Files.getLastModifiedTime(cover).toInstant())) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The HTTP tests fetch no covers from elsewhere. */
    @Override
    public Optional<CoverFile> findCover(String source, Supplier<Optional<byte[]>> image, int maxSize) {
        throw new UnsupportedOperationException("the HTTP tests have no fetched covers: " + source);
    }
}
