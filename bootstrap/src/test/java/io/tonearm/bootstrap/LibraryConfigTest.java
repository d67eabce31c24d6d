package io.tonearm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibraryConfigTest {

    @Test
    void byDefault_noLibraryDirectory_theDefaultSeparators_noWriteBack_oneReaderPerCore() {
        LibraryConfig library = ConfigLoader.load(Optional.empty(), Map.of()).library();

        assertThat(library.roots()).isEmpty();
        assertThat(library.artistSeparators()).containsExactly("; ", " / ", " feat. ");
        assertThat(library.writeTags()).isFalse();
        assertThat(library.effectiveReaders()).isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(library.scanBatchSize()).isEqualTo(500);
    }

    @Test
    void environmentVariables_setRootsSeparatedLikePath_writeBack_readersAndBatchSize() {
        LibraryConfig library = ConfigLoader.load(Optional.empty(), Map.of(
                "TONEARM_LIBRARY_ROOTS", "/music:/mnt/more music",
                "TONEARM_LIBRARY_WRITE_TAGS", "true",
                "TONEARM_SCAN_READERS", "3",
                "TONEARM_SCAN_BATCH_SIZE", "1000")).library();

        assertThat(library.roots()).containsExactly(Path.of("/music"), Path.of("/mnt/more music"));
        assertThat(library.writeTags()).isTrue();
        assertThat(library.effectiveReaders()).isEqualTo(3);
        assertThat(library.scanBatchSize()).isEqualTo(1000);
    }

    @Test
    void aConfigFile_setsRootsAsAListAndTheSeparators(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("tonearm.conf");
        Files.writeString(file, "library { roots = [\"/a\", \"/b\"], artist-separators = [\" & \"] }");

        LibraryConfig library = ConfigLoader.load(Optional.of(file), Map.of()).library();

        assertThat(library.roots()).containsExactly(Path.of("/a"), Path.of("/b"));
        assertThat(library.artistSeparators()).containsExactly(" & ");
    }

    @Test
    void badLibrarySettings_areAllNamedInOneError(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("tonearm.conf");
        Files.writeString(file, "library { artist-separators = [\" \"], write-tags = maybe }");

        assertThatThrownBy(() -> ConfigLoader.load(Optional.of(file), Map.of(
                "TONEARM_SCAN_READERS", "65", "TONEARM_SCAN_BATCH_SIZE", "0")))
                .isInstanceOfSatisfying(InvalidConfigurationException.class, e -> assertThat(e.problems())
                        .anySatisfy(p -> assertThat(p).startsWith("library.write-tags must be true or false"))
                        .anySatisfy(p -> assertThat(p).startsWith("library.artist-separators must not contain"))
                        .anySatisfy(p -> assertThat(p).startsWith("library.scan.readers must be 0"))
                        .anySatisfy(p -> assertThat(p).startsWith("library.scan.batch-size must be 1")));
    }

    @Test
    void theRecord_refusesABlankSeparatorItself() {
        assertThatThrownBy(() -> new LibraryConfig(List.of(), List.of(""), false, 0, 500))
                .isInstanceOf(InvalidConfigurationException.class);
    }
}
