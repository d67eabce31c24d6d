package io.tonearm.adapters.http.subsonic;

import io.tonearm.adapters.http.subsonic.SubsonicMethod.Entry;
import io.tonearm.adapters.http.subsonic.SubsonicMethod.Need;
import io.tonearm.application.listening.SongLyrics;
import io.tonearm.application.listening.TrackLyrics;
import io.tonearm.domain.Track;
import io.tonearm.domain.TrackId;
import io.tonearm.domain.lyrics.LyricLine;
import io.tonearm.domain.lyrics.Lyrics;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;

/**
 * The lyrics methods: OpenSubsonic's {@code getLyricsBySongId} ({@code songLyrics}: every lyrics of a song, timed
 * line by line when they are) and Subsonic's {@code getLyrics} (by artist and title, as one text; an empty
 * {@code lyrics} element when no matching song has any).
 */
final class LyricsMethods {
    private final SongLyrics lyrics;

    @Inject
    LyricsMethods(SongLyrics lyrics) {
        this.lyrics = lyrics;
    }

    void addTo(Map<String, Entry> methods) {
        methods.put("getLyricsBySongId", new Entry(Need.USER, this::getLyricsBySongId));
        methods.put("getLyrics", new Entry(Need.USER, this::getLyrics));
    }

    /** @throws SubsonicError 10 without {@code id}, 70 if there is no such song */
    private Element getLyricsBySongId(SubsonicCall call) {
        String raw = call.params().required("id");
        TrackId id = SubsonicIds.track(raw);
        TrackLyrics found = lyrics.getLyrics(id)
                .orElseThrow(() -> SubsonicError.notFound("song " + SubsonicParams.shorten(raw)));
        return Element.fragment(Element.of("lyricsList").addList("structuredLyrics", found.lyrics().stream()
                .map(each -> structured(found.track(), each)).toList()));
    }

    /** OpenSubsonic's structuredLyrics: times and the offset in milliseconds, the offset left out when zero. */
    private static Element structured(Track track, Lyrics lyrics) {
        return Element.of("structuredLyrics")
                .attr("displayArtist", SubsonicCatalog.displayArtist(track))
                .attr("displayTitle", track.title())
                .attr("lang", lyrics.lang())
                .attr("offset", lyrics.offset().isZero() ? null : lyrics.offset().toMillis())
                .attr("synced", lyrics.synced())
                .addList("line", lyrics.lines().stream().map(LyricsMethods::line).toList());
    }

    private static Element line(LyricLine line) {
        return Element.text("line", line.value()).attr("start", line.start() == null ? null
                : line.start().toMillis());
    }

    private Element getLyrics(SubsonicCall call) {
        Optional<TrackLyrics> found = lyrics.findLyrics(call.params().optional("artist"),
                call.params().optional("title"));
        if (found.isEmpty()) {
            return Element.fragment(Element.of("lyrics"));
        }
        Track track = found.get().track();
        return Element.fragment(Element.text("lyrics", found.get().lyrics().get(0).text())
                .attr("artist", SubsonicCatalog.displayArtist(track)).attr("title", track.title()));
    }
}
