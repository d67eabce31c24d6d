package io.tonearm.adapters.http;

import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.util.RawValue;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.tonearm.domain.Track;
import jakarta.inject.Inject;

/**
 * The JSON of tracks as the API writes them, kept per {@link Track} instance while the instance lives. A cached
 * read hands out the same immutable instance every time (the query cache keeps the object), so a track read again
 * is copied into the answer instead of serialized again: serializing tracks was the largest cost of a cached read.
 * A track is immutable and its JSON depends on nothing else, so a kept text can never be wrong; the keys are weak
 * (compared by identity), so a track the query cache dropped leaves here too, and at most {@value #MOST} are kept.
 */
final class TrackJson {
    static final int MOST = 10_000;

    private final ApiJson json;
    private final Cache<Track, Written> written = Caffeine.newBuilder().weakKeys().maximumSize(MOST).build();

    @Inject
    TrackJson(ApiJson json) {
        this.json = json;
    }

    /** @return the track as the API writes it ({@link TrackResponse}), to embed in an answer as it is */
    RawValue of(Track track) {
        return written(track).embedded();
    }

    /** @return the answer of a read of this one track, with its tag */
    JsonBody answer(Track track) {
        return written(track).whole();
    }

    private Written written(Track track) {
        return written.get(track, key -> {
            SerializedString text = new SerializedString(json.text(TrackResponse.of(key)));
            // encoded once here: embedding it is then an array copy, where a String embedded as a raw value is
            // encoded again character by character into every answer (most of a cached page's CPU, by profile)
            byte[] utf8 = text.asUnquotedUTF8();
            return new Written(new RawValue(text), JsonBody.of(utf8));
        });
    }

    /** One track's JSON: to embed in a longer answer, and as the whole answer of a read of the track. */
    private record Written(RawValue embedded, JsonBody whole) {
    }
}
