package io.tonearm.adapters.persistence.playback;

import io.tonearm.adapters.persistence.transactions.Transactions;
import io.tonearm.domain.InvalidValueException;
import io.tonearm.domain.TrackId;
import io.tonearm.domain.playback.PlayQueue;
import io.tonearm.domain.playback.PlayQueues;
import io.tonearm.domain.user.UserId;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The {@link PlayQueues} on MariaDB. A save replaces the queue's row and all its entries in one transaction,
 * after reading the user and the tracks with a shared lock (none of them can be removed before the commit).
 */
final class MyBatisPlayQueues implements PlayQueues {
    private final Transactions transactions;

    @Inject
    MyBatisPlayQueues(Transactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Optional<PlayQueue> find(UserId user) {
        Objects.requireNonNull(user, "user");
        return transactions.read(session -> {
            PlaybackMapper mapper = session.getMapper(PlaybackMapper.class);
            PlaybackMapper.QueueRow row = mapper.selectQueue(user.value());
            if (row == null) {
                return Optional.<PlayQueue>empty();
            }
            List<TrackId> tracks = new ArrayList<>();
            int current = PlayQueue.NONE;
            for (PlaybackMapper.EntryRow entry : mapper.selectEntries(user.value())) {
                if (entry.position == row.currentPosition) {
                    current = tracks.size();
                }
                tracks.add(new TrackId(entry.trackId));
            }
            // a removed current track leaves no current track, and no position in it
            long positionMs = current == PlayQueue.NONE ? 0 : row.positionMs;
            return Optional.of(new PlayQueue(tracks, current, positionMs, row.changedAt, row.changedBy));
        });
    }

    @Override
    public boolean save(UserId user, PlayQueue queue) {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(queue, "queue");
        List<Long> tracks = queue.tracks().stream().map(TrackId::value).toList();
        return transactions.write(session -> {
            PlaybackMapper mapper = session.getMapper(PlaybackMapper.class);
            if (mapper.shareUser(user.value()) == null) {
                return false;
            }
            if (!tracks.isEmpty()) {
                Set<Long> distinct = new LinkedHashSet<>(tracks);
                Set<Long> known = new HashSet<>(mapper.shareTracks(distinct));
                distinct.removeAll(known);
                if (!distinct.isEmpty()) {
                    throw new InvalidValueException("id", "no such track: " + distinct.stream()
                            .map(String::valueOf).collect(Collectors.joining(", ")));
                }
            }
            mapper.upsertQueue(user.value(), queue.currentIndex(), queue.positionMs(), queue.changedAt(),
                    queue.changedBy());
            mapper.deleteEntries(user.value());
            if (!tracks.isEmpty()) {
                mapper.insertEntries(user.value(), tracks);
            }
            return true;
        });
    }

    @Override
    public boolean delete(UserId user) {
        Objects.requireNonNull(user, "user");
        return transactions.write(session -> {
            session.getMapper(PlaybackMapper.class).deleteQueue(user.value());
            return Transactions.flushCount(session) > 0;
        });
    }
}
