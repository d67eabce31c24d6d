package io.tonearm.adapters.http.subsonic;

import io.tonearm.application.StarsAndRatings;
import io.tonearm.domain.AlbumId;
import io.tonearm.domain.ArtistId;
import io.tonearm.domain.CatalogAnnotation;
import io.tonearm.domain.Rating;
import io.tonearm.domain.TrackAnnotation;
import io.tonearm.domain.TrackId;
import io.tonearm.domain.user.UserId;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Completes an answer with the caller's stars and ratings: every song, album and artist element (whatever method
 * wrote it, and also a directory of an album or an artist) gets {@code starred} (when the caller starred it) and
 * {@code userRating} (when they rated it), found by the element's {@code id}. Three cached lookups per answer, one
 * per kind, whatever its size; so the methods write the catalog and this class the caller's view of it.
 */
final class SubsonicAnnotations {
    private final StarsAndRatings stars;

    @Inject
    SubsonicAnnotations(StarsAndRatings stars) {
        this.stars = stars;
    }

    /** Adds the caller's {@code starred} and {@code userRating} to every element of the answer that has an id. */
    void annotate(Element answer, UserId caller) {
        List<Element> elements = new ArrayList<>();
        collect(answer, elements);
        if (elements.isEmpty()) {
            return;
        }
        Set<TrackId> tracks = new LinkedHashSet<>();
        Set<AlbumId> albums = new LinkedHashSet<>();
        Set<ArtistId> artists = new LinkedHashSet<>();
        List<SubsonicIds.Ref> refs = new ArrayList<>(elements.size());
        for (Element element : elements) {
            SubsonicIds.Ref ref = SubsonicIds.parse((String) element.attributes().get("id"));
            refs.add(ref);
            switch (ref.kind()) {
                case TRACK -> tracks.add(TrackId.of(ref.value()));
                case ALBUM -> albums.add(AlbumId.of(ref.value()));
                case ARTIST -> artists.add(ArtistId.of(ref.value()));
                default -> throw new IllegalStateException("unknown kind " + ref.kind());
            }
        }
        Map<TrackId, TrackAnnotation> ofTracks = tracks.isEmpty() ? Map.of() : stars.ofTracks(caller, tracks);
        Map<AlbumId, CatalogAnnotation> ofAlbums = albums.isEmpty() ? Map.of() : stars.ofAlbums(caller, albums);
        Map<ArtistId, CatalogAnnotation> ofArtists = artists.isEmpty() ? Map.of() : stars.ofArtists(caller, artists);
        for (int i = 0; i < elements.size(); i++) {
            Element element = elements.get(i);
            SubsonicIds.Ref ref = refs.get(i);
            switch (ref.kind()) {
                case TRACK -> {
                    TrackAnnotation annotation = ofTracks.getOrDefault(TrackId.of(ref.value()), TrackAnnotation.NONE);
                    set(element, annotation.starredAt(), annotation.rating());
                }
                case ALBUM -> set(element, ofAlbums.getOrDefault(AlbumId.of(ref.value()), CatalogAnnotation.NONE));
                case ARTIST -> set(element,
                        ofArtists.getOrDefault(ArtistId.of(ref.value()), CatalogAnnotation.NONE));
                default -> throw new IllegalStateException("unknown kind " + ref.kind());
            }
        }
    }

    private static void set(Element element, CatalogAnnotation annotation) {
        set(element, annotation.starredAt(), annotation.rating());
    }

    private static void set(Element element, Instant starredAt, int rating) {
        if (starredAt == null) {
            element.attributes().remove("starred");
        } else {
            element.attr("starred", starredAt.toString());
        }
        if (rating != Rating.NONE) {
            element.attr("userRating", rating);
        }
    }

    /** Every element below {@code element} (and itself) whose id names a song, an album or an artist. */
    private static void collect(Element element, List<Element> found) {
        if (element.attributes().get("id") instanceof String id && catalogId(id)) {
            found.add(element);
        }
        for (Element.Child child : element.children()) {
            child.items().forEach(item -> collect(item, found));
        }
    }

    private static boolean catalogId(String id) {
        if (!(id.startsWith(SubsonicIds.TRACK) || id.startsWith(SubsonicIds.ALBUM)
                || id.startsWith(SubsonicIds.ARTIST))) {
            return false;
        }
        try {
            SubsonicIds.parse(id);
            return true;
        } catch (SubsonicError e) {
            return false;
        }
    }
}
