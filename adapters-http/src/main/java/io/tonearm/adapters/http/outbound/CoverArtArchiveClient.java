package io.tonearm.adapters.http.outbound;

import io.tonearm.domain.enrichment.Artwork;
import io.tonearm.domain.enrichment.CoverArchive;
import io.tonearm.domain.enrichment.CoverSize;
import io.tonearm.domain.enrichment.MusicBrainzId;
import io.tonearm.domain.enrichment.RemoteServiceException;
import java.net.http.HttpResponse;
import java.util.Objects;
import java.util.Optional;

/** {@link CoverArchive} on the Cover Art Archive (https://musicbrainz.org/doc/Cover_Art_Archive/API). */
final class CoverArtArchiveClient implements CoverArchive {
    private final OutboundService service;

    CoverArtArchiveClient(OutboundService service) {
        this.service = Objects.requireNonNull(service, "service");
    }

    @Override
    public Optional<Artwork> frontCover(MusicBrainzId release, CoverSize size) {
        Objects.requireNonNull(release, "release");
        Objects.requireNonNull(size, "size");
        // The archive answers with a redirect to the image's place at the Internet Archive; the client follows it.
        HttpResponse<byte[]> response = service.get("/release/" + release.value() + "/front-" + size.pixels());
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        if (response.statusCode() != 200) {
            throw service.refused(response);
        }
        String type = response.headers().firstValue("Content-Type").orElse("image/jpeg");
        if (!type.startsWith("image/") || response.body().length == 0) {
            throw new RemoteServiceException(service.name(), "answered " + response.body().length + " bytes of "
                    + type + " for the front cover of " + release.value() + ", not an image", false, null, null);
        }
        return Optional.of(new Artwork(type, response.body()));
    }
}
