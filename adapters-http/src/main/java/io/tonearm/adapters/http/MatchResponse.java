package io.tonearm.adapters.http;

import io.tonearm.application.enrichment.PersonMatch;
import io.tonearm.domain.enrichment.AlbumMatch;
import io.tonearm.domain.enrichment.Release;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * An album's MusicBrainz release as JSON, with how and when it was matched; for a person's choice also what writing
 * it into the album's files did ({@code files}, absent otherwise).
 */
record MatchResponse(long albumId, ReleaseResponse release, String source, Instant matchedAt, FilesResponse files) {

    static MatchResponse of(AlbumMatch match) {
        return new MatchResponse(match.album().value(), ReleaseResponse.of(match.release()),
                match.source().name().toLowerCase(Locale.ROOT), match.matchedAt(), null);
    }

    static MatchResponse of(PersonMatch chosen) {
        MatchResponse match = of(chosen.match());
        return new MatchResponse(match.albumId(), match.release(), match.source(), match.matchedAt(),
                new FilesResponse(chosen.files().written(), chosen.files().failures()));
    }

    /**
     * The album's files the match was written into (enrichment.write-tags).
     *
     * @param written  files written
     * @param failures one line per file that could not be written; each is as it was
     */
    record FilesResponse(int written, List<String> failures) {
    }

    /** A release as JSON. */
    record ReleaseResponse(String id, String title, List<ArtistCreditResponse> artists, String date, String label,
                           int trackCount, List<String> genres) {
        static ReleaseResponse of(Release release) {
            return new ReleaseResponse(release.id().value(), release.title(), release.artists().stream()
                    .map(a -> new ArtistCreditResponse(a.id().value(), a.name())).toList(), release.date(),
                    release.label(), release.trackCount(), release.genres());
        }
    }

    /** A credited artist as JSON. */
    record ArtistCreditResponse(String id, String name) {
    }
}
