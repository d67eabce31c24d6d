package io.tonearm.adapters.persistence;

import io.tonearm.domain.AudioFile;
import io.tonearm.domain.FileFailure;
import io.tonearm.domain.InvalidValueException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A depth-first walk over a library that produces audio files one at a time. It holds one open directory
 * per level of depth and the set of directories already entered (for loop detection), never the list of
 * files, so that memory does not grow with the number of files.
 *
 * <p>Not {@code Files.walk}: with {@code FOLLOW_LINKS} it throws on the first link loop and ends the whole
 * walk, and it cannot refuse links that leave the library.
 */
final class LibraryWalk implements Iterator<AudioFile>, AutoCloseable {

    private final Path realRoot;
    private final Consumer<FileFailure> problems;
    private final Deque<Level> levels = new ArrayDeque<>();
    private final Set<Path> enteredDirectories = new HashSet<>();
    private AudioFile next;

    private record Level(Path directory, Path realDirectory, DirectoryStream<Path> stream, Iterator<Path> entries) {
    }

    LibraryWalk(Path root, Consumer<FileFailure> problems) throws IOException {
        this.problems = problems;
        Path absolute = root.toAbsolutePath().normalize();
        this.realRoot = absolute.toRealPath();
        enter(absolute, realRoot);
    }

    @Override
    public boolean hasNext() {
        if (next == null) {
            next = advance();
        }
        return next != null;
    }

    @Override
    public AudioFile next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        AudioFile file = next;
        next = null;
        return file;
    }

    @Override
    public void close() {
        IOException first = null;
        while (!levels.isEmpty()) {
            try {
                levels.pop().stream().close();
            } catch (IOException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw new UncheckedIOException(first);
        }
    }

    private AudioFile advance() {
        while (!levels.isEmpty()) {
            Level level = levels.peek();
            Path entry;
            try {
                if (!level.entries().hasNext()) {
                    levels.pop().stream().close();
                    continue;
                }
                entry = level.entries().next();
            } catch (DirectoryIteratorException | IOException e) {
                problems.accept(new FileFailure(level.directory().toString(), "cannot list directory: " + e));
                closeQuietly(levels.pop());
                continue;
            }
            AudioFile file = visit(entry, level);
            if (file != null) {
                return file;
            }
        }
        return null;
    }

    private AudioFile visit(Path entry, Level parent) {
        String name = entry.getFileName().toString();
        try {
            // One stat per entry: the link's own attributes tell whether there is a link to follow at all.
            BasicFileAttributes attributes = Files.readAttributes(entry, BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            Path real = parent.realDirectory().resolve(name);
            if (attributes.isSymbolicLink()) {
                attributes = Files.readAttributes(entry, BasicFileAttributes.class);
                real = entry.toRealPath();
                if (!real.startsWith(realRoot)) {
                    problems.accept(new FileFailure(entry.toString(),
                            "refused: symbolic link leads outside the library root to " + real));
                    return null;
                }
            }
            if (attributes.isDirectory()) {
                enterLinked(entry, real, parent);
                return null;
            }
            if (!attributes.isRegularFile() || AudioFormat.ofFileName(name).isEmpty()) {
                return null;
            }
            // Millisecond precision: what the catalog stores, so that unchanged files compare equal on rescan.
            return new AudioFile(entry.toString(), attributes.size(),
                    attributes.lastModifiedTime().toInstant().truncatedTo(ChronoUnit.MILLIS));
        } catch (NoSuchFileException e) {
            if (Files.isSymbolicLink(entry)) {
                problems.accept(new FileFailure(entry.toString(), "broken symbolic link"));
            } // else: deleted while we walked, nothing to report
            return null;
        } catch (IOException | SecurityException e) {
            problems.accept(new FileFailure(entry.toString(), "cannot read file attributes: " + e));
            return null;
        } catch (InvalidValueException e) {
            // a path longer than the catalog stores
            problems.accept(new FileFailure(entry.toString(), "not taken in: " + e.getMessage()));
            return null;
        }
    }

    private void enterLinked(Path directory, Path realDirectory, Level parent) throws IOException {
        if (enteredDirectories.contains(realDirectory)) {
            if (parent.realDirectory().startsWith(realDirectory)) {
                problems.accept(new FileFailure(directory.toString(),
                        "symbolic link loop: leads back to " + realDirectory + ", not followed"));
            } // else: a second link to a directory already walked; its files are in the catalog once already
            return;
        }
        enter(directory, realDirectory);
    }

    private void enter(Path directory, Path realDirectory) throws IOException {
        enteredDirectories.add(realDirectory);
        try {
            DirectoryStream<Path> stream = Files.newDirectoryStream(directory);
            levels.push(new Level(directory, realDirectory, stream, stream.iterator()));
        } catch (IOException e) {
            if (levels.isEmpty()) {
                throw e; // the root itself
            }
            problems.accept(new FileFailure(directory.toString(), "cannot open directory: " + e));
        }
    }

    private static void closeQuietly(Level level) {
        try {
            level.stream().close();
        } catch (IOException ignored) {
            // the directory could not be listed already, which was reported
        }
    }
}
