package io.tonearm.adapters.persistence;

import io.tonearm.adapters.persistence.transactions.DuplicateKeys;
import io.tonearm.adapters.persistence.transactions.Transactions;
import io.tonearm.domain.DuplicateTrackPathException;
import io.tonearm.domain.InvalidValueException;
import io.tonearm.domain.KnownFile;
import io.tonearm.domain.NewTrack;
import io.tonearm.domain.TrackId;
import io.tonearm.domain.port.TrackFiles;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.ibatis.exceptions.PersistenceException;
import org.apache.ibatis.session.SqlSessionFactory;

/**
 * The catalog's tracks seen as files, for scans. Only file-level columns are read or written here; tags,
 * albums, artists, counters and search terms are {@link MyBatisTracks}'s.
 */
final class MyBatisTrackFiles implements TrackFiles {
    /** A walk along the primary key, a page at a time; path is utf8mb4_bin, so LIKE compares exactly. */
    /** The time as microseconds since the epoch: a number is read far faster than a date-time's text. */
    private static final String SELECT_UNDER = "SELECT id, path, file_size,"
            + " TIMESTAMPDIFF(MICROSECOND, TIMESTAMP'1970-01-01 00:00:00', file_modified_at),"
            + " embedded_cover IS NOT NULL, folder_cover FROM tracks"
            + " WHERE id > ? AND id <= ? AND path LIKE ? ESCAPE '!' ORDER BY id LIMIT ?";

    /** Bound values per statement: MariaDB takes far more, but huge IN lists plan badly. */
    private static final int CHUNK = 1000;

    private final Transactions transactions;
    private final Clock clock;

    @Inject
    MyBatisTrackFiles(Transactions transactions) {
        this(transactions, Clock.systemUTC());
    }

    MyBatisTrackFiles(SqlSessionFactory factory, Clock clock) {
        this(new Transactions(factory), clock);
    }

    MyBatisTrackFiles(Transactions transactions, Clock clock) {
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public List<KnownFile> findBySizes(Collection<Long> sizes) {
        Objects.requireNonNull(sizes, "sizes");
        List<Long> distinct = List.copyOf(new LinkedHashSet<>(sizes));
        List<KnownFile> found = new ArrayList<>();
        for (int from = 0; from < distinct.size(); from += CHUNK) {
            List<Long> chunk = distinct.subList(from, Math.min(distinct.size(), from + CHUNK));
            transactions.read(session -> session.getMapper(TrackFileMapper.class).selectBySizes(chunk))
                    .forEach(row -> found.add(row.toKnownFile()));
        }
        return found;
    }

    @Override
    public List<KnownFile> findUnder(String directory, long afterId, long upToId, int limit) {
        Objects.requireNonNull(directory, "directory");
        if (directory.isEmpty()) {
            throw new InvalidValueException("directory", "directory must not be empty");
        }
        if (limit < 1 || limit > 10_000) {
            throw new InvalidValueException("limit", "limit must be between 1 and 10000 but was " + limit);
        }
        String pattern = likeEscape(directory) + "%";
        return transactions.read(session -> selectUnder(session.getConnection(), pattern, afterId, upToId, limit));
    }

    /**
     * Plain JDBC on the session's connection rather than a mapped statement: a scan reads every known file,
     * and MyBatis's row mapping costs about 25 µs a row here (a quarter of a second per 10,000 tracks) against
     * 4 µs for reading the columns by index. Values are bound, as everywhere.
     */
    private static List<KnownFile> selectUnder(Connection connection, String pattern, long afterId, long upToId,
                                               int limit) {
        try (PreparedStatement statement = connection.prepareStatement(SELECT_UNDER)) {
            statement.setLong(1, afterId);
            statement.setLong(2, upToId);
            statement.setString(3, pattern);
            statement.setInt(4, limit);
            List<KnownFile> files = new ArrayList<>(limit);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    files.add(new KnownFile(TrackId.of(rows.getLong(1)), rows.getString(2), rows.getLong(3),
                            Instant.EPOCH.plus(rows.getLong(4), ChronoUnit.MICROS), rows.getBoolean(5),
                            rows.getBoolean(6)));
                }
            }
            return files;
        } catch (SQLException e) {
            throw new PersistenceException("cannot list the tracks under " + pattern + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<TrackId> findLastId() {
        Long last = transactions.read(session -> session.getMapper(TrackFileMapper.class).selectLastId());
        return last == null ? Optional.empty() : Optional.of(TrackId.of(last));
    }

    @Override
    public boolean setPath(TrackId id, String newPath) {
        Objects.requireNonNull(id, "id");
        if (newPath == null || newPath.isBlank() || newPath.length() > NewTrack.MAX_PATH_LENGTH) {
            throw new InvalidValueException("path", "path must be 1 to " + NewTrack.MAX_PATH_LENGTH + " characters");
        }
        try {
            return transactions.write(session -> {
                session.getMapper(TrackFileMapper.class).updatePath(id.value(), newPath, clock.instant());
                return Transactions.flushCount(session) > 0;
            });
        } catch (PersistenceException e) {
            if (DuplicateKeys.in(e)) {
                throw new DuplicateTrackPathException(newPath);
            }
            throw e;
        }
    }

    @Override
    public boolean setFileFacts(TrackId id, long size, Instant modifiedAt) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(modifiedAt, "modifiedAt");
        if (size < 0) {
            throw new InvalidValueException("size", "size must be >= 0 but was " + size);
        }
        return transactions.write(session -> {
            session.getMapper(TrackFileMapper.class).updateFileFacts(id.value(), size, modifiedAt, clock.instant());
            return Transactions.flushCount(session) > 0;
        });
    }

    @Override
    public int recordFolderImage(Collection<TrackId> ids, boolean present) {
        Objects.requireNonNull(ids, "ids");
        List<Long> distinct = ids.stream().map(id -> Objects.requireNonNull(id, "ids contains null").value())
                .distinct().sorted().toList(); // ascending: two writers lock rows in one order
        if (distinct.isEmpty()) {
            return 0;
        }
        return transactions.write(session -> {
            int changed = 0;
            for (int from = 0; from < distinct.size(); from += CHUNK) {
                session.getMapper(TrackFileMapper.class)
                        .updateFolderCover(distinct.subList(from, Math.min(distinct.size(), from + CHUNK)), present);
                changed += Transactions.flushCount(session); // one statement per flush: its count matters
            }
            return changed;
        });
    }

    private static String likeEscape(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

}
