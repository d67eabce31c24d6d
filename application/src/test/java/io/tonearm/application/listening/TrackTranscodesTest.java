package io.tonearm.application.listening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tonearm.application.Library;
import io.tonearm.application.fakes.InMemoryCatalog;
import io.tonearm.application.fakes.InMemoryMediaFiles;
import io.tonearm.application.fakes.InMemoryQueryCache;
import io.tonearm.application.fakes.InMemoryTranscoder;
import io.tonearm.application.fakes.TestClock;
import io.tonearm.domain.InvalidValueException;
import io.tonearm.domain.NewTrack;
import io.tonearm.domain.Track;
import io.tonearm.domain.TrackId;
import io.tonearm.domain.media.TrackMedia;
import io.tonearm.domain.media.Transcode;
import io.tonearm.domain.media.TranscodeFormat;
import io.tonearm.domain.media.TranscodeRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The original goes untouched when it fits; anything else is transcoded at the bit rate the request allows. */
class TrackTranscodesTest {
    private static final Instant SCANNED = Instant.parse("2024-01-01T00:00:00Z");

    private final TestClock clock = TestClock.standing();
    private final InMemoryCatalog catalog = new InMemoryCatalog(clock);
    private final Library library = Library.create(catalog, catalog.albums(), catalog.artists(), catalog,
            new InMemoryQueryCache(), clock);
    private final InMemoryTranscoder transcoder = new InMemoryTranscoder();
    private final InMemoryMediaFiles files = new InMemoryMediaFiles();
    private final TrackTranscodes transcodes = TrackTranscodes.create(library, transcoder, files);

    private TrackMedia media(String path, Integer bitRate) {
        Track track = catalog.add(new NewTrack(path, "T", List.of("A"), null, null, null, null, null, null,
                Duration.ofSeconds(1), bitRate, 44_100, "X", 10, SCANNED, null));
        return new TrackMedia(track.id(), path, 10, SCANNED);
    }

    @Test
    void anMp3AtOrUnderTheMaximum_isSentUntouched() {
        TrackMedia mp3 = media("/m/a.mp3", 128);

        assertThat(transcodes.transcode(mp3, new TranscodeRequest(TranscodeFormat.MP3, 128))).isEmpty();
        assertThat(transcodes.transcode(mp3, new TranscodeRequest(TranscodeFormat.MP3, 0))).isEmpty();
        assertThat(transcoder.requests()).isEmpty();
    }

    @Test
    void anMp3AboveTheMaximum_isTranscodedDown() {
        TrackMedia mp3 = media("/m/b.mp3", 320);

        assertThat(transcodes.transcode(mp3, new TranscodeRequest(TranscodeFormat.MP3, 96))).isPresent();
        assertThat(transcoder.requests()).containsExactly("/m/b.mp3:mp3@96");
    }

    @Test
    void anotherFormat_orAnUnknownBitRateUnderAMaximum_isTranscoded() {
        TrackMedia flac = media("/m/c.flac", 900);
        TrackMedia unknown = media("/m/d.mp3", null);
        TrackMedia noExtension = media("/m/noext", 100);

        Transcode opus = transcodes.transcode(flac, new TranscodeRequest(TranscodeFormat.OPUS, 0)).orElseThrow();
        transcodes.transcode(unknown, new TranscodeRequest(TranscodeFormat.MP3, 128));
        transcodes.transcode(noExtension, new TranscodeRequest(TranscodeFormat.AAC, 64));

        assertThat(opus.mediaType()).isEqualTo("audio/ogg");
        assertThat(transcoder.requests()).containsExactly("/m/c.flac:opus@128", "/m/d.mp3:mp3@128",
                "/m/noext:aac@64");
    }

    @Test
    void anOffset_isPassedToTheTranscoder_evenForAnOriginalThatWouldOtherwiseBeSentUntouched() {
        TrackMedia mp3 = media("/m/e.mp3", 128);
        TrackMedia flac = media("/m/f.flac", 900);

        assertThat(transcodes.transcode(mp3, new TranscodeRequest(TranscodeFormat.MP3, 0, Duration.ofSeconds(30))))
                .as("the original cannot start at 30 s").isPresent();
        transcodes.transcode(flac, new TranscodeRequest(TranscodeFormat.OPUS, 64, Duration.ofSeconds(95)));

        assertThat(transcoder.requests()).containsExactly("/m/e.mp3:mp3@192+PT30S", "/m/f.flac:opus@64+PT1M35S");
        assertThatThrownBy(() -> new TranscodeRequest(TranscodeFormat.MP3, 0, Duration.ofSeconds(-1)))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("offset");
    }

    @Test
    void aTrackGoneFromTheCatalogMeanwhile_isTranscoded() {
        TrackMedia gone = new TrackMedia(TrackId.of(999), "/m/gone.mp3", 10, SCANNED);

        assertThat(transcodes.transcode(gone, new TranscodeRequest(TranscodeFormat.MP3, 64))).isPresent();
    }

    @Test
    void aKeptTranscode_opens_andOneDroppedMeanwhileFails() throws IOException {
        files.put("/cache/t.mp3", 42, SCANNED);
        Transcode.Kept kept = new Transcode.Kept("/cache/t.mp3", "audio/mpeg", 42, "\"t\"");

        try (FileChannel channel = transcodes.openTranscode(kept)) {
            assertThat(channel.size()).isEqualTo(42);
        }
        files.remove("/cache/t.mp3");
        assertThatThrownBy(() -> transcodes.openTranscode(kept)).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("/cache/t.mp3");
    }

    @Test
    void creating_needsEveryPort_andCallsTheirArguments() {
        assertThatThrownBy(() -> TrackTranscodes.create(null, transcoder, files)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> TrackTranscodes.create(library, null, files)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> TrackTranscodes.create(library, transcoder, null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> transcodes.transcode(null, new TranscodeRequest(TranscodeFormat.MP3, 0)))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> transcodes.transcode(media("/m/n.mp3", 1), null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> transcodes.openTranscode(null)).isInstanceOf(NullPointerException.class);
    }
}
