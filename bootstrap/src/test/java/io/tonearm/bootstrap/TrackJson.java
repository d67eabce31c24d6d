package io.tonearm.bootstrap;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** Builds the JSON body that adds a track, with sensible file facts and a unique path unless told otherwise. */
final class TrackJson {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicLong NEXT = new AtomicLong();

    private final ObjectNode node = JSON.createObjectNode();

    private TrackJson(String title) {
        node.put("path", "/music/" + NEXT.incrementAndGet() + "/" + title + ".flac");
        node.put("title", title);
        node.putArray("artists").add("Various");
        node.put("durationMs", 215_000);
        node.put("format", "FLAC");
        node.put("fileSize", 31_000_000);
        node.put("fileModifiedAt", "2024-05-01T10:15:30Z");
    }

    static TrackJson track(String title) {
        return new TrackJson(title);
    }

    TrackJson by(String... artists) {
        ArrayNode array = node.putArray("artists");
        List.of(artists).forEach(array::add);
        return this;
    }

    TrackJson on(String album) {
        node.put("album", album);
        return this;
    }

    TrackJson albumArtist(String albumArtist) {
        node.put("albumArtist", albumArtist);
        return this;
    }

    TrackJson number(int disc, int track) {
        node.put("discNumber", disc);
        node.put("trackNumber", track);
        return this;
    }

    TrackJson year(int year) {
        node.put("year", year);
        return this;
    }

    TrackJson genre(String genre) {
        node.put("genre", genre);
        return this;
    }

    TrackJson path(String path) {
        node.put("path", path);
        return this;
    }

    /** Leaves a field out, or sets it to a raw JSON value, to build bad requests. */
    TrackJson without(String field) {
        node.remove(field);
        return this;
    }

    TrackJson with(String field, Object value) {
        node.set(field, JSON.valueToTree(value));
        return this;
    }

    String json() {
        return node.toString();
    }

    /** @return a JSON array of the given tracks, for a bulk add */
    static String array(TrackJson... tracks) {
        ArrayNode array = JSON.createArrayNode();
        for (TrackJson track : tracks) {
            array.add(track.node);
        }
        return array.toString();
    }
}
