package io.tonearm.application.fakes;

import io.tonearm.domain.AudioFile;
import io.tonearm.domain.media.MediaFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Audio files by path with their facts. Opening one gives a channel on a scratch file of the file's size (or of
 * another size, to play a file rewritten between inspection and opening); every channel handed out is kept so a
 * test can tell whether it was closed.
 */
public final class InMemoryMediaFiles implements MediaFiles {
    private final Map<String, AudioFile> files = new ConcurrentHashMap<>();
    private final Map<String, Long> sizeWhenOpened = new ConcurrentHashMap<>();
    private final List<FileChannel> opened = new ArrayList<>();

    /** Puts a file at the path with this size and time. */
    public InMemoryMediaFiles put(String path, long size, Instant modifiedAt) {
        files.put(path, new AudioFile(path, size, modifiedAt));
        return this;
    }

    /** Removes the file at the path. */
    public InMemoryMediaFiles remove(String path) {
        files.remove(path);
        return this;
    }

    /** The file at the path has {@code size} bytes once opened, whatever inspecting it said. */
    public InMemoryMediaFiles rewriteBeforeOpening(String path, long size) {
        sizeWhenOpened.put(path, size);
        return this;
    }

    /** @return every channel opened so far */
    public synchronized List<FileChannel> opened() {
        return List.copyOf(opened);
    }

    @Override
    public Optional<AudioFile> inspect(String path) {
        return Optional.ofNullable(files.get(path));
    }

    @Override
    public synchronized FileChannel open(String path) throws IOException {
        AudioFile file = files.get(path);
        if (file == null) {
            throw new NoSuchFileException(path);
        }
        long size = sizeWhenOpened.getOrDefault(path, file.size());
        Path scratch = Files.createTempFile("tonearm-media", ".bin");
        try (FileChannel out = FileChannel.open(scratch, StandardOpenOption.WRITE)) {
            out.truncate(0);
            if (size > 0) {
                out.write(ByteBuffer.allocate(1), size - 1);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        FileChannel channel = FileChannel.open(scratch, StandardOpenOption.READ, StandardOpenOption.DELETE_ON_CLOSE);
        opened.add(channel);
        return channel;
    }
}
