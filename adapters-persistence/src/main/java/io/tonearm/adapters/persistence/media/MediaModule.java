package io.tonearm.adapters.persistence.media;

import com.google.inject.AbstractModule;
import com.google.inject.Singleton;
import io.tonearm.domain.lyrics.LyricsSource;
import io.tonearm.domain.media.Artwork;
import io.tonearm.domain.media.FolderCovers;
import io.tonearm.domain.media.MediaFiles;
import io.tonearm.domain.media.Transcoder;
import java.util.Objects;

/**
 * Binds {@link MediaFiles} to the local file system, {@link Artwork} to the covers found beside the audio files
 * and kept in a disk cache (and {@link FolderCovers}, which scans ask, to the same covers), {@link Transcoder} to
 * ffmpeg processes with their disk cache, and {@link LyricsSource} to the lyrics files and tags beside and in the
 * audio files. Does no I/O.
 */
public final class MediaModule extends AbstractModule {
    private final ArtworkSettings artwork;
    private final TranscodingSettings transcoding;

    /**
     * @param artwork     how covers are found and where they are kept
     * @param transcoding how tracks are transcoded and where transcodes are kept
     */
    public MediaModule(ArtworkSettings artwork, TranscodingSettings transcoding) {
        this.artwork = Objects.requireNonNull(artwork, "artwork");
        this.transcoding = Objects.requireNonNull(transcoding, "transcoding");
    }

    @Override
    protected void configure() {
        bind(ArtworkSettings.class).toInstance(artwork);
        bind(MediaFiles.class).to(LocalMediaFiles.class).in(Singleton.class);
        bind(DiskArtwork.class).in(Singleton.class);
        bind(Artwork.class).to(DiskArtwork.class);
        bind(FolderCovers.class).to(DiskArtwork.class);
        bind(TranscodingSettings.class).toInstance(transcoding);
        bind(Transcoder.class).to(FfmpegTranscoder.class).in(Singleton.class);
        bind(LyricsSource.class).to(FileLyrics.class).in(Singleton.class);
    }
}
