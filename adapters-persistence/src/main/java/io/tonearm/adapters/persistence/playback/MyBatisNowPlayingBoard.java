package io.tonearm.adapters.persistence.playback;

import io.tonearm.adapters.persistence.transactions.Transactions;
import io.tonearm.domain.InvalidValueException;
import io.tonearm.domain.Page;
import io.tonearm.domain.PageRequest;
import io.tonearm.domain.TrackId;
import io.tonearm.domain.playback.NowPlaying;
import io.tonearm.domain.playback.NowPlayingBoard;
import io.tonearm.domain.playback.PlayQueue;
import io.tonearm.domain.user.UserId;
import io.tonearm.domain.user.UserName;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** The {@link NowPlayingBoard} on MariaDB: one row per user and player, replaced by the next. */
final class MyBatisNowPlayingBoard implements NowPlayingBoard {
    private final Transactions transactions;

    @Inject
    MyBatisNowPlayingBoard(Transactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public boolean set(UserId user, TrackId track, String player, Instant at) {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(track, "track");
        Objects.requireNonNull(player, "player");
        Objects.requireNonNull(at, "at");
        if (player.length() > PlayQueue.MAX_CLIENT_LENGTH) {
            throw new InvalidValueException("c", "the client name must be at most " + PlayQueue.MAX_CLIENT_LENGTH
                    + " characters");
        }
        return transactions.write(session -> {
            PlaybackMapper mapper = session.getMapper(PlaybackMapper.class);
            if (mapper.shareUser(user.value()) == null || mapper.shareTracks(List.of(track.value())).isEmpty()) {
                return false;
            }
            mapper.upsertNowPlaying(user.value(), player, track.value(), at);
            return true;
        });
    }

    @Override
    public Page<NowPlaying> find(Instant since, PageRequest page) {
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(page, "page");
        return transactions.read(session -> {
            PlaybackMapper mapper = session.getMapper(PlaybackMapper.class);
            long total = mapper.countNowPlaying(since);
            List<NowPlaying> items = mapper.selectNowPlaying(since, page.offset(), page.limit()).stream()
                    .map(row -> new NowPlaying(new UserId(row.userId), UserName.of(row.userName),
                            new TrackId(row.trackId), row.player, row.startedAt))
                    .toList();
            return Page.of(items, total, page);
        });
    }
}
