package io.tonearm.application.fakes;

import io.tonearm.domain.NewTrack;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Builds a valid {@link NewTrack}; each builder starts with a path of its own and plain tags. */
public final class NewTrackBuilder {
    private static final AtomicInteger NUMBER = new AtomicInteger();

    private String path;
    private String title = "Track";
    private List<String> artists = List.of("Artist");
    private String album = "Album";
    private String albumArtist;
    private Integer trackNumber;
    private Integer discNumber;
    private Integer year;
    private String genre;
    private Duration duration = Duration.ofSeconds(200);
    private String format = "FLAC";
    private long fileSize = 1_000_000;
    private Instant fileModifiedAt = Instant.parse("2024-01-01T00:00:00Z");
    private io.tonearm.domain.MusicBrainzIds musicBrainz;

    private NewTrackBuilder() {
        this.path = "/music/track-" + NUMBER.incrementAndGet() + ".flac";
    }

    /** @return a builder of a track on album "Album" by "Artist", at a path no other builder uses */
    public static NewTrackBuilder aTrack() {
        return new NewTrackBuilder();
    }

    public NewTrackBuilder path(String value) {
        this.path = value;
        return this;
    }

    public NewTrackBuilder title(String value) {
        this.title = value;
        return this;
    }

    public NewTrackBuilder artists(String... values) {
        this.artists = List.of(values);
        return this;
    }

    public NewTrackBuilder album(String value) {
        this.album = value;
        return this;
    }

    public NewTrackBuilder albumArtist(String value) {
        this.albumArtist = value;
        return this;
    }

    public NewTrackBuilder number(Integer disc, Integer track) {
        this.discNumber = disc;
        this.trackNumber = track;
        return this;
    }

    public NewTrackBuilder year(Integer value) {
        this.year = value;
        return this;
    }

    public NewTrackBuilder genre(String value) {
        this.genre = value;
        return this;
    }

    public NewTrackBuilder duration(Duration value) {
        this.duration = value;
        return this;
    }

    public NewTrackBuilder format(String value) {
        this.format = value;
        return this;
    }

    public NewTrackBuilder file(long size, Instant modifiedAt) {
        this.fileSize = size;
        this.fileModifiedAt = modifiedAt;
        return this;
    }

    /** The MusicBrainz release id the file is tagged with. */
    public NewTrackBuilder releaseId(String value) {
        this.musicBrainz = new io.tonearm.domain.MusicBrainzIds(null, value, null);
        return this;
    }

    public NewTrack build() {
        return new NewTrack(path, title, artists, album, albumArtist, trackNumber, discNumber, year, genre, duration,
                null, null, format, fileSize, fileModifiedAt, musicBrainz);
    }
}
