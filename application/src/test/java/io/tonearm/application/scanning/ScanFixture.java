package io.tonearm.application.scanning;

import static io.tonearm.application.fakes.NewTrackBuilder.aTrack;

import io.tonearm.application.fakes.InMemoryAudioFiles;
import io.tonearm.application.fakes.InMemoryCatalog;
import io.tonearm.application.Invalidation;
import io.tonearm.application.fakes.InMemoryChangeLog;
import io.tonearm.application.fakes.InMemoryQueryCache;
import io.tonearm.application.fakes.NewTrackBuilder;
import io.tonearm.application.fakes.TestClock;
import io.tonearm.domain.FileFailure;
import io.tonearm.domain.NewTrack;
import io.tonearm.domain.ScanProgress;
import io.tonearm.domain.ScanSummary;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** A scanner over an in-memory library directory and catalog, with a listener that keeps what it hears. */
final class ScanFixture implements ScanListener {
    static final Path ROOT = Path.of("/music");

    final TestClock clock = TestClock.standing();
    final InMemoryCatalog catalog = new InMemoryCatalog(clock);
    final InMemoryAudioFiles files = new InMemoryAudioFiles();
    final InMemoryQueryCache cache = new InMemoryQueryCache();
    final List<ScanProgress> progress = new CopyOnWriteArrayList<>();
    final List<FileFailure> failures = new CopyOnWriteArrayList<>();
    /** The directories holding a cover image, for {@link #scanLookingAtCovers()}. */
    final Set<String> coverDirectories = ConcurrentHashMap.newKeySet();
    /** How many times a directory was looked at for a cover image. */
    final List<String> directoriesListed = new CopyOnWriteArrayList<>();
    final InMemoryChangeLog changes = new InMemoryChangeLog(clock);
    /** The invalidations a scan by {@link #scanLookingAtCovers()} told of, in order. */
    final List<Invalidation> invalidations = new java.util.concurrent.CopyOnWriteArrayList<>();
    private ScanSettings settings = new ScanSettings(2, 2);

    ScanFixture batchesOf(int size) {
        settings = new ScanSettings(2, size);
        return this;
    }

    /** A file at {@code /music/name} with the given tags, put in the directory. */
    NewTrack file(String name, NewTrackBuilder track) {
        NewTrack built = track.path(ROOT.resolve(name).toString()).build();
        files.put(built);
        return built;
    }

    NewTrack file(String name) {
        return file(name, aTrack().title(name));
    }

    /** The same file rewritten: new size and time, same tags unless given. */
    NewTrack touched(String name, NewTrackBuilder track) {
        NewTrack built = track.path(ROOT.resolve(name).toString()).file(2_000_000, Instant.parse("2025-01-01T00:00:00Z"))
                .build();
        files.put(built);
        return built;
    }

    ScanSummary scan() {
        return scan(ScanRequest.of(ROOT));
    }

    ScanSummary scan(ScanRequest request) {
        progress.clear();
        failures.clear();
        return LibraryScanner.create(files, catalog, catalog, cache, settings).scan(request, this);
    }

    /** Scans as the server does: writing the change log and looking at each directory for a cover image. */
    ScanSummary scanLookingAtCovers() {
        progress.clear();
        failures.clear();
        return LibraryScanner.create(files, catalog, catalog, cache, changes, directory -> {
            directoriesListed.add(directory);
            return coverDirectories.contains(directory);
        }, invalidations::add, settings).scan(ScanRequest.of(ROOT), this);
    }

    @Override
    public void progress(ScanProgress update) {
        progress.add(update);
    }

    @Override
    public void failure(FileFailure failure) {
        failures.add(failure);
    }
}
