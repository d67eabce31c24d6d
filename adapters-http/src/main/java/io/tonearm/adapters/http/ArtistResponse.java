package io.tonearm.adapters.http;

import io.tonearm.domain.Artist;
import io.tonearm.domain.enrichment.ArtistMatch;
import java.util.List;
import java.util.Optional;

/**
 * An artist as the API shows it; one artist read alone also shows its MusicBrainz match when it has one.
 *
 * @param musicBrainzId the MusicBrainz id of the matched artist, or null
 * @param musicBrainzName its canonical name in MusicBrainz (the catalog's {@code name} stays as tagged), or null
 * @param sortName      its sort name in MusicBrainz, or null
 * @param genres        its genres in MusicBrainz, most voted first, or null when unmatched
 */
record ArtistResponse(long id, String name, String musicBrainzId, String musicBrainzName, String sortName,
                      List<String> genres) {

    static ArtistResponse of(Artist artist) {
        return new ArtistResponse(artist.id().value(), artist.name(), null, null, null, null);
    }

    static ArtistResponse of(Artist artist, Optional<ArtistMatch> match) {
        return match.map(found -> new ArtistResponse(artist.id().value(), artist.name(),
                found.musicBrainzId().value(), found.match().name(), found.match().sortName(),
                found.match().genres())).orElseGet(() -> of(artist));
    }
}
