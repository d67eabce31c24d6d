package io.tonearm.application.listening;

import io.tonearm.application.TrackQueries;
import io.tonearm.domain.InvalidValueException;
import io.tonearm.domain.TitleAndArtist;
import io.tonearm.domain.Track;
import io.tonearm.domain.TrackId;
import io.tonearm.domain.lyrics.LyricsSource;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Finds the track in the catalog, then asks the lyrics source. */
final class SongLyricsService implements SongLyrics {
    private final TrackQueries tracks;
    private final LyricsSource source;

    SongLyricsService(TrackQueries tracks, LyricsSource source) {
        this.tracks = tracks;
        this.source = source;
    }

    @Override
    public Optional<TrackLyrics> getLyrics(TrackId id) {
        Objects.requireNonNull(id, "id");
        return tracks.getTrack(id).map(this::lyricsOf);
    }

    @Override
    public Optional<TrackLyrics> findLyrics(String artist, String title) {
        TitleAndArtist wanted;
        try {
            wanted = new TitleAndArtist(title, artist);
        } catch (InvalidValueException e) {
            return Optional.empty(); // a blank (or absurdly long) artist or title names no track
        }
        return tracks.findTracks(List.of(wanted)).stream().limit(MATCHES_LOOKED_AT).map(this::lyricsOf)
                .filter(found -> !found.lyrics().isEmpty()).findFirst();
    }

    private TrackLyrics lyricsOf(Track track) {
        return new TrackLyrics(track, source.find(track).stream().toList());
    }
}
