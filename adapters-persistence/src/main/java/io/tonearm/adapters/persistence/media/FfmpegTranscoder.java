package io.tonearm.adapters.persistence.media;

import io.tonearm.domain.media.TrackMedia;
import io.tonearm.domain.media.Transcode;
import io.tonearm.domain.media.TranscodeFormat;
import io.tonearm.domain.media.Transcoder;
import io.tonearm.domain.media.TranscodingBusyException;
import io.tonearm.domain.media.TranscodingUnavailableException;
import jakarta.inject.Inject;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Transcodes with ffmpeg processes, started with their arguments as a list (never through a shell; the input is
 * given as a {@code file:} URL, so no file name can be read as an option or another protocol). Finished
 * transcodes are kept in a disk cache keyed by the source file's path, size and time, the format and the bit
 * rate, bounded in bytes (least recently used out). Requests for a transcode being made follow the same process;
 * at most {@code maxConcurrent} processes run, a new one waits {@code slotWait} for a slot and is refused after.
 */
final class FfmpegTranscoder implements Transcoder {
    private static final Logger LOG = LoggerFactory.getLogger(FfmpegTranscoder.class);
    private static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    private final TranscodingSettings settings;
    private final Semaphore slots;
    private final Map<String, TranscodeJob> jobs = new ConcurrentHashMap<>();
    private final AtomicLong started = new AtomicLong();

    @Inject
    FfmpegTranscoder(TranscodingSettings settings) {
        this.settings = settings;
        this.slots = new Semaphore(settings.maxConcurrent(), true);
    }

    @Override
    public Transcode transcode(TrackMedia source, TranscodeFormat format, int bitRate, Duration offset) {
        if (offset.isNegative()) {
            throw new IllegalArgumentException("a transcode starts at an offset of 0 or more, not " + offset);
        }
        String key = key(source, format, bitRate, offset);
        Path kept = settings.cacheDirectory().resolve(key + "." + format.extension());
        while (true) {
            Optional<Transcode.Kept> found = kept(kept, key, format);
            if (found.isPresent()) {
                return found.get();
            }
            TranscodeJob job = jobs.get(key);
            if (job == null) {
                job = startOrJoin(key, source, format, bitRate, offset, kept);
            }
            try {
                ReadableByteChannel follower = job.follow();
                if (follower != null) {
                    return new Transcode.Live(follower, format.mediaType());
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot follow transcode " + key, e);
            }
            jobs.remove(key, job); // over (kept meanwhile, abandoned, or failed): look again
        }
    }

    /** @return how many ffmpeg processes were started so far (for tests and benchmarks) */
    long processesStarted() {
        return started.get();
    }

    private synchronized TranscodeJob startOrJoin(String key, TrackMedia source, TranscodeFormat format, int bitRate,
                                                  Duration offset, Path kept) {
        TranscodeJob running = jobs.get(key);
        if (running != null) {
            return running;
        }
        String ffmpeg = executable();
        try {
            if (!slots.tryAcquire(settings.slotWait().toMillis(), TimeUnit.MILLISECONDS)) {
                throw new TranscodingBusyException(settings.maxConcurrent(), RETRY_AFTER);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TranscodingBusyException(settings.maxConcurrent(), RETRY_AFTER);
        }
        try {
            Files.createDirectories(settings.cacheDirectory());
            Path scratch = Files.createTempFile(settings.cacheDirectory(), ".transcoding-", ".part");
            TranscodeJob job = TranscodeJob.start(key, new ProcessBuilder(command(ffmpeg, source, format, bitRate,
                    offset)),
                    scratch, kept, this::ended);
            started.incrementAndGet();
            jobs.put(key, job);
            return job;
        } catch (IOException | RuntimeException e) {
            slots.release();
            throw new TranscodingUnavailableException("cannot start " + ffmpeg + ": " + e.getMessage());
        }
    }

    private void ended(TranscodeJob job, boolean kept) {
        jobs.remove(job.key(), job);
        slots.release();
        if (kept) {
            evict();
        }
    }

    /**
     * The ffmpeg command line, one argument per element. An offset is given before the input ({@code -ss}), so that
     * ffmpeg seeks in the input rather than decoding and dropping what comes before it.
     */
    static List<String> command(String ffmpeg, TrackMedia source, TranscodeFormat format, int bitRate,
                                Duration offset) {
        List<String> command = new ArrayList<>(List.of(ffmpeg, "-hide_banner", "-loglevel", "error", "-nostdin"));
        if (!offset.isZero()) {
            command.addAll(List.of("-ss", seconds(offset)));
        }
        command.addAll(List.of("-i", "file:" + source.path(), "-map", "0:a:0", "-vn", "-map_metadata", "-1"));
        switch (format) {
            case MP3 -> command.addAll(List.of("-c:a", "libmp3lame", "-b:a", bitRate + "k", "-f", "mp3"));
            case OPUS -> command.addAll(List.of("-c:a", "libopus", "-b:a", bitRate + "k", "-f", "ogg"));
            case AAC -> command.addAll(List.of("-c:a", "aac", "-b:a", bitRate + "k", "-f", "adts"));
        }
        command.add("pipe:1");
        return command;
    }

    /** @return the ffmpeg to run: the configured path, or the name found on the PATH */
    private String executable() {
        String configured = settings.ffmpeg();
        if (configured.contains(File.separator)) {
            if (Files.isExecutable(Path.of(configured))) {
                return configured;
            }
        } else {
            String path = System.getenv("PATH");
            for (String directory : path == null ? new String[0] : path.split(File.pathSeparator)) {
                if (!directory.isEmpty() && Files.isExecutable(Path.of(directory, configured))) {
                    return Path.of(directory, configured).toString();
                }
            }
        }
        throw new TranscodingUnavailableException("ffmpeg not found (transcoding.ffmpeg = " + configured
                + "); install it, e.g. apt-get install ffmpeg");
    }

    private static Optional<Transcode.Kept> kept(Path file, String key, TranscodeFormat format) {
        try {
            BasicFileAttributes facts = Files.readAttributes(file, BasicFileAttributes.class);
            // the modification time is the last use: the eviction order
            Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis()));
            return Optional.of(new Transcode.Kept(file.toString(), format.mediaType(), facts.size(),
                    "\"t" + key.substring(0, 24) + "-" + Long.toHexString(facts.size()) + "\""));
        } catch (IOException e) {
            return Optional.empty(); // not kept (or evicted just now)
        }
    }

    /** Deletes the least recently used transcodes until the kept ones fit in the cache size. */
    private synchronized void evict() {
        List<Path> files;
        try (Stream<Path> listed = Files.list(settings.cacheDirectory())) {
            files = listed.filter(path -> !path.getFileName().toString().startsWith(".")).toList();
        } catch (IOException e) {
            LOG.warn("cannot list the transcode cache {}: {}", settings.cacheDirectory(), e.toString());
            return;
        }
        record Entry(Path path, long size, FileTime used) {
        }
        List<Entry> entries = new ArrayList<>();
        long total = 0;
        for (Path file : files) {
            try {
                BasicFileAttributes facts = Files.readAttributes(file, BasicFileAttributes.class);
                entries.add(new Entry(file, facts.size(), facts.lastModifiedTime()));
                total += facts.size();
            } catch (IOException e) {
                // gone meanwhile
            }
        }
        entries.sort(Comparator.comparing(Entry::used));
        for (Entry entry : entries) {
            if (total <= settings.cacheSize()) {
                break;
            }
            try {
                Files.deleteIfExists(entry.path());
                total -= entry.size();
            } catch (IOException e) {
                LOG.warn("cannot evict {}: {}", entry.path(), e.toString());
            }
        }
    }

    /** @return the offset in seconds as ffmpeg reads it, to the millisecond: {@code 90.5} */
    private static String seconds(Duration offset) {
        return BigDecimal.valueOf(offset.toMillis(), 3).stripTrailingZeros().toPlainString();
    }

    private static String key(TrackMedia source, TranscodeFormat format, int bitRate, Duration offset) {
        // from the start the key is as it always was, so the transcodes kept before stay found
        String identity = source.path() + "|" + source.size() + "|" + source.modifiedAt().toEpochMilli() + "|"
                + format.extension() + "|" + bitRate + (offset.isZero() ? "" : "|" + offset.toMillis());
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(identity.getBytes(StandardCharsets.UTF_8)), 0, 20);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
