package io.tonearm.application.listening;

import io.tonearm.application.TrackQueries;
import io.tonearm.domain.media.MediaFiles;
import io.tonearm.domain.media.TrackMedia;
import io.tonearm.domain.media.Transcode;
import io.tonearm.domain.media.TranscodeRequest;
import io.tonearm.domain.media.Transcoder;
import io.tonearm.domain.media.TranscodingBusyException;
import io.tonearm.domain.media.TranscodingUnavailableException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.util.Objects;
import java.util.Optional;

/**
 * Streams in another format or at a lower bit rate (for phones on slow links), through the transcoder; the
 * original is sent untouched whenever it already meets the request.
 */
public interface TrackTranscodes {

    /**
     * @param media   the track's file, from {@link TrackStreams#getTrackMedia}
     * @param request the format, the highest bit rate wanted and where in the track to start
     * @return the transcode to send (from the request's offset), or empty when the original already is of the
     *     format, at a bit rate known not to exceed the maximum asked, and no offset is asked: it is then sent
     *     untouched
     * @throws TranscodingUnavailableException if transcoding is needed but there is no encoder
     * @throws TranscodingBusyException if transcoding is needed but every slot stayed taken
     */
    Optional<Transcode> transcode(TrackMedia media, TranscodeRequest request);

    /**
     * Opens a kept transcode for reading; the caller closes it.
     *
     * @throws UncheckedIOException if it cannot be opened (the cache dropped it meanwhile)
     */
    FileChannel openTranscode(Transcode.Kept kept);

    /**
     * Creates the use case.
     *
     * @param tracks     the catalog's tracks (their format and bit rate)
     * @param transcoder makes and keeps the transcodes
     * @param files      reads the kept transcodes
     * @return the use case
     */
    static TrackTranscodes create(TrackQueries tracks, Transcoder transcoder, MediaFiles files) {
        return new TrackTranscodeService(Objects.requireNonNull(tracks, "tracks"),
                Objects.requireNonNull(transcoder, "transcoder"), Objects.requireNonNull(files, "files"));
    }
}
