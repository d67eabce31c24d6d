package io.tonearm.adapters.persistence.media;

import com.google.inject.AbstractModule;
import com.google.inject.Singleton;
import io.tonearm.domain.media.MediaFiles;

/** Binds {@link MediaFiles} to the local file system. Does no I/O. */
public final class MediaModule extends AbstractModule {

    @Override
    protected void configure() {
        bind(MediaFiles.class).to(LocalMediaFiles.class).in(Singleton.class);
    }
}
