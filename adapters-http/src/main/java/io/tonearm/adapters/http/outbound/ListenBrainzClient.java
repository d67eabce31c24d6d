package io.tonearm.adapters.http.outbound;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tonearm.domain.enrichment.Listen;
import io.tonearm.domain.enrichment.ListenSubmitter;
import io.tonearm.domain.enrichment.SubmissionResult;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Objects;

/** {@link ListenSubmitter} on ListenBrainz's API (https://listenbrainz.readthedocs.io/en/latest/users/api/). */
final class ListenBrainzClient implements ListenSubmitter {
    private final OutboundService service;
    private final String clientVersion;
    private final ObjectMapper json = new ObjectMapper();

    /**
     * @param service       ListenBrainz
     * @param clientVersion Tonearm's version, sent as the submitting client's
     */
    ListenBrainzClient(OutboundService service, String clientVersion) {
        this.service = Objects.requireNonNull(service, "service");
        this.clientVersion = Objects.requireNonNull(clientVersion, "clientVersion");
    }

    @Override
    public SubmissionResult submit(String token, List<Listen> listens) {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(listens, "listens");
        if (listens.isEmpty() || listens.size() > MAX_BATCH) {
            throw new IllegalArgumentException("a submission carries 1 to " + MAX_BATCH + " listens but had "
                    + listens.size());
        }
        HttpResponse<byte[]> response = service.post("/1/submit-listens", "application/json", body(listens),
                "Authorization", "Token " + token);
        if (response.statusCode() == 401) {
            return SubmissionResult.TOKEN_REJECTED;
        }
        if (response.statusCode() != 200) {
            throw service.refused(response);
        }
        return SubmissionResult.ACCEPTED;
    }

    byte[] body(List<Listen> listens) {
        ObjectNode root = json.createObjectNode();
        root.put("listen_type", listens.size() == 1 ? "single" : "import");
        ArrayNode payload = root.putArray("payload");
        for (Listen listen : listens) {
            ObjectNode item = payload.addObject();
            item.put("listened_at", listen.listenedAt().getEpochSecond());
            ObjectNode metadata = item.putObject("track_metadata");
            metadata.put("artist_name", listen.artist());
            metadata.put("track_name", listen.title());
            if (listen.release() != null) {
                metadata.put("release_name", listen.release());
            }
            ObjectNode info = metadata.putObject("additional_info");
            if (listen.durationMs() > 0) {
                info.put("duration_ms", listen.durationMs());
            }
            info.put("submission_client", "Tonearm");
            info.put("submission_client_version", clientVersion);
        }
        try {
            return json.writeValueAsBytes(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
