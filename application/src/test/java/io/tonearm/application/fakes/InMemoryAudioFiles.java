package io.tonearm.application.fakes;

import io.tonearm.domain.AudioFile;
import io.tonearm.domain.FileFailure;
import io.tonearm.domain.InvalidValueException;
import io.tonearm.domain.MusicBrainzTags;
import io.tonearm.domain.NewTrack;
import io.tonearm.domain.ScannedTrack;
import io.tonearm.domain.TagReading;
import io.tonearm.domain.TagWriteException;
import io.tonearm.domain.TrackChanges;
import io.tonearm.domain.port.AudioFiles;
import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * A library directory in memory: files with the tags reading them gives (or the reason it fails), directories
 * the walk cannot enter, and a count of the files read. Tag write-back changes the file's tags, size and time.
 */
public final class InMemoryAudioFiles implements AudioFiles {
    private final Map<String, AudioFile> files = new TreeMap<>();
    private final Map<String, TagReading> readings = new ConcurrentHashMap<>();
    private final Set<String> throwingOnRead = ConcurrentHashMap.newKeySet();
    private final Set<String> unwalkable = new TreeSet<>();
    private final Set<String> readOnly = new TreeSet<>();
    private final AtomicInteger reads = new AtomicInteger();
    private final List<TrackChanges> written = new ArrayList<>();
    private final Map<String, MusicBrainzTags> musicBrainzWritten = new TreeMap<>();

    /** Puts a readable file at the track's path, with the track's size and time. */
    public synchronized InMemoryAudioFiles put(NewTrack track) {
        files.put(track.path(), new AudioFile(track.path(), track.fileSize(), track.fileModifiedAt()));
        readings.put(track.path(), new ScannedTrack(track));
        return this;
    }

    /** Puts a file that cannot be read, for {@code reason}. */
    public synchronized InMemoryAudioFiles putUnreadable(String path, String reason) {
        files.put(path, new AudioFile(path, 10, Instant.EPOCH));
        readings.put(path, new FileFailure(path, reason));
        return this;
    }

    /** Puts a file whose reading throws, which the port promises not to do. */
    public synchronized InMemoryAudioFiles putThrowing(String path) {
        files.put(path, new AudioFile(path, 10, Instant.EPOCH));
        throwingOnRead.add(path);
        return this;
    }

    /** Removes the file at {@code path}. */
    public synchronized InMemoryAudioFiles remove(String path) {
        files.remove(path);
        readings.remove(path);
        return this;
    }

    /** The walk reports this directory as one it could not enter, and finds nothing below it. */
    public synchronized InMemoryAudioFiles unwalkable(String directory) {
        unwalkable.add(directory);
        return this;
    }

    /** Writing tags into the file at {@code path} fails. */
    public synchronized InMemoryAudioFiles readOnly(String path) {
        readOnly.add(path);
        return this;
    }

    /** @return how many files were read so far */
    public int reads() {
        return reads.get();
    }

    /** @return the changes written into files so far */
    public synchronized List<TrackChanges> written() {
        return List.copyOf(written);
    }

    @Override
    public synchronized Stream<AudioFile> walk(Path root, Consumer<FileFailure> problems) {
        String prefix = root.toString().endsWith(File.separator) ? root.toString() : root + File.separator;
        if (files.keySet().stream().noneMatch(path -> path.startsWith(prefix)) && unwalkable.isEmpty()
                && root.toString().contains("missing")) {
            throw new InvalidValueException("root", "root must be a readable directory but was " + root);
        }
        List<AudioFile> found = files.values().stream().filter(file -> file.path().startsWith(prefix))
                .filter(file -> unwalkable.stream().noneMatch(file.path()::startsWith)).toList();
        List<String> refused = unwalkable.stream().filter(directory -> directory.startsWith(prefix)).toList();
        // problems are reported while the stream is consumed, as the port says
        return Stream.concat(refused.stream().<AudioFile>mapMulti((directory, sink) ->
                problems.accept(new FileFailure(directory, "permission denied"))), found.stream());
    }

    @Override
    public TagReading read(AudioFile file) {
        reads.incrementAndGet();
        if (throwingOnRead.contains(file.path())) {
            throw new IllegalStateException("the reader broke on " + file.path());
        }
        TagReading reading = readings.get(file.path());
        return reading != null ? reading : new FileFailure(file.path(), "gone");
    }

    @Override
    public synchronized boolean exists(String path) {
        return files.containsKey(path);
    }

    /** @return the MusicBrainz tags last written into each file, by path */
    public synchronized Map<String, MusicBrainzTags> musicBrainzWritten() {
        return Map.copyOf(musicBrainzWritten);
    }

    @Override
    public synchronized AudioFile writeTags(String path, TrackChanges changes, MusicBrainzTags musicBrainz) {
        AudioFile rewritten = writeTags(path, changes);
        musicBrainzWritten.put(path, musicBrainz);
        return rewritten;
    }

    @Override
    public synchronized AudioFile writeTags(String path, TrackChanges changes) {
        AudioFile old = files.get(path);
        if (old == null || readOnly.contains(path)) {
            throw new TagWriteException(path, "read-only file", null);
        }
        written.add(changes);
        AudioFile rewritten = new AudioFile(path, old.size() + 1, old.modifiedAt().plus(Duration.ofSeconds(1)));
        files.put(path, rewritten);
        return rewritten;
    }
}
