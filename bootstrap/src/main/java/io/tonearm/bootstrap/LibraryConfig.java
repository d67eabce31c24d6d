package io.tonearm.bootstrap;

import java.nio.file.Path;
import java.util.List;

/**
 * The {@code library} section: the audio files and how they are scanned.
 *
 * @param roots            the directories of audio files; API scans may cover only these (or below), the first
 *                         is their default; empty: the API refuses scans ({@code tonearm scan DIR} may still
 *                         scan any directory)
 * @param artistSeparators how one artist tag names several artists, such as {@code "; "}
 * @param writeTags        whether tag changes are also written into the audio files
 * @param scanReaders      files read at once; 0 for one per core
 * @param scanBatchSize    files written per transaction (and per cache invalidation)
 */
record LibraryConfig(List<Path> roots, List<String> artistSeparators, boolean writeTags, int scanReaders,
                     int scanBatchSize) {
    static final int MAX_READERS = 64;
    static final int MAX_BATCH = 10_000;

    /** @throws InvalidConfigurationException naming every invalid field */
    LibraryConfig {
        roots = List.copyOf(roots);
        artistSeparators = List.copyOf(artistSeparators);
        List<String> separators = artistSeparators;
        new ConfigProblems()
                .require(separators.stream().noneMatch(String::isBlank),
                        () -> "library.artist-separators must not contain a blank separator but was "
                                + separators.stream().map(s -> "\"" + s + "\"").toList())
                .require(scanReaders >= 0 && scanReaders <= MAX_READERS,
                        () -> "library.scan.readers must be 0 (one per core) to " + MAX_READERS + " but was "
                                + scanReaders)
                .require(scanBatchSize >= 1 && scanBatchSize <= MAX_BATCH,
                        () -> "library.scan.batch-size must be 1 to " + MAX_BATCH + " but was " + scanBatchSize)
                .throwIfAny();
    }

    /** @return the number of reader threads: as configured, or one per core */
    int effectiveReaders() {
        return scanReaders > 0 ? scanReaders : Math.min(MAX_READERS, Runtime.getRuntime().availableProcessors());
    }
}
