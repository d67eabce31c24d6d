package io.tonearm.application.fakes;

import io.tonearm.domain.Page;
import io.tonearm.domain.PageRequest;
import io.tonearm.domain.PlayEvent;
import io.tonearm.domain.Rating;
import io.tonearm.domain.TrackAnnotation;
import io.tonearm.domain.TrackId;
import io.tonearm.domain.TrackPlays;
import io.tonearm.domain.port.TrackAnnotations;
import io.tonearm.domain.user.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Each user's annotations of the tracks of one {@link InMemoryCatalog}, with the rules the MariaDB adapter keeps:
 * only existing tracks can be starred or played, starring again keeps the first time, a late play does not move the
 * last played time back, a removed track takes its annotations and plays with it. Guarded by the catalog's lock, as
 * the catalog calls in while holding it. Get it from {@link InMemoryCatalog#annotations()}.
 */
public final class InMemoryTrackAnnotations implements TrackAnnotations {
    private final InMemoryCatalog catalog;
    private final Map<UserId, TreeMap<Long, TrackAnnotation>> byUser = new HashMap<>();
    private final List<UserPlay> plays = new ArrayList<>();

    private record UserPlay(UserId user, PlayEvent play) {
    }

    InMemoryTrackAnnotations(InMemoryCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public Map<TrackId, TrackAnnotation> findByIds(UserId user, Collection<TrackId> tracks) {
        Objects.requireNonNull(user, "user");
        synchronized (catalog) {
            Map<TrackId, TrackAnnotation> found = new HashMap<>();
            TreeMap<Long, TrackAnnotation> own = byUser.getOrDefault(user, new TreeMap<>());
            for (TrackId track : tracks) {
                TrackAnnotation annotation = own.get(track.value());
                if (annotation != null) {
                    found.put(track, annotation);
                }
            }
            return found;
        }
    }

    @Override
    public boolean setFavorite(UserId user, TrackId track, boolean favorite, Instant at) {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(at, "at");
        synchronized (catalog) {
            if (catalog.findById(track).isEmpty()) {
                return false;
            }
            TrackAnnotation old = annotation(user, track);
            Instant starredAt = favorite ? (old.favorite() ? old.starredAt() : at) : null;
            put(user, track, new TrackAnnotation(favorite, starredAt, old.playCount(), old.lastPlayedAt(),
                    old.rating()));
            return true;
        }
    }

    @Override
    public boolean setRating(UserId user, TrackId track, int rating) {
        Objects.requireNonNull(user, "user");
        Rating.check(rating);
        synchronized (catalog) {
            if (catalog.findById(track).isEmpty()) {
                return false;
            }
            TrackAnnotation old = annotation(user, track);
            put(user, track, new TrackAnnotation(old.favorite(), old.starredAt(), old.playCount(), old.lastPlayedAt(),
                    rating));
            return true;
        }
    }

    @Override
    public Page<TrackId> findFavorites(UserId user, PageRequest page) {
        synchronized (catalog) {
            return slice(own(user).entrySet().stream().filter(e -> e.getValue().favorite())
                    .map(e -> TrackId.of(e.getKey())).toList(), page);
        }
    }

    @Override
    public Page<TrackId> findRecentlyPlayed(UserId user, PageRequest page) {
        synchronized (catalog) {
            return slice(own(user).entrySet().stream().filter(e -> e.getValue().playCount() > 0)
                    .sorted(Comparator.comparing((Map.Entry<Long, TrackAnnotation> e) -> e.getValue().lastPlayedAt())
                            .thenComparing(Map.Entry::getKey).reversed())
                    .map(e -> TrackId.of(e.getKey())).toList(), page);
        }
    }

    @Override
    public Page<TrackId> findMostPlayed(UserId user, PageRequest page) {
        synchronized (catalog) {
            return slice(own(user).entrySet().stream().filter(e -> e.getValue().playCount() > 0)
                    .sorted(Comparator.comparingLong((Map.Entry<Long, TrackAnnotation> e) -> e.getValue().playCount())
                            .thenComparing(Map.Entry::getKey).reversed())
                    .map(e -> TrackId.of(e.getKey())).toList(), page);
        }
    }

    /** Counts a play of an existing track (the catalog checked it); called by the catalog's PlayHistory. */
    TrackAnnotation play(UserId user, PlayEvent play) {
        plays.add(new UserPlay(user, play));
        TrackAnnotation old = annotation(user, play.trackId());
        Instant last = old.lastPlayedAt() == null || play.playedAt().isAfter(old.lastPlayedAt())
                ? play.playedAt() : old.lastPlayedAt();
        TrackAnnotation played = new TrackAnnotation(old.favorite(), old.starredAt(), old.playCount() + 1, last,
                old.rating());
        put(user, play.trackId(), played);
        return played;
    }

    /** @return the user's plays per track since {@code since}, the most played first */
    Page<TrackPlays> chart(UserId user, Instant since, PageRequest page) {
        Map<TrackId, Long> counts = new LinkedHashMap<>();
        plays.stream().filter(p -> p.user().equals(user) && !p.play().playedAt().isBefore(since))
                .forEach(p -> counts.merge(p.play().trackId(), 1L, Long::sum));
        return slice(counts.entrySet().stream().map(e -> new TrackPlays(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingLong(TrackPlays::plays).reversed()
                        .thenComparing(line -> line.trackId().value()))
                .toList(), page);
    }

    /** The track was removed: so are its annotations and plays (the foreign keys' cascade). */
    void forget(TrackId track) {
        byUser.values().forEach(own -> own.remove(track.value()));
        plays.removeIf(p -> p.play().trackId().equals(track));
    }

    private TrackAnnotation annotation(UserId user, TrackId track) {
        return own(user).getOrDefault(track.value(), TrackAnnotation.NONE);
    }

    private TreeMap<Long, TrackAnnotation> own(UserId user) {
        return byUser.getOrDefault(Objects.requireNonNull(user, "user"), new TreeMap<>());
    }

    private void put(UserId user, TrackId track, TrackAnnotation annotation) {
        TreeMap<Long, TrackAnnotation> own = byUser.computeIfAbsent(user, u -> new TreeMap<>());
        if (annotation.isNone()) {
            own.remove(track.value());
        } else {
            own.put(track.value(), annotation);
        }
    }

    private static <T> Page<T> slice(List<T> all, PageRequest page) {
        int from = Math.min(page.offset(), all.size());
        int to = Math.min(all.size(), from + page.limit());
        return Page.of(all.subList(from, to), all.size(), page);
    }
}
