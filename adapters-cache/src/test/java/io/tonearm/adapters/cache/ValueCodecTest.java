package io.tonearm.adapters.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tonearm.adapters.cache.ValueCodec.ResultCodec;
import io.tonearm.adapters.cache.ValueCodec.UnreadableValueException;
import io.tonearm.domain.Album;
import io.tonearm.domain.AlbumId;
import io.tonearm.domain.Artist;
import io.tonearm.domain.Page;
import io.tonearm.domain.Track;
import io.tonearm.domain.TrackId;
import io.tonearm.domain.TrackPlays;
import io.tonearm.domain.port.ResultType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ValueCodecTest {
    private final ValueCodec codecs = new ValueCodec();

    static Stream<Arguments> domainValues() {
        return Stream.of(
                Arguments.of("Track with every fact", new ResultType<Track>() { }.type(), TestValues.track(4)),
                Arguments.of("Track with only required facts", new ResultType<Track>() { }.type(),
                        TestValues.bareTrack(5)),
                Arguments.of("Page<TrackId>", new ResultType<Page<TrackId>>() { }.type(),
                        TestValues.trackIds(40, 20, 1234)),
                Arguments.of("empty Page<TrackId>", new ResultType<Page<TrackId>>() { }.type(),
                        Page.<TrackId>empty(0, io.tonearm.domain.PageRequest.first(20))),
                Arguments.of("Page<Album>", new ResultType<Page<Album>>() { }.type(), TestValues.albums(5)),
                Arguments.of("Album", new ResultType<Album>() { }.type(), TestValues.album(3)),
                Arguments.of("Artist", new ResultType<Artist>() { }.type(), TestValues.artist(9)),
                Arguments.of("Page<TrackPlays>", new ResultType<Page<TrackPlays>>() { }.type(), TestValues.chart()),
                Arguments.of("List<TrackId>", new ResultType<List<TrackId>>() { }.type(),
                        List.of(TrackId.of(1), TrackId.of(99))),
                Arguments.of("Optional<Track> present", new ResultType<Optional<Track>>() { }.type(),
                        Optional.of(TestValues.track(8))),
                Arguments.of("Map<String, Track>", new ResultType<Map<String, Track>>() { }.type(),
                        Map.of("two", TestValues.track(2))),
                Arguments.of("Long", new ResultType<Long>() { }.type(), 42L));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("domainValues")
    void domainValues_readBackEqualToWhatWasWritten(String what, Type type, Object value) {
        ResultCodec codec = codecs.forType(type);

        byte[] bytes = codec.encode(value);

        assertThat(bytes[0]).isEqualTo(ValueCodec.FORMAT_VERSION);
        assertThat(codec.decode(bytes)).isEqualTo(value);
    }

    @Test
    void instantsAndDurations_keepTheirNanoseconds() {
        ResultCodec codec = codecs.forType(Track.class);
        Track track = TestValues.track(1);

        Track read = (Track) codec.decode(codec.encode(track));

        assertThat(read.fileModifiedAt().getNano()).isEqualTo(123_456_789);
        assertThat(read.duration().getNano()).isEqualTo(123_456_789);
        assertThat(read.lastPlayedAt()).isEqualTo(track.lastPlayedAt());
    }

    @Test
    void theFormat_isVersionedJsonAfterAFiveByteHeader() {
        byte[] bytes = codecs.forType(TrackId.class).encode(TrackId.of(12));

        assertThat(new String(bytes, 5, bytes.length - 5, StandardCharsets.UTF_8)).isEqualTo("{\"value\":12}");
    }

    @Test
    void collectionsReadBack_areUnmodifiable_soOneCallerCannotChangeWhatTheNextReads() {
        ResultCodec codec = codecs.forType(new ResultType<List<TrackId>>() { }.type());

        @SuppressWarnings("unchecked")
        List<TrackId> read = (List<TrackId>) codec.decode(codec.encode(new ArrayList<>(List.of(TrackId.of(1)))));

        assertThatThrownBy(() -> read.add(TrackId.of(2))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void bytesOfAnotherFormatVersion_areUnreadable() {
        ResultCodec codec = codecs.forType(Track.class);
        byte[] bytes = codec.encode(TestValues.track(1));
        bytes[0] = 2;

        assertThatThrownBy(() -> codec.decode(bytes)).isInstanceOf(UnreadableValueException.class)
                .hasMessageContaining("format version 2");
    }

    @Test
    void bytesWrittenForAnotherShape_areUnreadable_evenWhenTheJsonWouldFit() {
        ResultCodec albumIds = codecs.forType(new ResultType<Page<AlbumId>>() { }.type());
        ResultCodec trackIds = codecs.forType(new ResultType<Page<TrackId>>() { }.type());

        byte[] bytes = albumIds.encode(Page.of(List.of(AlbumId.of(1)), 1, io.tonearm.domain.PageRequest.first(1)));

        assertThat(albumIds.fingerprint()).isNotEqualTo(trackIds.fingerprint());
        assertThatThrownBy(() -> trackIds.decode(bytes)).isInstanceOf(UnreadableValueException.class)
                .hasMessageContaining("another shape");
    }

    @Test
    void theFingerprint_isStableForOneType() {
        Type type = new ResultType<Page<TrackId>>() { }.type();

        assertThat(codecs.forType(type).fingerprint()).isEqualTo(new ValueCodec().forType(type).fingerprint());
    }

    @Test
    void truncatedOrCorruptedBytes_areUnreadable_neverAnotherException() {
        ResultCodec codec = codecs.forType(Track.class);
        byte[] bytes = codec.encode(TestValues.track(1));
        byte[] truncated = Arrays.copyOf(bytes, bytes.length - 7);
        byte[] corrupted = bytes.clone();
        corrupted[20] = '}';
        byte[] trailing = Arrays.copyOf(bytes, bytes.length + 2);
        trailing[bytes.length] = '{';
        trailing[bytes.length + 1] = '}';

        for (byte[] bad : List.of(truncated, corrupted, trailing, new byte[0], new byte[] {1, 2})) {
            assertThatThrownBy(() -> codec.decode(bad)).isInstanceOf(UnreadableValueException.class);
        }
    }

    @Test
    void jsonThatBreaksTheRecordsRules_isUnreadable() {
        ResultCodec codec = codecs.forType(TrackPlays.class);
        byte[] valid = codec.encode(new TrackPlays(TrackId.of(1), 3));
        byte[] negative = new String(valid, StandardCharsets.ISO_8859_1).replace("\"plays\":3", "\"plays\":-3")
                .getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> codec.decode(negative)).isInstanceOf(UnreadableValueException.class);
    }

    @Test
    void aValueJacksonCannotWrite_isReportedAsUnreadable() {
        ResultCodec codec = codecs.forType(Object.class);

        assertThatThrownBy(() -> codec.encode(new Object())).isInstanceOf(UnreadableValueException.class);
    }
}
