package io.tonearm.adapters.http.outbound;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tonearm.domain.enrichment.ArtistCandidate;
import io.tonearm.domain.enrichment.ArtistCredit;
import io.tonearm.domain.enrichment.ArtistLookup;
import io.tonearm.domain.enrichment.MusicBrainzArtist;
import io.tonearm.domain.enrichment.MusicBrainzId;
import io.tonearm.domain.enrichment.Release;
import io.tonearm.domain.enrichment.ReleaseCandidate;
import io.tonearm.domain.enrichment.ReleaseLookup;
import io.tonearm.domain.enrichment.ReleaseSearch;
import io.tonearm.domain.enrichment.ReleaseTrack;
import io.tonearm.domain.enrichment.RemoteServiceException;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link ReleaseLookup} and {@link ArtistLookup} on the MusicBrainz web service, version 2, in JSON
 * (https://musicbrainz.org/doc/MusicBrainz_API).
 */
final class MusicBrainzClient implements ReleaseLookup, ArtistLookup {
    /** Search results asked for: the best few are enough to pick from. */
    static final int SEARCH_LIMIT = 5;
    private static final String LOOKUP_INCLUDES = "artist-credits+labels+recordings+release-groups+genres";
    /** Genres (else tags) kept of an artist: the most voted. */
    static final int MAX_GENRES = 10;

    private final OutboundService service;
    private final ObjectMapper json = new ObjectMapper();

    MusicBrainzClient(OutboundService service) {
        this.service = Objects.requireNonNull(service, "service");
    }

    @Override
    public Optional<Release> findRelease(MusicBrainzId id) {
        Objects.requireNonNull(id, "id");
        HttpResponse<byte[]> response = service.get("/ws/2/release/" + id.value() + "?inc=" + LOOKUP_INCLUDES
                + "&fmt=json", "Accept", "application/json");
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        return Optional.of(release(read(ok(response))));
    }

    @Override
    public List<ReleaseCandidate> search(ReleaseSearch search) {
        Objects.requireNonNull(search, "search");
        String query = "release:" + phrase(search.album()) + " AND artist:" + phrase(search.artist())
                + (search.trackCount() > 0 ? " AND tracks:" + search.trackCount() : "");
        HttpResponse<byte[]> response = service.get("/ws/2/release/?query="
                + URLEncoder.encode(query, StandardCharsets.UTF_8) + "&limit=" + SEARCH_LIMIT + "&fmt=json",
                "Accept", "application/json");
        List<ReleaseCandidate> candidates = new ArrayList<>();
        for (JsonNode node : read(ok(response)).path("releases")) {
            candidates.add(new ReleaseCandidate(release(node), Math.max(0, Math.min(100, node.path("score").asInt()))));
        }
        return candidates;
    }

    @Override
    public Optional<MusicBrainzArtist> findArtist(MusicBrainzId id) {
        Objects.requireNonNull(id, "id");
        HttpResponse<byte[]> response = service.get("/ws/2/artist/" + id.value() + "?inc=genres+tags&fmt=json",
                "Accept", "application/json");
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        return Optional.of(artist(read(ok(response))));
    }

    @Override
    public List<ArtistCandidate> searchArtists(String name) {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("the artist to search for must not be blank");
        }
        HttpResponse<byte[]> response = service.get("/ws/2/artist?query="
                + URLEncoder.encode("artist:" + phrase(name.strip()), StandardCharsets.UTF_8) + "&limit="
                + SEARCH_LIMIT + "&fmt=json", "Accept", "application/json");
        List<ArtistCandidate> candidates = new ArrayList<>();
        for (JsonNode node : read(ok(response)).path("artists")) {
            candidates.add(new ArtistCandidate(artist(node), Math.max(0, Math.min(100, node.path("score").asInt()))));
        }
        return candidates;
    }

    private MusicBrainzArtist artist(JsonNode node) {
        try {
            List<String> genres = mostVoted(node.path("genres"));
            return new MusicBrainzArtist(MusicBrainzId.of(node.path("id").asText()), node.path("name").asText(),
                    node.path("sort-name").asText(null), genres.isEmpty() ? mostVoted(node.path("tags")) : genres);
        } catch (IllegalArgumentException e) {
            throw new RemoteServiceException(service.name(), "answered an artist that cannot be read: "
                    + e.getMessage(), false, null, e);
        }
    }

    /** @return the names of the genres or tags with votes, most voted first (in MusicBrainz's order at a tie) */
    private static List<String> mostVoted(JsonNode votes) {
        List<JsonNode> voted = new ArrayList<>();
        votes.forEach(vote -> {
            if (vote.path("count").asInt(1) > 0 && !vote.path("name").asText("").isBlank()) {
                voted.add(vote);
            }
        });
        voted.sort(java.util.Comparator.comparingInt((JsonNode vote) -> vote.path("count").asInt(1)).reversed());
        return voted.stream().limit(MAX_GENRES).map(vote -> vote.path("name").asText()).toList();
    }

    /** @return the text as a Lucene phrase: only a quote and a backslash need escaping inside one */
    static String phrase(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    private HttpResponse<byte[]> ok(HttpResponse<byte[]> response) {
        if (response.statusCode() / 100 != 2) {
            throw service.refused(response);
        }
        return response;
    }

    private JsonNode read(HttpResponse<byte[]> response) {
        try {
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new RemoteServiceException(service.name(), "answered JSON that cannot be read: " + e.getMessage(),
                    false, null, e);
        }
    }

    private Release release(JsonNode node) {
        try {
            List<ArtistCredit> artists = new ArrayList<>();
            for (JsonNode credit : node.path("artist-credit")) {
                JsonNode artist = credit.path("artist");
                artists.add(new ArtistCredit(MusicBrainzId.of(artist.path("id").asText()),
                        artist.path("name").asText(credit.path("name").asText())));
            }
            String label = null;
            for (JsonNode info : node.path("label-info")) {
                if (info.path("label").hasNonNull("name")) {
                    label = info.path("label").path("name").asText();
                    break;
                }
            }
            int trackCount = node.has("track-count") ? node.path("track-count").asInt() : 0;
            if (!node.has("track-count")) {
                for (JsonNode medium : node.path("media")) {
                    trackCount += medium.path("track-count").asInt();
                }
            }
            List<String> genres = new ArrayList<>();
            for (JsonNode genre : node.path("genres")) {
                genres.add(genre.path("name").asText());
            }
            String group = node.path("release-group").path("id").asText("");
            List<ReleaseTrack> tracks = new ArrayList<>();
            int disc = 0;
            for (JsonNode medium : node.path("media")) {
                disc = medium.path("position").asInt(disc + 1);
                int position = 0;
                for (JsonNode track : medium.path("tracks")) {
                    position = track.path("position").asInt(position + 1);
                    String recording = track.path("recording").path("id").asText("");
                    if (!recording.isEmpty()) {
                        tracks.add(new ReleaseTrack(disc, position, MusicBrainzId.of(recording)));
                    }
                }
            }
            return new Release(MusicBrainzId.of(node.path("id").asText()), node.path("title").asText(), artists,
                    node.hasNonNull("date") && !node.path("date").asText().isBlank() ? node.path("date").asText() : null,
                    label, trackCount, genres, group.isEmpty() ? null : MusicBrainzId.of(group), tracks);
        } catch (IllegalArgumentException e) {
            throw new RemoteServiceException(service.name(), "answered a release that cannot be read: "
                    + e.getMessage(), false, null, e);
        }
    }
}
