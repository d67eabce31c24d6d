package io.tonearm.adapters.persistence;

import io.tonearm.domain.ArtistSeparators;
import io.tonearm.domain.AudioFile;
import io.tonearm.domain.FileFailure;
import io.tonearm.domain.InvalidValueException;
import io.tonearm.domain.MusicBrainzTags;
import io.tonearm.domain.ScannedTrack;
import io.tonearm.domain.TagReading;
import io.tonearm.domain.TrackChanges;
import io.tonearm.domain.port.AudioFiles;
import jakarta.inject.Inject;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jaudiotagger.audio.AudioHeader;
import org.jaudiotagger.tag.Tag;
import org.jaudiotagger.tag.images.Artwork;
import org.jaudiotagger.tag.vorbiscomment.VorbisCommentReader;

/**
 * The library's audio files, read with jaudiotagger (and, for Opus, which jaudiotagger 3.0.1 does not read,
 * with {@link OggOpusFile} plus jaudiotagger's Vorbis comment parser).
 */
final class JaudiotaggerAudioFiles implements AudioFiles {

    private final TrackTags tags;
    private final TagWriter writer;
    /**
     * Held so that the logger, and the level set on it, are not garbage-collected: java.util.logging keeps
     * loggers weakly. jaudiotagger logs warnings for every odd frame of every file at INFO and above.
     */
    private final Logger jaudiotaggerLog;

    @Inject
    JaudiotaggerAudioFiles(ArtistSeparators separators) {
        this.tags = new TrackTags(Objects.requireNonNull(separators, "separators"));
        this.writer = new TagWriter(separators);
        this.jaudiotaggerLog = Logger.getLogger("org.jaudiotagger");
        jaudiotaggerLog.setLevel(Level.OFF);
    }

    @Override
    public Stream<AudioFile> walk(Path root, Consumer<FileFailure> problems) {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(problems, "problems");
        if (!Files.isDirectory(root)) {
            throw new InvalidValueException("root", "root must be a directory but " + root + " is not");
        }
        LibraryWalk walk;
        try {
            walk = new LibraryWalk(root, problems);
        } catch (IOException e) {
            throw new InvalidValueException("root", "root " + root + " cannot be read: " + e.getMessage());
        }
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(walk,
                Spliterator.NONNULL | Spliterator.DISTINCT), false).onClose(walk::close);
    }

    @Override
    public TagReading read(AudioFile file) {
        Path path = Path.of(file.path());
        String fileName = path.getFileName().toString();
        AudioFormat format = AudioFormat.ofFileName(fileName).orElse(null);
        if (format == null) {
            return new FileFailure(file.path(), "not an audio file Tonearm reads (unknown extension)");
        }
        if (file.size() == 0) {
            return new FileFailure(file.path(), "empty file (0 bytes)");
        }
        if (!Files.isRegularFile(path)) {
            return new FileFailure(file.path(), "file not found (deleted during the scan?)");
        }
        try {
            return new ScannedTrack(format == AudioFormat.OPUS ? readOpus(file, path, fileName)
                    : readWithJaudiotagger(file, path, fileName, format));
        } catch (NoSuchFileException | FileNotFoundException e) {
            return new FileFailure(file.path(), "file not found (deleted during the scan?)");
        } catch (InvalidValueException e) {
            return new FileFailure(file.path(), "tags not acceptable: " + e.getMessage());
        } catch (Exception | StackOverflowError | OutOfMemoryError e) {
            // jaudiotagger throws a zoo of checked and unchecked exceptions, and on malformed input even errors:
            // deep recursion in nested atoms, or an OutOfMemoryError when a corrupt header declares a frame of
            // gigabytes (that one allocation fails, the heap is as before). A broken file must never end the
            // scan, so each of these becomes this file's failure.
            return new FileFailure(file.path(), reason(format, e));
        }
    }

    @Override
    public AudioFile writeTags(String path, TrackChanges changes) {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(changes, "changes");
        return writer.write(path, changes);
    }

    @Override
    public AudioFile writeTags(String path, TrackChanges changes, MusicBrainzTags musicBrainz) {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(changes, "changes");
        Objects.requireNonNull(musicBrainz, "musicBrainz");
        return writer.write(path, changes, musicBrainz);
    }

    @Override
    public boolean exists(String path) {
        return Files.isRegularFile(Path.of(path));
    }

    private io.tonearm.domain.NewTrack readWithJaudiotagger(AudioFile file, Path path, String fileName,
                                                            AudioFormat format) throws Exception {
        org.jaudiotagger.audio.AudioFile audio = Mp3HeaderLock.read(path.toFile(), format);
        AudioHeader header = audio.getAudioHeader();
        if (header == null) {
            throw new IOException("no audio header found");
        }
        return tags.toTrack(file, fileName, audio.getTag(), new TrackTags.Audio(header.getPreciseTrackLength(),
                header.getBitRateAsNumber(), header.getSampleRateAsNumber(), formatName(format, header)))
                .withEmbeddedPicture(hasPicture(audio.getTag()));
    }

    /**
     * @return whether the tag holds a picture the cover route can send: the test of the artwork adapter (an image
     *     of its own, not a link), on the tag already read, so the scan reads no more of the file
     */
    private static boolean hasPicture(Tag tag) {
        try {
            Artwork picture = tag == null ? null : tag.getFirstArtwork();
            return picture != null && !picture.isLinked() && picture.getBinaryData() != null
                    && picture.getBinaryData().length > 0;
        } catch (RuntimeException e) { // a malformed picture frame: the cover route would find none either
            return false;
        }
    }

    private io.tonearm.domain.NewTrack readOpus(AudioFile file, Path path, String fileName) throws Exception {
        OggOpusFile.Headers headers = OggOpusFile.read(path);
        Tag tag = new VorbisCommentReader().read(headers.comments(), false, path);
        double seconds = headers.seconds();
        long bitrate = seconds > 0 ? Math.round(file.size() * 8 / seconds / 1000) : 0;
        // no picture: the artwork adapter reads pictures with jaudiotagger, which does not read Opus files
        return tags.toTrack(file, fileName, tag,
                new TrackTags.Audio(seconds, bitrate, OggOpusFile.SAMPLE_RATE, AudioFormat.OPUS.displayName()))
                .withEmbeddedPicture(false);
    }

    private static String formatName(AudioFormat format, AudioHeader header) {
        if (format == AudioFormat.MP4) {
            String encoding = String.valueOf(header.getEncodingType()).toLowerCase(Locale.ROOT);
            return encoding.contains("alac") || encoding.contains("lossless") ? "ALAC" : "AAC";
        }
        return format.displayName();
    }

    private static String reason(AudioFormat format, Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return "not a readable " + format.displayName() + " file: " + message;
    }
}
