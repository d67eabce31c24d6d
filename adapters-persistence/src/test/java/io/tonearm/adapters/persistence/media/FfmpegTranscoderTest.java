package io.tonearm.adapters.persistence.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tonearm.domain.TrackId;
import io.tonearm.domain.media.TrackMedia;
import io.tonearm.domain.media.Transcode;
import io.tonearm.domain.media.TranscodeFormat;
import io.tonearm.domain.media.TranscodingBusyException;
import io.tonearm.domain.media.TranscodingUnavailableException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real ffmpeg on generated FLAC files: formats and bit rates, one process per transcode, the cache, limits. */
class FfmpegTranscoderTest {
    @TempDir
    static Path sources;
    private static Path shortFlac;
    private static Path mediumFlac;
    private static Path longFlac;

    @TempDir
    Path cache;

    @BeforeAll
    static void makeSources() throws Exception {
        Ffmpeg.requireInstalled();
        // a name with a leading dash, quotes and spaces: it must not change the command
        shortFlac = Ffmpeg.sine(sources.resolve("-i 'quoted' \"name\" $(x).flac"), 3);
        mediumFlac = Ffmpeg.sine(sources.resolve("medium.flac"), 30);
        longFlac = Ffmpeg.sine(sources.resolve("long.flac"), 1200);
    }

    private static TrackMedia media(Path file) throws IOException {
        return new TrackMedia(TrackId.of(1), file.toString(), Files.size(file),
                Files.getLastModifiedTime(file).toInstant());
    }

    private FfmpegTranscoder transcoder(int maxConcurrent) {
        return new FfmpegTranscoder(new TranscodingSettings("ffmpeg", cache, 1L << 30, maxConcurrent,
                Duration.ofMillis(200)));
    }

    private static byte[] readAll(ReadableByteChannel channel) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteBuffer buffer = ByteBuffer.allocate(8192);
        try (channel) {
            while (channel.read(buffer) >= 0) {
                out.write(buffer.array(), 0, buffer.position());
                buffer.clear();
            }
        }
        return out.toByteArray();
    }

    private static byte[] bytesOf(Transcode transcode) throws IOException {
        return transcode instanceof Transcode.Live live ? readAll(live.bytes())
                : Files.readAllBytes(Path.of(((Transcode.Kept) transcode).path()));
    }

    @Test
    void anMp3_isOfTheAskedBitRate_andKeptForTheNextRequest() throws Exception {
        FfmpegTranscoder transcoder = transcoder(2);

        Transcode first = transcoder.transcode(media(shortFlac), TranscodeFormat.MP3, 64);
        byte[] streamed = bytesOf(first);
        Transcode second = transcoder.transcode(media(shortFlac), TranscodeFormat.MP3, 64);

        assertThat(first.mediaType()).isEqualTo("audio/mpeg");
        assertThat(second).isInstanceOf(Transcode.Kept.class);
        Transcode.Kept kept = (Transcode.Kept) second;
        assertThat(Files.readAllBytes(Path.of(kept.path()))).isEqualTo(streamed);
        assertThat(kept.size()).isEqualTo(streamed.length);
        assertThat(kept.etag()).startsWith("\"t").endsWith("\"");
        assertThat(Ffmpeg.probe(Path.of(kept.path()))).isEqualTo("mp3 64000");
        assertThat(transcoder.processesStarted()).isEqualTo(1);
    }

    @Test
    void anOpus_isOpusInOgg() throws Exception {
        FfmpegTranscoder transcoder = transcoder(2);

        Transcode opus = transcoder.transcode(media(shortFlac), TranscodeFormat.OPUS, 96);
        bytesOf(opus);
        Transcode.Kept kept = (Transcode.Kept) transcoder.transcode(media(shortFlac), TranscodeFormat.OPUS, 96);

        assertThat(kept.mediaType()).isEqualTo("audio/ogg");
        assertThat(Ffmpeg.probe(Path.of(kept.path()))).startsWith("opus");
        assertThat(Files.readAllBytes(Path.of(kept.path()))).startsWith("OggS".getBytes());
    }

    @Test
    void twoRequestsForOneTranscode_shareOneProcess_andGetTheSameBytes() throws Exception {
        FfmpegTranscoder transcoder = transcoder(2);

        Transcode first = transcoder.transcode(media(mediumFlac), TranscodeFormat.AAC, 32);
        Transcode second = transcoder.transcode(media(mediumFlac), TranscodeFormat.AAC, 32);

        assertThat(first).isInstanceOf(Transcode.Live.class);
        assertThat(transcoder.processesStarted()).isEqualTo(1);
        byte[] one = bytesOf(first);
        byte[] two = bytesOf(second);
        assertThat(one).isNotEmpty().isEqualTo(two);
        assertThat(transcoder.processesStarted()).isEqualTo(1);
    }

    @Test
    void theLastListenerLeaving_stopsTheProcess_andKeepsNothing() throws Exception {
        FfmpegTranscoder transcoder = transcoder(1);
        Transcode.Live live = (Transcode.Live) transcoder.transcode(media(longFlac), TranscodeFormat.MP3, 320);
        ByteBuffer some = ByteBuffer.allocate(4096);
        assertThat(live.bytes().read(some)).isPositive();

        live.bytes().close();

        // the slot comes back once ffmpeg is gone: a new transcode may start (max-concurrent is 1)
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        Transcode next = null;
        while (next == null && System.nanoTime() < deadline) {
            try {
                next = transcoder.transcode(media(shortFlac), TranscodeFormat.MP3, 128);
            } catch (TranscodingBusyException e) {
                // not yet
            }
        }
        assertThat(next).as("a slot freed by the stopped process").isNotNull();
        bytesOf(next);
        try (Stream<Path> kept = Files.list(cache)) {
            assertThat(kept.map(path -> path.getFileName().toString())).as("only the short transcode is kept")
                    .hasSize(1).allSatisfy(name -> assertThat(name).endsWith(".mp3"));
        }
        assertThat(transcoder.processesStarted()).isEqualTo(2);
    }

    @Test
    void whenEverySlotIsTaken_aNewTranscodeIsRefused_withWhenToRetry() throws Exception {
        FfmpegTranscoder transcoder = transcoder(1);
        Transcode.Live running = (Transcode.Live) transcoder.transcode(media(longFlac), TranscodeFormat.MP3, 256);
        try {
            assertThatThrownBy(() -> transcoder.transcode(media(longFlac), TranscodeFormat.OPUS, 64))
                    .isInstanceOfSatisfying(TranscodingBusyException.class,
                            e -> assertThat(e.retryAfter()).isPositive());
        } finally {
            running.bytes().close();
        }
    }

    @Test
    void withoutFfmpeg_transcodingIsUnavailable_sayingHowToInstallIt() throws IOException {
        FfmpegTranscoder missing = new FfmpegTranscoder(new TranscodingSettings("/nowhere/ffmpeg", cache, 1, 1,
                Duration.ZERO));
        FfmpegTranscoder notOnPath = new FfmpegTranscoder(new TranscodingSettings("no-such-ffmpeg-tool", cache, 1, 1,
                Duration.ZERO));

        assertThatThrownBy(() -> missing.transcode(media(shortFlac), TranscodeFormat.MP3, 64))
                .isInstanceOf(TranscodingUnavailableException.class)
                .hasMessage("transcoding not available: ffmpeg not found (transcoding.ffmpeg = /nowhere/ffmpeg); "
                        + "install it, e.g. apt-get install ffmpeg");
        assertThatThrownBy(() -> notOnPath.transcode(media(shortFlac), TranscodeFormat.MP3, 64))
                .isInstanceOf(TranscodingUnavailableException.class).hasMessageContaining("ffmpeg not found");
    }

    @Test
    void theCacheKeepsTheMostRecentlyUsed_withinItsSize() throws Exception {
        FfmpegTranscoder small = new FfmpegTranscoder(new TranscodingSettings("ffmpeg", cache, 30_000, 2,
                Duration.ofSeconds(5)));
        Transcode a = small.transcode(media(shortFlac), TranscodeFormat.MP3, 64); // about 24 KB each
        bytesOf(a);
        Transcode b = small.transcode(media(shortFlac), TranscodeFormat.MP3, 32);
        bytesOf(b);

        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (keptFiles() > 1 && System.nanoTime() < deadline) {
            Thread.onSpinWait(); // the eviction runs on the pump's thread once the transcode is kept
        }
        assertThat(keptFiles()).isEqualTo(1);
        assertThat(small.transcode(media(shortFlac), TranscodeFormat.MP3, 32)).as("the newest stays")
                .isInstanceOf(Transcode.Kept.class);
    }

    private long keptFiles() throws IOException {
        try (Stream<Path> kept = Files.list(cache)) {
            return kept.filter(path -> !path.getFileName().toString().startsWith(".")).count();
        }
    }

    @Test
    void theCommand_isAList_withTheFileAsOneFileUrl() {
        TrackMedia odd = new TrackMedia(TrackId.of(1), "/m/-i x'; rm -rf \"$HOME\".flac", 1, Instant.EPOCH);

        assertThat(FfmpegTranscoder.command("ffmpeg", odd, TranscodeFormat.MP3, 128, Duration.ZERO))
                .containsExactly("ffmpeg", "-hide_banner", "-loglevel", "error", "-nostdin", "-i",
                        "file:/m/-i x'; rm -rf \"$HOME\".flac", "-map", "0:a:0", "-vn", "-map_metadata", "-1", "-c:a",
                        "libmp3lame", "-b:a", "128k", "-f", "mp3", "pipe:1");
        assertThat(FfmpegTranscoder.command("ffmpeg", odd, TranscodeFormat.OPUS, 96, Duration.ofMillis(90_500)))
                .as("the offset before the input: ffmpeg seeks in it").startsWith("ffmpeg", "-hide_banner",
                        "-loglevel", "error", "-nostdin", "-ss", "90.5", "-i");
    }

    @Test
    void aTranscodeFromAnOffset_startsThere_shorterByTheOffset_andIsKeptApartFromTheWholeOne() throws Exception {
        FfmpegTranscoder transcoder = transcoder(2);

        Transcode whole = transcoder.transcode(media(mediumFlac), TranscodeFormat.MP3, 64);
        Path wholeFile = sources.resolve("whole.mp3");
        Files.write(wholeFile, bytesOf(whole));
        Transcode fromTen = transcoder.transcode(media(mediumFlac), TranscodeFormat.MP3, 64, Duration.ofSeconds(10));
        Path fromTenFile = sources.resolve("from-ten.mp3");
        Files.write(fromTenFile, bytesOf(fromTen));

        assertThat(Ffmpeg.duration(wholeFile)).isCloseTo(30.0, Offset.offset(0.5));
        assertThat(Ffmpeg.duration(fromTenFile)).isCloseTo(20.0, Offset.offset(0.5));
        assertThat(transcoder.processesStarted()).as("another transcode, not the whole one").isEqualTo(2);
        assertThat(bytesOf(transcoder.transcode(media(mediumFlac), TranscodeFormat.MP3, 64, Duration.ofSeconds(10))))
                .as("kept under its offset").isEqualTo(Files.readAllBytes(fromTenFile));
        assertThat(transcoder.processesStarted()).isEqualTo(2);
        assertThatThrownBy(() -> transcoder.transcode(media(mediumFlac), TranscodeFormat.MP3, 64,
                Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
    }
}
