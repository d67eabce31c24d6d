package io.tonearm.adapters.persistence;

import io.tonearm.adapters.persistence.WalkPlan.Directory;
import io.tonearm.domain.AudioFile;
import io.tonearm.domain.FileFailure;
import io.tonearm.domain.InvalidValueException;
import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

/**
 * One thread of a {@link LibraryWalk}: takes directories from the {@link WalkPlan} and walks each depth first,
 * holding one open directory per level. A subdirectory it finds is left to another walker while few wait,
 * and walked here otherwise. Files and problems go to the output a chunk at a time.
 */
final class DirectoryWalker implements Runnable {
    /** Files per chunk handed to the consumer. */
    static final int CHUNK = 256;

    /** Where a walker's chunks go; {@code put} waits while the consumer is behind. */
    interface Output {
        void put(WalkChunk chunk) throws InterruptedException;

        /** Called once when this walker ends, normally (null) or not. */
        void walkerEnded(Throwable failure);
    }

    private record Level(Path directory, Path realDirectory, DirectoryStream<Path> stream, Iterator<Path> entries) {
    }

    private final WalkPlan plan;
    private final Output output;
    private final Deque<Level> levels = new ArrayDeque<>();
    private List<AudioFile> files = new ArrayList<>(CHUNK);
    private List<FileFailure> problems = new ArrayList<>();

    DirectoryWalker(WalkPlan plan, Output output) {
        this.plan = plan;
        this.output = output;
    }

    @Override
    public void run() {
        Throwable failure = null;
        try {
            for (Directory directory = next(); directory != null; directory = next()) {
                try {
                    walk(directory);
                } finally {
                    closeAll();
                    plan.walked();
                }
            }
            flush();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the walk was closed
        } catch (Throwable e) {
            failure = e;
            plan.stop();
        } finally {
            output.walkerEnded(failure);
        }
    }

    /** Takes the next directory; hands over what was found before waiting for one, so nothing lies idle. */
    private Directory next() throws InterruptedException {
        Directory directory = plan.poll();
        if (directory == null) {
            flush();
            directory = plan.take();
        }
        return directory;
    }

    private void walk(Directory start) throws InterruptedException {
        open(start.path(), start.realPath());
        while (!levels.isEmpty() && !plan.stopped()) {
            Level level = levels.peek();
            Path entry;
            try {
                if (!level.entries().hasNext()) {
                    closeQuietly(levels.pop());
                    continue;
                }
                entry = level.entries().next();
            } catch (DirectoryIteratorException e) {
                problem(level.directory(), "cannot list directory: " + e);
                closeQuietly(levels.pop());
                continue;
            }
            visit(entry, level);
            if (files.size() >= CHUNK) {
                flush();
            }
        }
    }

    private void visit(Path entry, Level parent) {
        String name = entry.getFileName().toString();
        try {
            // One stat per entry: the link's own attributes tell whether there is a link to follow at all.
            BasicFileAttributes attributes = Files.readAttributes(entry, BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            Path real = null; // only directories need it: a file's real path is never asked for
            if (attributes.isSymbolicLink()) {
                attributes = Files.readAttributes(entry, BasicFileAttributes.class);
                real = entry.toRealPath();
                if (!real.startsWith(plan.realRoot())) {
                    problem(entry, "refused: symbolic link leads outside the library root to " + real);
                    return;
                }
            }
            if (attributes.isDirectory()) {
                found(entry, real != null ? real : parent.realDirectory().resolve(name), parent);
                return;
            }
            if (!attributes.isRegularFile() || AudioFormat.ofFileName(name).isEmpty()) {
                return;
            }
            // Millisecond precision: what the catalog stores, so that unchanged files compare equal on rescan.
            files.add(new AudioFile(entry.toString(), attributes.size(),
                    attributes.lastModifiedTime().toInstant().truncatedTo(ChronoUnit.MILLIS)));
        } catch (NoSuchFileException e) {
            if (Files.isSymbolicLink(entry)) {
                problem(entry, "broken symbolic link");
            } // else: deleted while we walked, nothing to report
        } catch (IOException | SecurityException e) {
            problem(entry, "cannot read file attributes: " + e);
        } catch (InvalidValueException e) {
            // a path longer than the catalog stores
            problem(entry, "not taken in: " + e.getMessage());
        }
    }

    private void found(Path directory, Path realDirectory, Level parent) {
        if (!plan.enter(realDirectory)) {
            if (parent.realDirectory().startsWith(realDirectory)) {
                problem(directory, "symbolic link loop: leads back to " + realDirectory + ", not followed");
            } // else: a second link to a directory already walked; its files are in the catalog once already
            return;
        }
        if (!plan.leave(new Directory(directory, realDirectory))) {
            open(directory, realDirectory);
        }
    }

    private void open(Path directory, Path realDirectory) {
        try {
            DirectoryStream<Path> stream = Files.newDirectoryStream(directory);
            levels.push(new Level(directory, realDirectory, stream, stream.iterator()));
        } catch (IOException | SecurityException e) {
            problem(directory, "cannot open directory: " + e);
        }
    }

    private void problem(Path path, String reason) {
        problems.add(new FileFailure(path.toString(), reason));
    }

    private void flush() throws InterruptedException {
        if (files.isEmpty() && problems.isEmpty()) {
            return;
        }
        output.put(new WalkChunk(files, problems, null));
        files = new ArrayList<>(CHUNK);
        problems = new ArrayList<>();
    }

    private void closeAll() {
        while (!levels.isEmpty()) {
            closeQuietly(levels.pop());
        }
    }

    private static void closeQuietly(Level level) {
        try {
            level.stream().close();
        } catch (IOException ignored) {
            // nothing was lost: the directory's entries were read, or its failure reported
        }
    }
}
