package io.tonearm.adapters.persistence;

import io.tonearm.adapters.persistence.transactions.Transactions;
import io.tonearm.domain.InvalidValueException;
import io.tonearm.domain.Page;
import io.tonearm.domain.PageRequest;
import io.tonearm.domain.PlayEvent;
import io.tonearm.domain.Track;
import io.tonearm.domain.TrackAnnotation;
import io.tonearm.domain.TrackId;
import io.tonearm.domain.TrackPlays;
import io.tonearm.domain.port.PlayHistory;
import io.tonearm.domain.user.UserId;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.ibatis.session.SqlSessionFactory;

/**
 * {@link PlayHistory} on MariaDB through MyBatis. A chart page has no cursor: its order is an aggregate over
 * the window, which has to be computed whole for any page, so a seek would save nothing.
 */
final class MyBatisPlayHistory implements PlayHistory {
    private final Transactions transactions;

    @Inject
    MyBatisPlayHistory(Transactions transactions) {
        this.transactions = transactions;
    }

    MyBatisPlayHistory(SqlSessionFactory factory) {
        this(new Transactions(factory));
    }

    @Override
    public Optional<Track> record(PlayEvent play) {
        Objects.requireNonNull(play, "play");
        Instant at = CatalogWriter.checkStorable("playedAt", play.playedAt());
        long id = play.trackId().value();
        return transactions.write(session -> {
            PlayMapper mapper = session.getMapper(PlayMapper.class);
            Long playCount = mapper.lockPlayCount(id);
            if (playCount == null) {
                return Optional.<Track>empty();
            }
            mapper.insertPlay(id, at);
            mapper.countPlay(id, at);
            if (playCount == 0) {
                session.getMapper(CatalogMapper.class).addToCounter("played", 1);
            }
            return TrackReader.load(session, List.of(id)).stream().findFirst();
        });
    }

    /**
     * The track's row is read with a shared lock (it cannot go before the commit, and other users' plays of it do
     * not wait); the user's annotation row is written with one upsert, which serializes the user's own plays of it.
     */
    @Override
    public Optional<TrackAnnotation> record(UserId user, PlayEvent play) {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(play, "play");
        Instant at = CatalogWriter.checkStorable("playedAt", play.playedAt());
        long track = play.trackId().value();
        return transactions.write(session -> {
            AnnotationMapper mapper = session.getMapper(AnnotationMapper.class);
            if (mapper.shareTrack(track) == null) {
                return Optional.<TrackAnnotation>empty();
            }
            mapper.insertPlay(user.value(), track, at);
            mapper.countPlay(user.value(), track, at);
            mapper.queueListen(user.value(), track, at);
            return Optional.of(mapper.selectOne(user.value(), track).annotation());
        });
    }

    @Override
    public Page<TrackPlays> chart(UserId user, Instant since, PageRequest page) {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(page, "page");
        if (page.after() != null) {
            throw new InvalidValueException("after", "a chart is paged by offset only; after must be absent");
        }
        return transactions.read(session -> {
            AnnotationMapper mapper = session.getMapper(AnnotationMapper.class);
            long total = mapper.countChart(user.value(), since);
            List<TrackPlays> items = mapper.chart(user.value(), since, page.offset(), page.limit()).stream()
                    .map(row -> new TrackPlays(TrackId.of(row.id), row.number)).toList();
            return Page.of(items, total, page);
        });
    }

    @Override
    public Page<TrackPlays> chart(Instant since, PageRequest page) {
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(page, "page");
        if (page.after() != null) {
            throw new InvalidValueException("after", "a chart is paged by offset only; after must be absent");
        }
        return transactions.read(session -> {
            PlayMapper mapper = session.getMapper(PlayMapper.class);
            long total = mapper.countChart(since);
            List<TrackPlays> items = mapper.chart(since, page.offset(), page.limit()).stream()
                    .map(row -> new TrackPlays(TrackId.of(row.id), row.number)).toList();
            return Page.of(items, total, page);
        });
    }
}
