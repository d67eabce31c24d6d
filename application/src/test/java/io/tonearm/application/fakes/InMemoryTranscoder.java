package io.tonearm.application.fakes;

import io.tonearm.domain.media.TrackMedia;
import io.tonearm.domain.media.Transcode;
import io.tonearm.domain.media.TranscodeFormat;
import io.tonearm.domain.media.Transcoder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A transcoder that keeps every transcode at once, named after its source, format and bit rate; requests are kept. */
public final class InMemoryTranscoder implements Transcoder {
    private final List<String> requests = new ArrayList<>();

    /** @return every request, as {@code path:format@bitRate}, followed by {@code +offset} when it has one */
    public synchronized List<String> requests() {
        return List.copyOf(requests);
    }

    @Override
    public synchronized Transcode transcode(TrackMedia source, TranscodeFormat format, int bitRate,
                                            Duration offset) {
        String name = source.path() + ":" + format.extension() + "@" + bitRate
                + (offset.isZero() ? "" : "+" + offset);
        requests.add(name);
        return new Transcode.Kept(name, format.mediaType(), 100, "\"" + name + "\"");
    }
}
