package io.tonearm.adapters.http;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.tonearm.domain.Page;
import io.tonearm.domain.Track;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The answers of pages of tracks, kept by the identity of the tracks they list. A cached read hands out the same
 * immutable {@link Track} instances every time, so a page read again is the same tracks in the same order with the
 * same total and cursor: its answer and tag are then the ones written the first time, neither written nor hashed
 * again (a revalidation that ends in 304 costs no JSON at all). A changed track is a new instance, so a page that
 * lists it is a new page here; an answer can never be outdated. At most {@value #MOST} pages are kept, each for at
 * most {@link #IDLE} after its last read.
 */
final class TrackPages {
    static final int MOST = 1_000;
    static final Duration IDLE = Duration.ofMinutes(10);

    private final ApiJson json;
    private final TrackJson tracks;
    private final Cache<Listed, JsonBody> answers = Caffeine.newBuilder().maximumSize(MOST).expireAfterAccess(IDLE)
            .build();

    @Inject
    TrackPages(ApiJson json, TrackJson tracks) {
        this.json = json;
        this.tracks = tracks;
    }

    /** @return the page's answer ({@link PageResponse} of {@link TrackResponse}s), with its tag */
    JsonBody answer(Page<Track> page) {
        return answers.get(new Listed(page), listed -> JsonBody.of(json.bytes(PageResponse.of(page, tracks::of))));
    }

    /** A page as its answer depends on it: the very track instances, in order, and the page's numbers. */
    private static final class Listed {
        private final Track[] items;
        private final long total;
        private final int offset;
        private final int limit;
        private final String nextCursor;
        private final int hash;

        Listed(Page<Track> page) {
            List<Track> listed = page.items();
            this.items = listed.toArray(new Track[0]);
            this.total = page.total();
            this.offset = page.request().offset();
            this.limit = page.request().limit();
            this.nextCursor = page.nextCursor();
            int h = Long.hashCode(total) * 31 + offset;
            h = h * 31 + limit;
            for (Track track : items) {
                h = h * 31 + System.identityHashCode(track);
            }
            this.hash = h;
        }

        @Override
        public boolean equals(Object other) {
            if (!(other instanceof Listed that) || hash != that.hash || total != that.total || offset != that.offset
                    || limit != that.limit || items.length != that.items.length
                    || !Objects.equals(nextCursor, that.nextCursor)) {
                return false;
            }
            for (int i = 0; i < items.length; i++) {
                if (items[i] != that.items[i]) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
