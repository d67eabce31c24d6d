package io.tonearm.domain.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tonearm.domain.InvalidValueException;
import java.nio.channels.Channels;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Formats, bit rates, and when the original already fits. */
class TranscodeRequestTest {

    @Test
    void formats_areNamedByTheirExtension_inAnyCase() {
        assertThat(TranscodeFormat.of("mp3")).isEqualTo(TranscodeFormat.MP3);
        assertThat(TranscodeFormat.of(" OPUS ")).isEqualTo(TranscodeFormat.OPUS);
        assertThat(TranscodeFormat.of("Aac")).isEqualTo(TranscodeFormat.AAC);
        assertThatThrownBy(() -> TranscodeFormat.of("flac")).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.field()).isEqualTo("format")).hasMessage("format must be mp3, opus or aac but was 'flac'");
        assertThat(TranscodeFormat.MP3.mediaType()).isEqualTo("audio/mpeg");
        assertThat(TranscodeFormat.OPUS.mediaType()).isEqualTo("audio/ogg");
        assertThat(TranscodeFormat.AAC.mediaType()).isEqualTo("audio/aac");
        assertThat(TranscodeFormat.MP3.defaultBitRate()).isEqualTo(192);
        assertThat(TranscodeFormat.OPUS.defaultBitRate()).isEqualTo(128);
        assertThat(TranscodeFormat.AAC.defaultBitRate()).isEqualTo(160);
    }

    @Test
    void theBitRate_isTheDefault_loweredToTheMaximum() {
        assertThat(new TranscodeRequest(TranscodeFormat.MP3, 0).bitRate()).isEqualTo(192);
        assertThat(new TranscodeRequest(TranscodeFormat.MP3, 64).bitRate()).isEqualTo(64);
        assertThat(new TranscodeRequest(TranscodeFormat.MP3, 192).bitRate()).isEqualTo(192);
        assertThat(new TranscodeRequest(TranscodeFormat.MP3, 320).bitRate()).isEqualTo(192);
    }

    @Test
    void bitRatesOutOfRange_areRefusedNamingMaxBitRate() {
        assertThat(new TranscodeRequest(TranscodeFormat.OPUS, 32).maxBitRate()).isEqualTo(32);
        assertThat(new TranscodeRequest(TranscodeFormat.OPUS, 320).maxBitRate()).isEqualTo(320);
        for (int bad : new int[] {31, 321, -1}) {
            assertThatThrownBy(() -> new TranscodeRequest(TranscodeFormat.OPUS, bad)).as("" + bad)
                    .isInstanceOfSatisfying(InvalidValueException.class,
                            e -> assertThat(e.field()).isEqualTo("maxBitRate"))
                    .hasMessage("maxBitRate must be 32 to 320 (kbit/s) but was " + bad);
        }
        assertThatThrownBy(() -> new TranscodeRequest(null, 0)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void theOriginal_fitsWhenOfTheFormat_atAKnownBitRateNotAboveTheMaximum() {
        TranscodeRequest capped = new TranscodeRequest(TranscodeFormat.MP3, 192);
        TranscodeRequest any = new TranscodeRequest(TranscodeFormat.MP3, 0);

        assertThat(capped.isMetBy("mp3", 192)).isTrue();
        assertThat(capped.isMetBy("MP3", 128)).isTrue();
        assertThat(capped.isMetBy("mp3", 193)).isFalse();
        assertThat(capped.isMetBy("mp3", null)).isFalse();
        assertThat(capped.isMetBy("flac", 100)).isFalse();
        assertThat(any.isMetBy("mp3", null)).isTrue();
        assertThat(any.isMetBy("ogg", 100)).isFalse();
    }

    @Test
    void transcodes_andTheirRefusals_sayWhatTheyAre() {
        Transcode.Kept kept = new Transcode.Kept("/c/a.mp3", "audio/mpeg", 10, "\"e\"");
        Transcode.Live live = new Transcode.Live(Channels.newChannel(new ByteArrayInputStream(new byte[0])), "audio/ogg");

        assertThat(kept.mediaType()).isEqualTo("audio/mpeg");
        assertThat(live.mediaType()).isEqualTo("audio/ogg");
        assertThatThrownBy(() -> new Transcode.Kept(null, "a", 1, "e")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Transcode.Kept("p", null, 1, "e")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Transcode.Kept("p", "a", 1, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Transcode.Live(null, "a")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Transcode.Live(live.bytes(), null)).isInstanceOf(NullPointerException.class);
        assertThat(new TranscodingUnavailableException("ffmpeg not found"))
                .hasMessage("transcoding not available: ffmpeg not found");
        TranscodingBusyException busy = new TranscodingBusyException(4, Duration.ofSeconds(5));
        assertThat(busy).hasMessage("all 4 transcoding slots are taken; try again later");
        assertThat(busy.retryAfter()).isEqualTo(Duration.ofSeconds(5));
        assertThatThrownBy(() -> new TranscodingBusyException(1, null)).isInstanceOf(NullPointerException.class);
    }
}
