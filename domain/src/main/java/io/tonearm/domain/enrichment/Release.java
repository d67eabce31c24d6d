package io.tonearm.domain.enrichment;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A release as MusicBrainz describes it: what enrichment may store on a matched album.
 *
 * @param id           the release's MusicBrainz id
 * @param title        its title
 * @param artists      the credited artists, in credit order; not empty
 * @param date         the release date as MusicBrainz gives it ({@code YYYY}, {@code YYYY-MM} or
 *                     {@code YYYY-MM-DD}), or null when unknown
 * @param label        the first label's name, or null
 * @param trackCount   the number of tracks on all media
 * @param genres       genre names, most voted first
 * @param releaseGroup the release group's MusicBrainz id, or null when not known
 * @param tracks       the tracks with their recordings, by medium and position; empty when not known (a search
 *                     result, a match stored before they were kept)
 */
public record Release(MusicBrainzId id, String title, List<ArtistCredit> artists, String date, String label,
                      int trackCount, List<String> genres, MusicBrainzId releaseGroup, List<ReleaseTrack> tracks) {
    public Release {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        artists = List.copyOf(artists);
        genres = List.copyOf(genres);
        tracks = tracks == null ? List.of() : List.copyOf(tracks);
        if (artists.isEmpty()) {
            throw new IllegalArgumentException("a release credits at least one artist");
        }
        if (trackCount < 0) {
            throw new IllegalArgumentException("trackCount must be >= 0 but was " + trackCount);
        }
    }

    /** A release whose release group and tracks are not known. */
    public Release(MusicBrainzId id, String title, List<ArtistCredit> artists, String date, String label,
                   int trackCount, List<String> genres) {
        this(id, title, artists, date, label, trackCount, genres, null, List.of());
    }

    /** @return the recording at this place of the release, if known */
    public Optional<MusicBrainzId> recordingAt(int disc, int position) {
        return tracks.stream().filter(track -> track.disc() == disc && track.position() == position)
                .map(ReleaseTrack::recording).findFirst();
    }

    /** @return the credited artists' names joined as MusicBrainz shows them, for comparing with tags */
    public String artistName() {
        return String.join(", ", artists.stream().map(ArtistCredit::name).toList());
    }
}
