package io.tonearm.application.scanning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tonearm.application.TrackCommands;
import io.tonearm.domain.InvalidValueException;
import io.tonearm.domain.TrackId;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The scanning values: settings, requests, ids and the set of tracks seen. */
class ScanValuesTest {

    @Test
    void settings_takeOneTo64ReadersAndBatchesUpToTheBatchLimit() {
        assertThat(new ScanSettings(1, 1)).isNotNull();
        assertThat(new ScanSettings(64, TrackCommands.MAX_BATCH).batchSize()).isEqualTo(10_000);
        assertThatThrownBy(() -> new ScanSettings(0, 1)).isInstanceOf(InvalidValueException.class)
                .hasMessage("readers must be between 1 and 64 but was 0");
        assertThatThrownBy(() -> new ScanSettings(65, 1)).hasMessage("readers must be between 1 and 64 but was 65");
        assertThatThrownBy(() -> new ScanSettings(1, 0)).hasMessage("batchSize must be between 1 and 10000 but was 0");
        assertThatThrownBy(() -> new ScanSettings(1, 10_001)).hasMessageEndingWith("but was 10001");
    }

    @Test
    void defaultSettings_readOnEveryCore_inBatchesOf500() {
        ScanSettings defaults = ScanSettings.defaults();

        assertThat(defaults.readers()).isEqualTo(Math.min(64, Runtime.getRuntime().availableProcessors()));
        assertThat(defaults.batchSize()).isEqualTo(500);
    }

    @Test
    void aRequest_makesItsRootAbsoluteAndNormal_andIsARescanByDefault() {
        ScanRequest request = ScanRequest.of(Path.of("/music/../music/./a"));

        assertThat(request.root()).isEqualTo(Path.of("/music/a"));
        assertThat(request.full()).isFalse();
        assertThat(ScanRequest.of(Path.of("relative")).root().isAbsolute()).isTrue();
        assertThatThrownBy(() -> ScanRequest.of(null)).hasMessage("root is required");
    }

    @Test
    void aScanId_printsAndParsesAsItsUuid() {
        ScanId id = ScanId.random();

        assertThat(ScanId.parse(id.toString())).isEqualTo(id);
        assertThat(id).hasToString(id.value().toString());
        assertThat(ScanId.random()).isNotEqualTo(id);
        assertThatThrownBy(() -> ScanId.parse("nope")).hasMessage("id must be a scan id (a UUID) but was nope");
        assertThatThrownBy(() -> ScanId.parse(null)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new ScanId(null)).hasMessage("id is required");
        assertThat(new ScanId(new UUID(0, 1)).value()).isEqualTo(new UUID(0, 1));
    }

    @Test
    void seenTracks_rememberExactlyTheIdsAdded() {
        SeenTracks seen = new SeenTracks(100);

        seen.add(TrackId.of(7));
        seen.add(TrackId.of(100));

        assertThat(seen.contains(TrackId.of(7))).isTrue();
        assertThat(seen.contains(TrackId.of(100))).isTrue();
        assertThat(seen.contains(TrackId.of(8))).isFalse();
        assertThat(seen.contains(TrackId.of(5_000))).isFalse();
    }

    @Test
    void seenTracks_ignoreIdsBeyondTheBitsAndAnswerNoForThem() {
        SeenTracks seen = new SeenTracks(Integer.MAX_VALUE - 1L);

        seen.add(TrackId.of(Integer.MAX_VALUE));
        seen.add(TrackId.of(Integer.MAX_VALUE - 1L));

        assertThat(seen.contains(TrackId.of(Integer.MAX_VALUE))).isFalse();
        assertThat(seen.contains(TrackId.of(Integer.MAX_VALUE - 1L))).isTrue();
    }

    @Test
    void seenTracks_ofALargeCatalog_keepIdsOfAnySize() {
        SeenTracks seen = new SeenTracks(Integer.MAX_VALUE);

        seen.add(TrackId.of(Integer.MAX_VALUE + 5L));
        seen.add(TrackId.of(3));

        assertThat(seen.contains(TrackId.of(Integer.MAX_VALUE + 5L))).isTrue();
        assertThat(seen.contains(TrackId.of(3))).isTrue();
        assertThat(seen.contains(TrackId.of(4))).isFalse();
    }
}
