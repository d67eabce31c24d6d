package io.tonearm.adapters.persistence;

import io.tonearm.adapters.persistence.transactions.Transactions;
import io.tonearm.domain.InvalidValueException;
import io.tonearm.domain.Page;
import io.tonearm.domain.PageRequest;
import io.tonearm.domain.PlayEvent;
import io.tonearm.domain.Track;
import io.tonearm.domain.TrackId;
import io.tonearm.domain.TrackPlays;
import io.tonearm.domain.port.PlayHistory;
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
