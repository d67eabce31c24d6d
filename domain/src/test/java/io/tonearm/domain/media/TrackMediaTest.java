package io.tonearm.domain.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tonearm.domain.InvalidValueException;
import io.tonearm.domain.TrackId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A track's file as something to send: its validator, name, media type, and what it refuses. */
class TrackMediaTest {
    private static final Instant MODIFIED = Instant.ofEpochMilli(1_700_000_000_123L);

    private static TrackMedia media(long id, String path, long size, Instant modified) {
        return new TrackMedia(TrackId.of(id), path, size, modified);
    }

    @Test
    void theEtag_isStrongAndMadeOfTrackSizeAndTime() {
        assertThat(media(42, "/m/a.flac", 1000, MODIFIED).etag())
                .isEqualTo("\"2a-3e8-" + Long.toHexString(1_700_000_000_123L) + "\"");
    }

    @Test
    void theEtag_changesWithEachFact() {
        String etag = media(42, "/m/a.flac", 1000, MODIFIED).etag();

        assertThat(media(43, "/m/a.flac", 1000, MODIFIED).etag()).isNotEqualTo(etag);
        assertThat(media(42, "/m/a.flac", 1001, MODIFIED).etag()).isNotEqualTo(etag);
        assertThat(media(42, "/m/a.flac", 1000, MODIFIED.plusMillis(1)).etag()).isNotEqualTo(etag);
        assertThat(media(42, "/m/b.flac", 1000, MODIFIED).etag()).as("a move keeps the bytes").isEqualTo(etag);
    }

    @Test
    void theFileName_isThePathsLastSegment() {
        assertThat(media(1, "/music/Björk/01 Jóga.flac", 1, MODIFIED).fileName()).isEqualTo("01 Jóga.flac");
        assertThat(media(1, "C:\\music\\a b.mp3", 1, MODIFIED).fileName()).isEqualTo("a b.mp3");
        assertThat(media(1, "plain.ogg", 1, MODIFIED).fileName()).isEqualTo("plain.ogg");
        assertThat(media(1, "/a\\b/c.wav", 1, MODIFIED).fileName()).isEqualTo("c.wav");
        assertThat(media(1, "/a/b\\c.wav", 1, MODIFIED).fileName()).isEqualTo("c.wav");
    }

    @Test
    void theMediaType_comesFromTheExtension() {
        assertThat(media(1, "/m/a.FLAC", 1, MODIFIED).mediaType()).isEqualTo("audio/flac");
        assertThat(media(1, "/m.d/a", 1, MODIFIED).mediaType()).isEqualTo(AudioMediaTypes.UNKNOWN);
    }

    @Test
    void knownExtensions_haveTheirTypes_andOthersAreUnknown() {
        assertThat(AudioMediaTypes.of("a.mp3")).isEqualTo("audio/mpeg");
        assertThat(AudioMediaTypes.of("a.flac")).isEqualTo("audio/flac");
        assertThat(AudioMediaTypes.of("a.ogg")).isEqualTo("audio/ogg");
        assertThat(AudioMediaTypes.of("a.opus")).isEqualTo("audio/opus");
        assertThat(AudioMediaTypes.of("a.m4a")).isEqualTo("audio/mp4");
        assertThat(AudioMediaTypes.of("a.wav")).isEqualTo("audio/wav");
        assertThat(AudioMediaTypes.of("a.Mp3")).isEqualTo("audio/mpeg");
        assertThat(AudioMediaTypes.of("a.mp3.txt")).isEqualTo(AudioMediaTypes.UNKNOWN);
        assertThat(AudioMediaTypes.of("mp3")).isEqualTo(AudioMediaTypes.UNKNOWN);
        assertThat(AudioMediaTypes.of("a.")).isEqualTo(AudioMediaTypes.UNKNOWN);
        assertThat(AudioMediaTypes.of(".flac")).as("a dot first still names the format").isEqualTo("audio/flac");
    }

    @Test
    void refuses_missingOrNegativeParts() {
        assertThatThrownBy(() -> new TrackMedia(null, "/a", 1, MODIFIED)).isInstanceOf(InvalidValueException.class)
                .hasMessage("track is required");
        assertThatThrownBy(() -> media(1, null, 1, MODIFIED)).isInstanceOf(InvalidValueException.class)
                .hasMessage("path is required");
        assertThatThrownBy(() -> media(1, " ", 1, MODIFIED)).isInstanceOf(InvalidValueException.class)
                .hasMessage("path is required");
        assertThatThrownBy(() -> media(1, "/a", -1, MODIFIED)).isInstanceOf(InvalidValueException.class)
                .hasMessage("size must be >= 0 but was -1");
        assertThatThrownBy(() -> media(1, "/a", 1, null)).isInstanceOf(NullPointerException.class);
        assertThat(media(1, "/a", 0, MODIFIED).size()).isZero();
    }

    @Test
    void aGoneFile_saysWhichTrackAndWhy() {
        MediaGoneException vanished = new MediaGoneException(TrackId.of(7), MediaGoneException.Reason.VANISHED);
        MediaGoneException changed = new MediaGoneException(TrackId.of(8), MediaGoneException.Reason.CHANGED);

        assertThat(vanished.track()).isEqualTo(TrackId.of(7));
        assertThat(vanished.reason()).isEqualTo(MediaGoneException.Reason.VANISHED);
        assertThat(vanished).hasMessage("the file of track 7 has vanished since the last scan; a rescan brings the "
                + "catalog up to date");
        assertThat(changed.reason()).isEqualTo(MediaGoneException.Reason.CHANGED);
        assertThat(changed).hasMessageStartingWith("the file of track 8 has changed since the last scan");
        assertThatThrownBy(() -> new MediaGoneException(null, MediaGoneException.Reason.CHANGED))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new MediaGoneException(TrackId.of(1), null))
                .isInstanceOf(NullPointerException.class);
    }
}
