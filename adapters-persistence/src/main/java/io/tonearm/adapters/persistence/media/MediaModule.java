package io.tonearm.adapters.persistence.media;

import com.google.inject.AbstractModule;
import com.google.inject.Singleton;
import io.tonearm.domain.media.Artwork;
import io.tonearm.domain.media.MediaFiles;
import java.util.Objects;

/**
 * Binds {@link MediaFiles} to the local file system and {@link Artwork} to the covers found beside the audio
 * files and kept in a disk cache. Does no I/O.
 */
public final class MediaModule extends AbstractModule {
    private final ArtworkSettings artwork;

    /** @param artwork how covers are found and where they are kept */
    public MediaModule(ArtworkSettings artwork) {
        this.artwork = Objects.requireNonNull(artwork, "artwork");
    }

    @Override
    protected void configure() {
        bind(ArtworkSettings.class).toInstance(artwork);
        bind(MediaFiles.class).to(LocalMediaFiles.class).in(Singleton.class);
        bind(Artwork.class).to(DiskArtwork.class).in(Singleton.class);
    }
}
