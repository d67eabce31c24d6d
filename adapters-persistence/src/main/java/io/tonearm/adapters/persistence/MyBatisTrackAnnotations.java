package io.tonearm.adapters.persistence;

import io.tonearm.adapters.persistence.transactions.Transactions;
import io.tonearm.domain.Page;
import io.tonearm.domain.PageRequest;
import io.tonearm.domain.Rating;
import io.tonearm.domain.TrackAnnotation;
import io.tonearm.domain.TrackId;
import io.tonearm.domain.port.TrackAnnotations;
import io.tonearm.domain.user.UserId;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.apache.ibatis.session.SqlSessionFactory;

/**
 * {@link TrackAnnotations} on MariaDB through MyBatis: one row per (user, track) the user starred or played. A
 * user's list totals are counted on the user's range of an index ({@code COUNT(*)} over one user's rows), not kept
 * in counters: one user's favorites are thousands of rows at most.
 */
final class MyBatisTrackAnnotations implements TrackAnnotations {
    private final Transactions transactions;

    @Inject
    MyBatisTrackAnnotations(Transactions transactions) {
        this.transactions = transactions;
    }

    MyBatisTrackAnnotations(SqlSessionFactory factory) {
        this(new Transactions(factory));
    }

    @Override
    public Map<TrackId, TrackAnnotation> findByIds(UserId user, Collection<TrackId> tracks) {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(tracks, "tracks");
        if (tracks.isEmpty()) {
            return Map.of();
        }
        List<Long> ids = List.copyOf(new TreeSet<>(tracks.stream().map(TrackId::value).toList()));
        return transactions.read(session -> {
            AnnotationMapper mapper = session.getMapper(AnnotationMapper.class);
            Map<TrackId, TrackAnnotation> found = new HashMap<>();
            for (List<Long> chunk : TrackReader.chunks(ids, TrackReader.CHUNK)) {
                mapper.selectByIds(user.value(), chunk).forEach(row -> found.put(row.track(), row.annotation()));
            }
            return found;
        });
    }

    @Override
    public boolean setFavorite(UserId user, TrackId track, boolean favorite, Instant at) {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(track, "track");
        Instant starredAt = CatalogWriter.checkStorable("starredAt", Objects.requireNonNull(at, "at"));
        return transactions.write(session -> {
            AnnotationMapper mapper = session.getMapper(AnnotationMapper.class);
            if (mapper.shareTrack(track.value()) == null) {
                return false;
            }
            if (favorite) {
                mapper.star(user.value(), track.value(), starredAt);
            } else {
                mapper.unstar(user.value(), track.value());
                mapper.dropIfEmpty(user.value(), track.value());
            }
            return true;
        });
    }

    @Override
    public boolean setRating(UserId user, TrackId track, int rating) {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(track, "track");
        Rating.check(rating);
        return transactions.write(session -> {
            AnnotationMapper mapper = session.getMapper(AnnotationMapper.class);
            if (mapper.shareTrack(track.value()) == null) {
                return false;
            }
            mapper.rate(user.value(), track.value(), rating);
            if (rating == Rating.NONE) {
                mapper.dropIfEmpty(user.value(), track.value());
            }
            return true;
        });
    }

    @Override
    public Page<TrackId> findFavorites(UserId user, PageRequest page) {
        Objects.requireNonNull(user, "user");
        Long after = page.after() == null ? null : Cursor.TRACK_ID.decode(page.after())[0];
        return transactions.read(session -> {
            AnnotationMapper mapper = session.getMapper(AnnotationMapper.class);
            return MyBatisTracks.idPage(page, mapper.countFavorites(user.value()),
                    mapper.selectFavorites(user.value(), page.offset(), page.limit(), after));
        });
    }

    @Override
    public Page<TrackId> findRecentlyPlayed(UserId user, PageRequest page) {
        Objects.requireNonNull(user, "user");
        long[] after = page.after() == null ? null : Cursor.RECENT.decode(page.after());
        Instant afterAt = after == null ? null : Instant.EPOCH.plus(after[0], ChronoUnit.MICROS);
        Long afterId = after == null ? null : after[1];
        return transactions.read(session -> {
            AnnotationMapper mapper = session.getMapper(AnnotationMapper.class);
            return MyBatisTracks.keyedPage(page, mapper.countPlayed(user.value()),
                    mapper.selectRecent(user.value(), page.offset(), page.limit(), afterAt, afterId),
                    last -> Cursor.RECENT.encode(ChronoUnit.MICROS.between(Instant.EPOCH, last.at), last.id));
        });
    }

    @Override
    public Page<TrackId> findMostPlayed(UserId user, PageRequest page) {
        Objects.requireNonNull(user, "user");
        long[] after = page.after() == null ? null : Cursor.POPULAR.decode(page.after());
        return transactions.read(session -> {
            AnnotationMapper mapper = session.getMapper(AnnotationMapper.class);
            return MyBatisTracks.keyedPage(page, mapper.countPlayed(user.value()),
                    mapper.selectPopular(user.value(), page.offset(), page.limit(),
                            after == null ? null : after[0], after == null ? null : after[1]),
                    last -> Cursor.POPULAR.encode(last.number, last.id));
        });
    }
}
