package io.tonearm.adapters.persistence.audio;

import com.google.inject.AbstractModule;
import com.google.inject.Scopes;
import io.tonearm.domain.port.AudioFiles;

/**
 * Binds {@link AudioFiles} to the jaudiotagger adapter. Needs a binding for
 * {@link io.tonearm.domain.ArtistSeparators} (the configured artist separators).
 */
public final class AudioFilesModule extends AbstractModule {
    @Override
    protected void configure() {
        bind(AudioFiles.class).to(JaudiotaggerAudioFiles.class).in(Scopes.SINGLETON);
    }
}
