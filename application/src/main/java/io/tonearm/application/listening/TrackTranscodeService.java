package io.tonearm.application.listening;

import io.tonearm.application.TrackQueries;
import io.tonearm.domain.Track;
import io.tonearm.domain.media.MediaFiles;
import io.tonearm.domain.media.TrackMedia;
import io.tonearm.domain.media.Transcode;
import io.tonearm.domain.media.TranscodeRequest;
import io.tonearm.domain.media.Transcoder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.util.Objects;
import java.util.Optional;

/** Decides between the original and a transcode from the catalog's facts of the track. */
final class TrackTranscodeService implements TrackTranscodes {
    private final TrackQueries tracks;
    private final Transcoder transcoder;
    private final MediaFiles files;

    TrackTranscodeService(TrackQueries tracks, Transcoder transcoder, MediaFiles files) {
        this.tracks = tracks;
        this.transcoder = transcoder;
        this.files = files;
    }

    @Override
    public Optional<Transcode> transcode(TrackMedia media, TranscodeRequest request) {
        Objects.requireNonNull(media, "media");
        Objects.requireNonNull(request, "request");
        Integer bitRate = tracks.getTrack(media.track()).map(Track::bitrate).orElse(null);
        if (request.isMetBy(extension(media.fileName()), bitRate)) {
            return Optional.empty();
        }
        return Optional.of(transcoder.transcode(media, request.format(), request.bitRate(), request.offset()));
    }

    @Override
    public FileChannel openTranscode(Transcode.Kept kept) {
        Objects.requireNonNull(kept, "kept");
        try {
            return files.open(kept.path());
        } catch (IOException e) {
            throw new UncheckedIOException("the kept transcode " + kept.path() + " cannot be opened", e);
        }
    }

    private static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1);
    }
}
