package io.tonearm.adapters.persistence.testing;

import io.tonearm.domain.MusicBrainzIds;
import io.tonearm.domain.NewTrack;
import io.tonearm.domain.ReplayGain;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Test data: a valid {@link NewTrack} with every fact filled, changed one fact at a time.
 *
 * <pre>{@code NewTrack track = aTrack().title("Halo").artists("Beyoncé").album("I Am... Sasha Fierce").build();}</pre>
 */
public final class NewTrackBuilder {
    private String path = "/music/" + UUID.randomUUID() + ".flac";
    private String title = "A Title";
    private List<String> artists = List.of("An Artist");
    private String album = "An Album";
    private String albumArtist;
    private Integer trackNumber = 1;
    private Integer discNumber = 1;
    private Integer year = 2001;
    private String genre = "Rock";
    private Duration duration = Duration.ofSeconds(215);
    private Integer bitrate = 320;
    private Integer sampleRate = 44_100;
    private String format = "FLAC";
    private long fileSize = 31_415_926;
    private Instant fileModifiedAt = Instant.parse("2024-05-01T10:15:30.123456Z");
    private MusicBrainzIds musicBrainz = MusicBrainzIds.NONE;
    private ReplayGain replayGain = ReplayGain.NONE;

    private NewTrackBuilder() {
    }

    /** @return a builder of a track with a unique path and plausible tags */
    public static NewTrackBuilder aTrack() {
        return new NewTrackBuilder();
    }

    public NewTrackBuilder path(String value) {
        path = value;
        return this;
    }

    public NewTrackBuilder title(String value) {
        title = value;
        return this;
    }

    public NewTrackBuilder artists(String... values) {
        artists = List.of(values);
        return this;
    }

    public NewTrackBuilder album(String value) {
        album = value;
        return this;
    }

    public NewTrackBuilder albumArtist(String value) {
        albumArtist = value;
        return this;
    }

    public NewTrackBuilder trackNumber(Integer value) {
        trackNumber = value;
        return this;
    }

    public NewTrackBuilder discNumber(Integer value) {
        discNumber = value;
        return this;
    }

    public NewTrackBuilder year(Integer value) {
        year = value;
        return this;
    }

    public NewTrackBuilder genre(String value) {
        genre = value;
        return this;
    }

    public NewTrackBuilder duration(Duration value) {
        duration = value;
        return this;
    }

    public NewTrackBuilder bitrate(Integer value) {
        bitrate = value;
        return this;
    }

    public NewTrackBuilder sampleRate(Integer value) {
        sampleRate = value;
        return this;
    }

    public NewTrackBuilder format(String value) {
        format = value;
        return this;
    }

    public NewTrackBuilder fileSize(long value) {
        fileSize = value;
        return this;
    }

    public NewTrackBuilder fileModifiedAt(Instant value) {
        fileModifiedAt = value;
        return this;
    }

    public NewTrackBuilder musicBrainz(MusicBrainzIds value) {
        musicBrainz = value;
        return this;
    }

    public NewTrackBuilder replayGain(ReplayGain value) {
        replayGain = value;
        return this;
    }

    /** @return the command; its constructor validates the facts */
    public NewTrack build() {
        return new NewTrack(path, title, artists, album, albumArtist, trackNumber, discNumber, year, genre, duration,
                bitrate, sampleRate, format, fileSize, fileModifiedAt, musicBrainz, null, null, replayGain);
    }
}
