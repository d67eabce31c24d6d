package io.tonearm.adapters.persistence.playback;

import io.tonearm.adapters.persistence.transactions.Transactions;
import io.tonearm.domain.Page;
import io.tonearm.domain.PageRequest;
import io.tonearm.domain.TrackId;
import io.tonearm.domain.playback.Bookmark;
import io.tonearm.domain.playback.Bookmarks;
import io.tonearm.domain.user.UserId;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Objects;

/** The {@link Bookmarks} on MariaDB: one row per user and track, set with one upsert. */
final class MyBatisBookmarks implements Bookmarks {
    private final Transactions transactions;

    @Inject
    MyBatisBookmarks(Transactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Page<Bookmark> find(UserId user, PageRequest page) {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(page, "page");
        return transactions.read(session -> {
            PlaybackMapper mapper = session.getMapper(PlaybackMapper.class);
            long total = mapper.countBookmarks(user.value());
            List<Bookmark> items = mapper.selectBookmarks(user.value(), page.offset(), page.limit()).stream()
                    .map(row -> new Bookmark(new TrackId(row.trackId), row.positionMs, row.comment, row.createdAt,
                            row.changedAt))
                    .toList();
            return Page.of(items, total, page);
        });
    }

    @Override
    public boolean set(UserId user, Bookmark bookmark) {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(bookmark, "bookmark");
        long track = bookmark.track().value();
        return transactions.write(session -> {
            PlaybackMapper mapper = session.getMapper(PlaybackMapper.class);
            if (mapper.shareUser(user.value()) == null || mapper.shareTracks(List.of(track)).isEmpty()) {
                return false;
            }
            mapper.upsertBookmark(user.value(), track, bookmark.positionMs(), bookmark.comment(),
                    bookmark.createdAt(), bookmark.changedAt());
            return true;
        });
    }

    @Override
    public boolean delete(UserId user, TrackId track) {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(track, "track");
        return transactions.write(session -> {
            session.getMapper(PlaybackMapper.class).deleteBookmark(user.value(), track.value());
            return Transactions.flushCount(session) > 0;
        });
    }
}
