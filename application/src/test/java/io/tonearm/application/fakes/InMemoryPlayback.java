package io.tonearm.application.fakes;

import io.tonearm.domain.InvalidValueException;
import io.tonearm.domain.Page;
import io.tonearm.domain.PageRequest;
import io.tonearm.domain.TrackId;
import io.tonearm.domain.playback.Bookmark;
import io.tonearm.domain.playback.Bookmarks;
import io.tonearm.domain.playback.NowPlaying;
import io.tonearm.domain.playback.NowPlayingBoard;
import io.tonearm.domain.playback.PlayQueue;
import io.tonearm.domain.playback.PlayQueues;
import io.tonearm.domain.user.UserId;
import io.tonearm.domain.user.UserName;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/** Play queues, bookmarks and the now-playing board in memory, over a fixed set of known users and tracks. */
public final class InMemoryPlayback implements PlayQueues, Bookmarks, NowPlayingBoard {
    private final Predicate<UserId> users;
    private final Predicate<TrackId> tracks;
    private final Map<UserId, PlayQueue> queues = new HashMap<>();
    private final Map<UserId, Map<TrackId, Bookmark>> marks = new HashMap<>();
    private final Map<List<Object>, NowPlaying> playing = new HashMap<>();

    public InMemoryPlayback(Set<UserId> users, Set<TrackId> tracks) {
        this(Set.copyOf(users)::contains, Set.copyOf(tracks)::contains);
    }

    /** Over users and tracks that come and go: each is known while {@code users} or {@code tracks} says so. */
    public InMemoryPlayback(Predicate<UserId> users, Predicate<TrackId> tracks) {
        this.users = users;
        this.tracks = tracks;
    }

    @Override
    public synchronized Optional<PlayQueue> find(UserId user) {
        return Optional.ofNullable(queues.get(user));
    }

    @Override
    public synchronized boolean save(UserId user, PlayQueue queue) {
        if (!users.test(user)) {
            return false;
        }
        List<TrackId> unknown = queue.tracks().stream().filter(t -> !tracks.test(t)).distinct().toList();
        if (!unknown.isEmpty()) {
            throw new InvalidValueException("id", "no such track: " + unknown);
        }
        queues.put(user, queue);
        return true;
    }

    @Override
    public synchronized boolean delete(UserId user) {
        return queues.remove(user) != null;
    }

    @Override
    public synchronized Page<Bookmark> find(UserId user, PageRequest page) {
        List<Bookmark> all = new ArrayList<>(marks.getOrDefault(user, Map.of()).values());
        all.sort(Comparator.comparing(Bookmark::changedAt).reversed());
        List<Bookmark> items = all.subList(Math.min(page.offset(), all.size()),
                Math.min(page.offset() + page.limit(), all.size()));
        return Page.of(List.copyOf(items), all.size(), page);
    }

    @Override
    public synchronized boolean set(UserId user, Bookmark bookmark) {
        if (!users.test(user) || !tracks.test(bookmark.track())) {
            return false;
        }
        Map<TrackId, Bookmark> own = marks.computeIfAbsent(user, u -> new LinkedHashMap<>());
        Bookmark before = own.get(bookmark.track());
        own.put(bookmark.track(), before == null ? bookmark : new Bookmark(bookmark.track(), bookmark.positionMs(),
                bookmark.comment(), before.createdAt(), bookmark.changedAt()));
        return true;
    }

    @Override
    public synchronized boolean delete(UserId user, TrackId track) {
        Map<TrackId, Bookmark> own = marks.get(user);
        return own != null && own.remove(track) != null;
    }

    @Override
    public synchronized boolean set(UserId user, TrackId track, String player, Instant at) {
        if (!users.test(user) || !tracks.test(track)) {
            return false;
        }
        playing.put(List.of(user, player), new NowPlaying(user, UserName.of("user" + user.value()), track, player,
                at));
        return true;
    }

    @Override
    public synchronized Page<NowPlaying> find(Instant since, PageRequest page) {
        List<NowPlaying> all = playing.values().stream().filter(entry -> !entry.startedAt().isBefore(since))
                .sorted(Comparator.comparing(NowPlaying::startedAt).reversed()).toList();
        return Page.of(all.subList(Math.min(page.offset(), all.size()),
                Math.min(page.offset() + page.limit(), all.size())), all.size(), page);
    }
}
