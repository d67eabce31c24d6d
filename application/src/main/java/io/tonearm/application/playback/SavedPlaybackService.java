package io.tonearm.application.playback;

import io.tonearm.application.TrackQueries;
import io.tonearm.domain.InvalidValueException;
import io.tonearm.domain.Page;
import io.tonearm.domain.PageRequest;
import io.tonearm.domain.Track;
import io.tonearm.domain.TrackId;
import io.tonearm.domain.playback.Bookmark;
import io.tonearm.domain.playback.Bookmarks;
import io.tonearm.domain.playback.NowPlaying;
import io.tonearm.domain.playback.NowPlayingBoard;
import io.tonearm.domain.playback.PlayQueue;
import io.tonearm.domain.playback.PlayQueues;
import io.tonearm.domain.user.UserId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

final class SavedPlaybackService implements SavedPlayback {
    private final PlayQueues queues;
    /** The longest a track can be and still be playing: now-playing entries older than this are not read. */
    private static final Duration LONGEST_TRACK = Duration.ofHours(12);

    private final Bookmarks bookmarks;
    private final NowPlayingBoard board;
    private final Clock clock;

    SavedPlaybackService(PlayQueues queues, Bookmarks bookmarks, NowPlayingBoard board, Clock clock) {
        this.queues = Objects.requireNonNull(queues, "queues");
        this.bookmarks = Objects.requireNonNull(bookmarks, "bookmarks");
        this.board = Objects.requireNonNull(board, "board");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Optional<PlayQueue> getPlayQueue(UserId user) {
        return queues.find(Objects.requireNonNull(user, "user"));
    }

    @Override
    public Optional<PlayQueue> savePlayQueue(UserId user, List<TrackId> tracks, TrackId current, long positionMs,
                                             String client) {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(tracks, "tracks");
        Instant now = clock.instant();
        String by = client == null ? "" : client.strip();
        if (tracks.isEmpty()) {
            queues.delete(user);
            return Optional.of(new PlayQueue(List.of(), PlayQueue.NONE, 0, now, by));
        }
        int index = current == null ? PlayQueue.NONE : tracks.indexOf(current);
        if (current != null && index < 0) {
            throw new InvalidValueException("current", "the current track " + current.value()
                    + " is not in the queue");
        }
        PlayQueue queue = new PlayQueue(tracks, index, current == null ? 0 : positionMs, now, by);
        return queues.save(user, queue) ? Optional.of(queue) : Optional.empty();
    }

    @Override
    public Page<Bookmark> getBookmarks(UserId user, PageRequest page) {
        return bookmarks.find(Objects.requireNonNull(user, "user"), Objects.requireNonNull(page, "page"));
    }

    @Override
    public boolean setBookmark(UserId user, TrackId track, long positionMs, String comment) {
        Objects.requireNonNull(user, "user");
        Instant now = clock.instant();
        return bookmarks.set(user, new Bookmark(track, positionMs, comment == null ? "" : comment, now, now));
    }

    @Override
    public boolean deleteBookmark(UserId user, TrackId track) {
        return bookmarks.delete(Objects.requireNonNull(user, "user"), Objects.requireNonNull(track, "track"));
    }

    @Override
    public boolean setNowPlaying(UserId user, TrackId track, String player) {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(track, "track");
        return board.set(user, track, player == null ? "" : player.strip(), clock.instant());
    }

    @Override
    public List<NowPlayingTrack> getNowPlaying(TrackQueries seenBy) {
        Objects.requireNonNull(seenBy, "seenBy");
        Instant now = clock.instant();
        List<NowPlaying> entries = board.find(now.minus(LONGEST_TRACK), PageRequest.first(PageRequest.MAX_LIMIT))
                .items();
        Map<TrackId, Track> tracks = seenBy.getTracksById(entries.stream().map(NowPlaying::track).toList());
        List<NowPlayingTrack> playing = new ArrayList<>();
        for (NowPlaying entry : entries) {
            Track track = tracks.get(entry.track());
            if (track != null && !entry.startedAt().plus(track.duration()).plus(NOW_PLAYING_GRACE)
                    .isBefore(now) && playing.size() < MOST_NOW_PLAYING) {
                playing.add(new NowPlayingTrack(entry, track));
            }
        }
        return List.copyOf(playing);
    }
}
