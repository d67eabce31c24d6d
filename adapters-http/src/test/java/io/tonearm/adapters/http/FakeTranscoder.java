package io.tonearm.adapters.http;

import io.tonearm.domain.media.TrackMedia;
import io.tonearm.domain.media.Transcode;
import io.tonearm.domain.media.TranscodeFormat;
import io.tonearm.domain.media.Transcoder;
import io.tonearm.domain.media.TranscodingBusyException;
import io.tonearm.domain.media.TranscodingUnavailableException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A transcoder for the routes' tests: its output is the text {@code <format>@<bitRate> of <file name>} repeated,
 * given live or as a kept file, or it refuses as unavailable or busy, as the test says.
 */
final class FakeTranscoder implements Transcoder {
    enum Mode { LIVE, KEPT, UNAVAILABLE, BUSY }

    final List<String> requests = new CopyOnWriteArrayList<>();
    private volatile Mode mode = Mode.LIVE;

    void mode(Mode next) {
        mode = next;
    }

    static byte[] output(TrackMedia source, TranscodeFormat format, int bitRate) {
        return (format.extension() + "@" + bitRate + " of " + source.fileName() + "\n").repeat(1000)
                .getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public Transcode transcode(TrackMedia source, TranscodeFormat format, int bitRate, Duration offset) {
        requests.add(format.extension() + "@" + bitRate + (offset.isZero() ? "" : "+" + offset.toSeconds() + "s"));
        byte[] bytes = output(source, format, bitRate);
        return switch (mode) {
            case LIVE -> new Transcode.Live(Channels.newChannel(new ByteArrayInputStream(bytes)), format.mediaType());
            case KEPT -> {
                try {
                    Path file = Files.createTempFile("transcode", "." + format.extension());
                    Files.write(file, bytes);
                    file.toFile().deleteOnExit();
                    yield new Transcode.Kept(file.toString(), format.mediaType(), bytes.length, "\"kept\"");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            case UNAVAILABLE -> throw new TranscodingUnavailableException("ffmpeg not found");
            case BUSY -> throw new TranscodingBusyException(2, Duration.ofMillis(2500));
        };
    }
}
