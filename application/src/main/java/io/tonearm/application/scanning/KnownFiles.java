package io.tonearm.application.scanning;

import io.tonearm.domain.KnownFile;
import io.tonearm.domain.TrackId;
import io.tonearm.domain.port.TrackFiles;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongConsumer;

/**
 * What the catalog knows of the files under a scan's root, loaded once at the start of the scan (a few large
 * pages instead of one lookup per batch) and held compactly: a 64-bit hash of each path with the track id,
 * size, modification time and cover facts, in sorted primitive arrays — 33 bytes per track, 3.3 MB for 100,000 — rather
 * than the paths themselves. The few paths whose hashes collide are kept whole.
 */
final class KnownFiles {
    /** Tracks per page when loading: the port's largest page. */
    static final int PAGE = 10_000;

    private final long[] hashes;
    private final long[] ids;
    private final long[] sizes;
    private final long[] modifiedMicros;
    /** {@link #COVER_READ} and {@link #FOLDER_IMAGE} of each file. */
    private final byte[] flags;
    /** Paths sharing a hash with another path: looked up by path, never by hash. */
    private final Map<String, KnownFile> collided;

    private static final byte COVER_READ = 1;
    private static final byte FOLDER_IMAGE = 2;

    private KnownFiles(long[] hashes, long[] ids, long[] sizes, long[] modifiedMicros, byte[] flags,
                       Map<String, KnownFile> collided) {
        this.hashes = hashes;
        this.ids = ids;
        this.sizes = sizes;
        this.modifiedMicros = modifiedMicros;
        this.flags = flags;
        this.collided = collided;
    }

    /** @return the known files whose path starts with {@code directory}, with ids up to {@code upToId} */
    static KnownFiles load(TrackFiles trackFiles, String directory, long upToId) {
        List<KnownFile> all = new ArrayList<>();
        long after = 0;
        while (upToId > 0) {
            List<KnownFile> page = trackFiles.findUnder(directory, after, upToId, PAGE);
            if (page.isEmpty()) {
                break;
            }
            all.addAll(page);
            after = page.get(page.size() - 1).id().value();
        }
        List<Entry> entries = new ArrayList<>(all.size());
        all.forEach(file -> entries.add(new Entry(hash(file.path()), file)));
        all.clear();
        entries.sort(Comparator.comparingLong(Entry::hash));
        Map<String, KnownFile> collided = new HashMap<>();
        int n = 0;
        long[] hashes = new long[entries.size()];
        long[] ids = new long[entries.size()];
        long[] sizes = new long[entries.size()];
        long[] micros = new long[entries.size()];
        byte[] flags = new byte[entries.size()];
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            boolean sharesHash = i > 0 && entries.get(i - 1).hash() == entry.hash()
                    || i + 1 < entries.size() && entries.get(i + 1).hash() == entry.hash();
            if (sharesHash) {
                collided.put(entry.file().path(), entry.file());
                continue;
            }
            hashes[n] = entry.hash();
            ids[n] = entry.file().id().value();
            sizes[n] = entry.file().size();
            micros[n] = micros(entry.file().modifiedAt());
            flags[n] = (byte) ((entry.file().coverRead() ? COVER_READ : 0)
                    | (entry.file().folderImage() ? FOLDER_IMAGE : 0));
            n++;
        }
        return new KnownFiles(Arrays.copyOf(hashes, n), Arrays.copyOf(ids, n), Arrays.copyOf(sizes, n),
                Arrays.copyOf(micros, n), Arrays.copyOf(flags, n), collided);
    }

    private record Entry(long hash, KnownFile file) {
    }

    /** @return what the catalog knows of the file at {@code path}, or empty if it is not known */
    Optional<KnownFile> find(String path) {
        KnownFile exact = collided.get(path);
        if (exact != null) {
            return Optional.of(exact);
        }
        int at = Arrays.binarySearch(hashes, hash(path));
        if (at < 0) {
            return Optional.empty();
        }
        return Optional.of(new KnownFile(TrackId.of(ids[at]), path, sizes[at], fromMicros(modifiedMicros[at]),
                (flags[at] & COVER_READ) != 0, (flags[at] & FOLDER_IMAGE) != 0));
    }

    /** Passes the id of every known file, in no particular order. */
    void forEachId(LongConsumer action) {
        for (long id : ids) {
            action.accept(id);
        }
        collided.values().forEach(file -> action.accept(file.id().value()));
    }

    /** @return how many files are known */
    int size() {
        return ids.length + collided.size();
    }

    /** FNV-1a over the path's characters, 64 bits: fast, and collisions among a library's paths are rare. */
    static long hash(String path) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < path.length(); i++) {
            hash ^= path.charAt(i);
            hash *= 0x100000001b3L;
        }
        return hash;
    }

    private static long micros(Instant instant) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, instant);
    }

    private static Instant fromMicros(long micros) {
        return Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
    }
}
