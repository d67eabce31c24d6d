package io.tonearm.application.scanning;

import io.tonearm.application.CachedQueries;
import io.tonearm.application.Invalidation;
import io.tonearm.application.InvalidationListener;
import io.tonearm.application.Mutation;
import io.tonearm.domain.AudioFile;
import io.tonearm.domain.FileFailure;
import io.tonearm.domain.KnownFile;
import io.tonearm.domain.NewTrack;
import io.tonearm.domain.ScanCounts;
import io.tonearm.domain.ScanProgress;
import io.tonearm.domain.ScanSummary;
import io.tonearm.domain.ScannedTrack;
import io.tonearm.domain.TagReading;
import io.tonearm.domain.Track;
import io.tonearm.domain.TrackId;
import io.tonearm.domain.media.FolderCovers;
import io.tonearm.domain.port.AudioFiles;
import io.tonearm.domain.port.CacheInvalidation;
import io.tonearm.domain.port.CacheInvalidation.EntryDrop;
import io.tonearm.domain.port.CacheKey;
import io.tonearm.domain.port.ChangeLog;
import io.tonearm.domain.port.QueryCache;
import io.tonearm.domain.port.TrackFiles;
import io.tonearm.domain.port.Tracks;
import java.io.File;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One scan, on three kinds of thread: the caller's walks the directory and sorts files into unchanged (size
 * and time as the catalog knows them, from {@link KnownFiles}, loaded once) and to-read; a pool of readers
 * reads tags in parallel; one writer stores each batch in one transaction and invalidates the cache once per
 * batch. A bounded hand-over queue between walker and writer keeps at most a few batches in memory, whatever
 * the library's size. The walker also lists each directory once for a cover image ({@link FolderCovers}): a known
 * file whose directory gained or lost one since the last scan has its fact changed without being read again.
 */
final class ScanRun {
    /** How many batches may wait for the writer; the walker waits beyond that. */
    private static final int QUEUED_BATCHES = 2;
    /** Batches walked at most while the catalog's files load (20,000 files of 500, a few MB). */
    private static final int EARLY_BATCHES = 40;
    /** A moved file plays as long as before; the catalog keeps milliseconds, the tag readers may round. */
    private static final long DURATION_TOLERANCE_MS = 1000;
    /** Directories whose cover image is remembered: the walk meets a directory's files together. */
    private static final int DIRECTORIES_REMEMBERED = 1024;

    private final AudioFiles files;
    private final Tracks tracks;
    private final TrackFiles trackFiles;
    private final QueryCache cache;
    /** Every write of a batch logs the change: any track may have changed, appeared or gone (LIBRARY_RESCANNED). */
    private final ChangeLog changes;
    private final FolderCovers folderCovers;
    private final ScanSettings settings;
    private final ScanRequest request;
    private final ScanListener listener;
    private final String directoryPrefix;
    private final long started = System.nanoTime();

    private final LongAdder found = new LongAdder();
    private final LongAdder unchanged = new LongAdder();
    private final LongAdder added = new LongAdder();
    private final LongAdder updated = new LongAdder();
    private final LongAdder moved = new LongAdder();
    private final LongAdder removed = new LongAdder();
    private final LongAdder failed = new LongAdder();
    private final List<FileFailure> failures = new ArrayList<>();
    private final LongAdder failuresOmitted = new LongAdder();
    /** Paths the walk could not enter: tracks below them are not removed, their files may well be there. */
    private final List<String> unwalkedPaths = new ArrayList<>();
    private final Object listenerLock = new Object();
    private final AtomicReference<Throwable> writeFailure = new AtomicReference<>();
    private final Set<TrackId> claimedByMoves = new HashSet<>();
    /** Whether each directory met lately holds a cover image; used by the walking thread only. */
    private final Map<String, Boolean> directoryImages = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > DIRECTORIES_REMEMBERED;
        }
    };

    private volatile boolean walkFinished;
    private long lastKnownId;
    private SeenTracks seen;
    private KnownFiles known;

    /** @param folderImage whether the file's directory holds a cover image */
    private record Pending(AudioFile file, KnownFile known, boolean folderImage,
                           CompletableFuture<TagReading> reading) {
    }

    /**
     * @param files        the files to read and store
     * @param imageAdded   known files, not read again, whose directory has had a cover image since the last scan
     * @param imageRemoved known files, not read again, whose directory's cover image is gone since the last scan
     */
    private record Batch(List<Pending> files, List<TrackId> imageAdded, List<TrackId> imageRemoved) {
    }

    private static final Batch END = new Batch(List.of(), List.of(), List.of());

    /** Told of each batch's invalidation (the live cache dashboard). */
    private final InvalidationListener invalidations;

    ScanRun(AudioFiles files, Tracks tracks, TrackFiles trackFiles, QueryCache cache, ChangeLog changes,
            FolderCovers folderCovers, InvalidationListener invalidations, ScanSettings settings, ScanRequest request,
            ScanListener listener) {
        this.invalidations = invalidations;
        this.files = files;
        this.tracks = tracks;
        this.trackFiles = trackFiles;
        this.cache = cache;
        this.changes = changes;
        this.folderCovers = folderCovers;
        this.settings = settings;
        this.request = request;
        this.listener = listener;
        String root = request.root().toString();
        this.directoryPrefix = root.endsWith(File.separator) ? root : root + File.separator;
    }

    ScanSummary run() {
        lastKnownId = trackFiles.findLastId().map(TrackId::value).orElse(0L);
        seen = new SeenTracks(lastKnownId);
        // The catalog's files load while the walk begins: on a rescan the two take about as long as each other.
        CompletableFuture<KnownFiles> knownFiles = new CompletableFuture<>();
        threads("tonearm-scan-known").newThread(() -> {
            try {
                knownFiles.complete(KnownFiles.load(trackFiles, directoryPrefix, lastKnownId));
            } catch (Throwable e) {
                knownFiles.completeExceptionally(e);
            }
        }).start();
        try (Stream<AudioFile> walk = files.walk(request.root(), this::walkProblem)) {
            ExecutorService readers = Executors.newFixedThreadPool(settings.readers(), threads("tonearm-scan-read"));
            BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(QUEUED_BATCHES);
            Thread writer = threads("tonearm-scan-write").newThread(() -> writeAll(queue));
            writer.start();
            try {
                walkAndDispatch(walk.iterator(), knownFiles, readers, queue);
                walkFinished = true;
                reportProgress();
                handOver(queue, END);
                join(writer);
            } finally {
                readers.shutdownNow();
                writer.interrupt();
            }
        }
        Throwable failure = writeFailure.get();
        if (failure != null) {
            throw stoppedBy(failure);
        }
        removeVanished();
        reportProgress();
        synchronized (failures) {
            return new ScanSummary(counts(), elapsed(), failures, failuresOmitted.sum());
        }
    }

    // ---- walking (caller's thread)

    private void walkAndDispatch(Iterator<AudioFile> walk, CompletableFuture<KnownFiles> knownFiles,
                                 ExecutorService readers, BlockingQueue<Batch> queue) {
        List<List<AudioFile>> early = new ArrayList<>(); // walked while the catalog's files were still loading
        List<AudioFile> pending = new ArrayList<>(settings.batchSize());
        while (walk.hasNext()) {
            pending.add(walk.next());
            found.increment();
            if (pending.size() == settings.batchSize()) {
                if (known == null && !knownFiles.isDone() && early.size() < EARLY_BATCHES) {
                    early.add(pending);
                } else {
                    dispatchEarly(early, knownFiles, readers, queue);
                    dispatch(pending, readers, queue);
                }
                pending = new ArrayList<>(settings.batchSize());
            }
        }
        dispatchEarly(early, knownFiles, readers, queue);
        dispatch(pending, readers, queue);
    }

    /** Waits for the catalog's files, then dispatches the batches walked meanwhile. */
    private void dispatchEarly(List<List<AudioFile>> early, CompletableFuture<KnownFiles> knownFiles,
                               ExecutorService readers, BlockingQueue<Batch> queue) {
        if (known == null) {
            known = awaitKnown(knownFiles);
        }
        early.forEach(batch -> dispatch(batch, readers, queue));
        early.clear();
    }

    private static KnownFiles awaitKnown(CompletableFuture<KnownFiles> knownFiles) {
        try {
            return knownFiles.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ScanFailedException("the scan was interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new ScanFailedException("the catalog's files could not be read: " + e.getCause(), e.getCause());
        }
    }

    private void dispatch(List<AudioFile> batch, ExecutorService readers, BlockingQueue<Batch> queue) {
        if (batch.isEmpty()) {
            return;
        }
        List<Pending> toRead = new ArrayList<>();
        List<TrackId> imageAdded = new ArrayList<>();
        List<TrackId> imageRemoved = new ArrayList<>();
        for (AudioFile file : batch) {
            boolean folderImage = hasFolderImage(file.path());
            KnownFile knownFile = known.find(file.path()).orElse(null);
            if (knownFile != null && !request.full() && knownFile.isCurrent(file) && knownFile.coverRead()) {
                seen.add(knownFile.id());
                if (knownFile.folderImage() == folderImage) {
                    unchanged.increment();
                } else {
                    (folderImage ? imageAdded : imageRemoved).add(knownFile.id()); // counted when written
                }
            } else {
                toRead.add(new Pending(file, knownFile, folderImage,
                        CompletableFuture.supplyAsync(() -> read(file), readers)));
            }
        }
        if (toRead.isEmpty() && imageAdded.isEmpty() && imageRemoved.isEmpty()) {
            reportProgress();
        } else {
            handOver(queue, new Batch(toRead, imageAdded, imageRemoved));
        }
    }

    /** @return whether the directory of the file at {@code path} holds a cover image, listing it once per scan */
    private boolean hasFolderImage(String path) {
        int separator = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        String directory = separator < 0 ? "" : path.substring(0, Math.max(separator, 1)); // "/" stays itself
        return directoryImages.computeIfAbsent(directory, folderCovers::hasCoverImage);
    }

    private TagReading read(AudioFile file) {
        try {
            return files.read(file);
        } catch (RuntimeException e) {
            // The port promises not to throw for a bad file; should an adapter still do, it is this file's failure.
            return new FileFailure(file.path(), "could not be read: " + e);
        }
    }

    private void handOver(BlockingQueue<Batch> queue, Batch batch) {
        try {
            while (!queue.offer(batch, 100, TimeUnit.MILLISECONDS)) {
                if (writeFailure.get() != null) {
                    throw stoppedBy(writeFailure.get());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ScanFailedException("the scan was interrupted", e);
        }
        if (writeFailure.get() != null && batch != END) {
            throw stoppedBy(writeFailure.get());
        }
    }

    /**
     * @return the writer's failure as the scan's: the same exception and message whichever thread notices it first
     *     (the walk handing over a batch, or the end of the run)
     */
    private static ScanFailedException stoppedBy(Throwable failure) {
        return failure instanceof ScanFailedException scanFailed ? scanFailed
                : new ScanFailedException("the scan stopped: the catalog could not be written: " + failure, failure);
    }

    private void walkProblem(FileFailure problem) {
        synchronized (unwalkedPaths) {
            unwalkedPaths.add(problem.path().endsWith(File.separator) ? problem.path()
                    : problem.path() + File.separator);
        }
        fail(problem);
    }

    // ---- writing (writer thread)

    private void writeAll(BlockingQueue<Batch> queue) {
        try {
            for (Batch batch = queue.take(); batch != END; batch = queue.take()) {
                Batch current = batch;
                if (!current.files().isEmpty()) {
                    changes.recording(RESCANNED, () -> {
                        write(current);
                        return null;
                    });
                }
                writeFolderImage(current.imageAdded(), true);
                writeFolderImage(current.imageRemoved(), false);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Throwable e) {
            writeFailure.set(e);
        }
    }

    private void write(Batch batch) {
        List<NewTrack> changed = new ArrayList<>();
        List<NewTrack> newcomers = new ArrayList<>();
        for (Pending pending : batch.files()) {
            TagReading reading = pending.reading().join();
            if (pending.known() != null) {
                seen.add(pending.known().id()); // kept even if now unreadable: the file is still there
            }
            if (reading instanceof FileFailure failure) {
                fail(failure);
            } else if (reading instanceof ScannedTrack scanned) {
                NewTrack track = scanned.track().withFolderImage(pending.folderImage());
                (pending.known() != null ? changed : newcomers).add(track);
            }
        }
        Map<TrackId, NewTrack> moves = findMoves(newcomers);
        for (Map.Entry<TrackId, NewTrack> move : moves.entrySet()) {
            trackFiles.setPath(move.getKey(), move.getValue().path());
            seen.add(move.getKey());
        }
        // Moves first and on their own, so that the count of the second call says how many known files really
        // changed: upsertAll counts a replacement only when it differs from what is stored.
        store(new ArrayList<>(moves.values()));
        List<NewTrack> toStore = new ArrayList<>(changed.size() + newcomers.size());
        toStore.addAll(changed);
        toStore.addAll(newcomers);
        Stored stored = store(toStore);
        long addedHere = newcomers.stream().filter(track -> !stored.failed().contains(track.path())).count();
        long knownStored = changed.stream().filter(track -> !stored.failed().contains(track.path())).count();
        long reallyChanged = Math.min(knownStored, Math.max(0, stored.changed() - addedHere));
        added.add(addedHere);
        updated.add(reallyChanged);
        unchanged.add(knownStored - reallyChanged); // read again (a full scan, a touched file): same facts
        moved.add(moves.size());
        if (stored.changed() > 0 || !moves.isEmpty()) {
            invalidateCache();
        }
        reportProgress();
    }

    /**
     * Records that the directory of these known tracks gained or lost its cover image, dropping exactly what that
     * changes (row {@code FOLDER_IMAGE_CHANGED}: each track's entry and the album reads), here and, through the
     * change log, in every process sharing the catalog.
     */
    private void writeFolderImage(List<TrackId> ids, boolean present) {
        if (ids.isEmpty()) {
            return;
        }
        Set<EntryDrop> entries = new HashSet<>();
        ids.forEach(id -> entries.add(new EntryDrop(CachedQueries.TRACK.name(), CacheKey.of(id.value()))));
        Set<String> queries = Mutation.FOLDER_IMAGE_CHANGED.droppedQueryNames();
        int changedCount = changes.recording(new CacheInvalidation(false, queries, Set.of(), entries),
                () -> trackFiles.recordFolderImage(ids, present));
        cache.invalidateQueries(queries);
        ids.forEach(id -> cache.invalidate(CachedQueries.TRACK, CacheKey.of(id.value())));
        invalidations.invalidated(new Invalidation(Mutation.FOLDER_IMAGE_CHANGED.name(), queries, Set.of(),
                Set.of(CachedQueries.TRACK.name())));
        updated.add(changedCount);
        unchanged.add(ids.size() - changedCount); // changed meanwhile by another scan, or gone
        reportProgress();
    }

    /**
     * @param changed the tracks inserted or really changed
     * @param failed  the paths that could not be stored (each reported as a failure)
     */
    private record Stored(int changed, Set<String> failed) {
    }

    private Stored store(List<NewTrack> batch) {
        if (batch.isEmpty()) {
            return new Stored(0, Set.of());
        }
        try {
            return new Stored(tracks.upsertAll(batch), Set.of());
        } catch (RuntimeException batchFailure) {
            // One bad track must not cost the whole batch: store one by one to find it. If none can be stored,
            // the catalog itself is failing and the scan stops.
            Set<String> failed = new HashSet<>();
            int changedCount = 0;
            for (NewTrack track : batch) {
                try {
                    changedCount += tracks.upsertAll(List.of(track));
                } catch (RuntimeException e) {
                    failed.add(track.path());
                    fail(new FileFailure(track.path(), "could not be stored in the catalog: " + e.getMessage()));
                }
            }
            if (failed.size() == batch.size()) {
                throw new ScanFailedException("the catalog refused a whole batch: " + batchFailure.getMessage(),
                        batchFailure);
            }
            return new Stored(changedCount, failed);
        }
    }

    /**
     * Matches new files with known tracks whose file is gone and that have the same size and tags: such a file
     * was moved or renamed. Every match is removed from {@code newcomers}.
     *
     * @return the moved tracks' ids with what their file says now
     */
    private Map<TrackId, NewTrack> findMoves(List<NewTrack> newcomers) {
        if (newcomers.isEmpty() || lastKnownId == 0) {
            return Map.of();
        }
        Set<Long> sizes = newcomers.stream().map(NewTrack::fileSize).collect(Collectors.toSet());
        List<KnownFile> candidates = trackFiles.findBySizes(sizes).stream()
                .filter(known -> known.id().value() <= lastKnownId && !seen.contains(known.id())
                        && !claimedByMoves.contains(known.id()) && !files.exists(known.path()))
                .toList();
        if (candidates.isEmpty()) {
            return Map.of();
        }
        Map<TrackId, Track> byId = tracks.findByIds(candidates.stream().map(KnownFile::id).toList()).stream()
                .collect(Collectors.toMap(Track::id, Function.identity()));
        Map<TrackId, NewTrack> moves = new HashMap<>();
        for (Iterator<NewTrack> it = newcomers.iterator(); it.hasNext(); ) {
            NewTrack newcomer = it.next();
            for (KnownFile candidate : candidates) {
                Track track = byId.get(candidate.id());
                if (track != null && !claimedByMoves.contains(track.id()) && sameRecording(track, newcomer)) {
                    claimedByMoves.add(track.id());
                    moves.put(track.id(), newcomer);
                    it.remove();
                    break;
                }
            }
        }
        return moves;
    }

    private static boolean sameRecording(Track known, NewTrack file) {
        return known.fileSize() == file.fileSize()
                && known.title().equals(file.title())
                && known.artists().equals(file.artists())
                && Objects.equals(known.album(), file.album())
                && Objects.equals(known.trackNumber(), file.trackNumber())
                && Objects.equals(known.discNumber(), file.discNumber())
                && known.format().equals(file.format())
                && Math.abs(known.duration().toMillis() - file.duration().toMillis()) <= DURATION_TOLERANCE_MS;
    }

    // ---- removing (caller's thread, after a complete walk)

    private void removeVanished() {
        if (known.size() == 0) {
            return;
        }
        if (found.sum() == 0) {
            // An empty library directory is far more often an unmounted disk than a deleted library.
            fail(new FileFailure(request.root().toString(),
                    "no audio file found: nothing removed from the catalog (is the library's disk mounted?)"));
            return;
        }
        List<TrackId> gone = new ArrayList<>();
        known.forEachId(id -> {
            TrackId track = TrackId.of(id);
            if (!seen.contains(track)) {
                gone.add(track);
            }
        });
        for (int from = 0; from < gone.size(); from += settings.batchSize()) {
            remove(keepWalked(gone.subList(from, Math.min(gone.size(), from + settings.batchSize()))));
        }
    }

    /** @return the tracks whose file is not below a directory the walk could not enter */
    private List<TrackId> keepWalked(List<TrackId> tracksNotSeen) {
        synchronized (unwalkedPaths) {
            if (unwalkedPaths.isEmpty()) {
                return tracksNotSeen;
            }
        }
        return tracks.findByIds(tracksNotSeen).stream()
                .filter(track -> !belowUnwalkedPath(track.path()))
                .map(Track::id)
                .toList();
    }

    private boolean belowUnwalkedPath(String path) {
        synchronized (unwalkedPaths) {
            return unwalkedPaths.stream().anyMatch(path::startsWith);
        }
    }

    private void remove(List<TrackId> gone) {
        if (gone.isEmpty()) {
            return;
        }
        // also removes their plays and the albums and artists left empty, and re-decides their folders
        removed.add(changes.recording(RESCANNED, () -> tracks.deleteAll(gone)));
        invalidateCache();
        reportProgress();
    }

    // ---- shared

    private static final CacheInvalidation RESCANNED =
            CacheInvalidation.ofQueries(Mutation.LIBRARY_RESCANNED.droppedQueryNames());

    private void invalidateCache() {
        cache.invalidateQueries(Mutation.LIBRARY_RESCANNED.droppedQueryNames());
        invalidations.invalidated(new Invalidation(Mutation.LIBRARY_RESCANNED.name(),
                Mutation.LIBRARY_RESCANNED.droppedQueryNames(), Set.of(), Set.of()));
    }

    private void fail(FileFailure failure) {
        failed.increment();
        synchronized (failures) {
            if (failures.size() < ScanSummary.MAX_FAILURES_KEPT) {
                failures.add(failure);
            } else {
                failuresOmitted.increment();
            }
        }
        synchronized (listenerLock) {
            listener.failure(failure);
        }
    }

    private void reportProgress() {
        ScanProgress progress = new ScanProgress(counts(), walkFinished, elapsed());
        synchronized (listenerLock) {
            listener.progress(progress);
        }
    }

    private ScanCounts counts() {
        return new ScanCounts(found.sum(), unchanged.sum(), added.sum(), updated.sum(), moved.sum(), removed.sum(),
                failed.sum());
    }

    private Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - started);
    }

    private static void join(Thread writer) {
        try {
            writer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ScanFailedException("the scan was interrupted", e);
        }
    }

    private static ThreadFactory threads(String name) {
        AtomicInteger number = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
