package io.tonearm.adapters.persistence;

import io.tonearm.adapters.persistence.WalkPlan.Directory;
import io.tonearm.domain.AudioFile;
import io.tonearm.domain.FileFailure;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * A walk over a library that produces audio files one at a time, found by a few {@link DirectoryWalker}
 * threads, each file once. Memory does not grow with the number of files: each walker holds one open
 * directory per level of depth, a few found directories wait for a free walker, and a few chunks of files
 * wait for the consumer; beyond that the walkers wait. The set of directories already entered (for loop
 * detection) grows with the number of directories. Problems go to the consumer's thread, with the files.
 *
 * <p>Not {@code Files.walk}: with {@code FOLLOW_LINKS} it throws on the first link loop and ends the whole
 * walk, and it cannot refuse links that leave the library. Files come in no particular order.
 */
final class LibraryWalk implements Iterator<AudioFile>, AutoCloseable {
    /** Walkers by default: the walk is mostly system calls, which a second core takes in parallel. */
    static final int WALKERS = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));
    /** Chunks waiting for the consumer at most (a thousand files or so). */
    private static final int QUEUED_CHUNKS = 4;
    private static final WalkChunk END = new WalkChunk(List.of(), List.of(), null);

    private final Consumer<FileFailure> problems;
    private final WalkPlan plan;
    private final BlockingQueue<WalkChunk> chunks = new ArrayBlockingQueue<>(QUEUED_CHUNKS);
    private final AtomicInteger walkersLeft;
    private final List<Thread> walkers = new ArrayList<>();
    private Iterator<AudioFile> current = Collections.emptyIterator();
    private boolean over;

    LibraryWalk(Path root, Consumer<FileFailure> problems) throws IOException {
        this(root, problems, WALKERS);
    }

    /** @throws IOException if {@code root} cannot be opened as a directory */
    LibraryWalk(Path root, Consumer<FileFailure> problems, int walkerCount) throws IOException {
        this.problems = problems;
        Path absolute = root.toAbsolutePath().normalize();
        Path realRoot = absolute.toRealPath();
        try (DirectoryStream<Path> readable = Files.newDirectoryStream(absolute)) {
            // opened here so that an unreadable root fails the walk rather than becoming one of its problems
        }
        this.plan = new WalkPlan(new Directory(absolute, realRoot), walkerCount);
        this.walkersLeft = new AtomicInteger(walkerCount);
        DirectoryWalker.Output output = new DirectoryWalker.Output() {
            @Override
            public void put(WalkChunk chunk) throws InterruptedException {
                chunks.put(chunk);
            }

            @Override
            public void walkerEnded(Throwable failure) {
                ended(failure);
            }
        };
        for (int i = 1; i <= walkerCount; i++) {
            Thread walker = new Thread(new DirectoryWalker(plan, output), "tonearm-walk-" + i);
            walker.setDaemon(true);
            walkers.add(walker);
        }
        walkers.forEach(Thread::start);
    }

    @Override
    public boolean hasNext() {
        while (!current.hasNext()) {
            if (over) {
                return false;
            }
            WalkChunk chunk = take();
            chunk.problems().forEach(problems);
            if (chunk.failure() != null) {
                over = true;
                throw new IllegalStateException("the walk failed: " + chunk.failure(), chunk.failure());
            }
            if (chunk == END) {
                over = true;
                return false;
            }
            current = chunk.files().iterator();
        }
        return true;
    }

    @Override
    public AudioFile next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return current.next();
    }

    /** Stops the walkers, if still walking, and waits until each has closed its directories. */
    @Override
    public void close() {
        over = true;
        plan.stop();
        walkers.forEach(Thread::interrupt);
        chunks.clear();
        boolean interrupted = false;
        for (Thread walker : walkers) {
            while (walker.isAlive()) {
                try {
                    walker.join();
                } catch (InterruptedException e) {
                    interrupted = true; // still wait: the walker closes its directories promptly
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private WalkChunk take() {
        try {
            return chunks.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            // not the end of the walk: a caller taking it for one would think every file not seen deleted
            throw new UncheckedIOException(new InterruptedIOException("the walk was interrupted"));
        }
    }

    private void ended(Throwable failure) {
        try {
            if (failure != null) {
                chunks.put(new WalkChunk(List.of(), List.of(), failure));
            } else if (walkersLeft.decrementAndGet() == 0) {
                chunks.put(END);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the walk was closed: no one reads any more
        }
    }
}
