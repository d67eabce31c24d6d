package io.tonearm.adapters.http.subsonic;

import io.tonearm.adapters.http.listening.CoverRoutes;
import io.tonearm.adapters.http.listening.StreamRoutes;
import io.tonearm.adapters.http.subsonic.SubsonicMethod.Entry;
import io.tonearm.adapters.http.subsonic.SubsonicMethod.Need;
import io.tonearm.application.Library;
import io.tonearm.application.listening.CoverArt;
import io.tonearm.domain.AlbumId;
import io.tonearm.domain.ArtistId;
import io.tonearm.domain.InvalidValueException;
import io.tonearm.domain.PageRequest;
import io.tonearm.domain.Track;
import io.tonearm.domain.TrackId;
import io.tonearm.domain.media.CoverFile;
import io.tonearm.domain.media.TranscodeFormat;
import io.tonearm.domain.media.TranscodeRequest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The media methods: stream (with {@code maxBitRate} and {@code format}, through the same transcoding as the JSON
 * API; a transcode starts at {@code timeOffset}, OpenSubsonic's {@code transcodeOffset}), download (the original
 * file), getCoverArt (an album's, a song's or an artist's cover, at {@code size}).
 * The bytes are sent by the listening routes' own code: ranges, conditionals and validators as on {@code /api}.
 */
final class MediaMethods {
    /** The furthest a stream may start, in seconds: a week, beyond any track. */
    static final long MAX_OFFSET_SECONDS = 7 * 24 * 3600;
    private final StreamRoutes streams;
    private final CoverRoutes coverRoutes;
    private final CoverArt covers;

    @Inject
    MediaMethods(StreamRoutes streams, CoverRoutes coverRoutes, CoverArt covers) {
        this.streams = streams;
        this.coverRoutes = coverRoutes;
        this.covers = covers;
    }

    void addTo(Map<String, Entry> methods) {
        methods.put("stream", new Entry(Need.USER, this::stream));
        methods.put("download", new Entry(Need.USER, this::download));
        methods.put("getCoverArt", new Entry(Need.USER, this::coverArt));
        methods.put("getAvatar", new Entry(Need.USER, call -> {
            // username is required by the protocol (10 without it); no user has an avatar
            throw SubsonicError.notFound("avatar of " + SubsonicParams.shorten(call.params().required("username")));
        }));
    }

    private Element stream(SubsonicCall call) {
        TrackId id = SubsonicIds.track(call.params().required("id"));
        TranscodeRequest wanted = transcoding(call.library(), id, call.params());
        long estimated = wanted != null && call.params().booleanParam("estimateContentLength", false)
                ? estimatedLength(call.library(), id, wanted) : StreamRoutes.UNKNOWN_LENGTH;
        streams.send(call.ctx(), id, wanted, false, estimated);
        return SubsonicMethod.SENT;
    }

    /**
     * @return the length a transcode of the track should have: its duration at the transcode's bit rate (what apps
     *     that ask for {@code estimateContentLength} show a progress bar with) from its offset, or unknown without
     *     a duration
     */
    static long estimatedLength(Library library, TrackId id, TranscodeRequest wanted) {
        return library.getTrack(id).map(Track::duration).filter(duration -> !duration.isZero())
                .map(duration -> Math.max(0, duration.minus(wanted.offset()).toMillis()) * wanted.bitRate() / 8)
                .orElse(StreamRoutes.UNKNOWN_LENGTH);
    }

    private Element download(SubsonicCall call) {
        streams.send(call.ctx(), SubsonicIds.track(call.params().required("id")), null, true);
        return SubsonicMethod.SENT;
    }

    /**
     * @return what {@code format} and {@code maxBitRate} ask for, or null for the original: {@code format=raw}, an
     *     unknown format, or a maximum the original's bit rate already meets. A maximum beyond what the encoder
     *     makes is its highest.
     */
    static TranscodeRequest transcoding(Library library, TrackId id, SubsonicParams params) {
        String name = params.optional("format");
        int max = params.intParam("maxBitRate", 0, 0, 100_000);
        Duration offset = timeOffset(params);
        if ("raw".equalsIgnoreCase(name)) {
            return null;
        }
        TranscodeFormat format = null;
        if (name != null && !name.isEmpty()) {
            try {
                format = TranscodeFormat.of(name.toLowerCase(Locale.ROOT));
            } catch (InvalidValueException e) {
                format = null; // a format the encoder does not make (flac, ogg, ...): the original, as others do
            }
        }
        if (format == null) {
            if (max == 0) {
                return null;
            }
            Track track = library.getTrack(id).orElseThrow(() -> SubsonicError.notFound("song"));
            if (track.bitrate() != null && track.bitrate() <= max) {
                return null;
            }
            format = TranscodeFormat.MP3;
        }
        int bitRate = max == 0 ? 0 : Math.max(TranscodeRequest.MIN_BIT_RATE,
                Math.min(TranscodeRequest.MAX_BIT_RATE, max));
        return new TranscodeRequest(format, bitRate, offset);
    }

    /**
     * @return where a transcode starts: OpenSubsonic's {@code transcodeOffset}, {@code timeOffset} in whole seconds
     *     (0 when absent); checked even when the original is sent, which ignores it
     * @throws SubsonicError 0 if it is not a whole number of seconds, 0 or more
     */
    static Duration timeOffset(SubsonicParams params) {
        String value = params.optional("timeOffset");
        if (value == null || value.isEmpty()) {
            return Duration.ZERO;
        }
        long seconds;
        try {
            seconds = Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            seconds = -1;
        }
        if (seconds < 0 || seconds > MAX_OFFSET_SECONDS) {
            throw new SubsonicError(SubsonicError.GENERIC, "timeOffset must be a whole number of seconds from 0 to "
                    + MAX_OFFSET_SECONDS + " but was '" + SubsonicParams.shorten(value) + "'");
        }
        return Duration.ofSeconds(seconds);
    }

    private Element coverArt(SubsonicCall call) {
        String raw = call.params().required("id");
        int asked = call.params().intParam("size", CoverArt.ORIGINAL, 0, Integer.MAX_VALUE);
        // apps ask for 10 or 4000 too: the nearest size there is
        int size = asked == CoverArt.ORIGINAL ? asked : Math.max(CoverArt.MIN_SIZE, Math.min(CoverArt.MAX_SIZE, asked));
        SubsonicIds.Ref ref = SubsonicIds.parse(raw);
        Optional<CoverFile> cover = switch (ref.kind()) {
            case TRACK -> covers.findTrackCover(TrackId.of(ref.value()), size);
            case ALBUM -> covers.findAlbumCover(AlbumId.of(ref.value()), size);
            case ARTIST -> call.library().getArtistAlbums(ArtistId.of(ref.value()), PageRequest.first(1))
                    .items().stream().findFirst().flatMap(album -> covers.findAlbumCover(album.id(), size));
        };
        coverRoutes.send(call.ctx(), cover.orElseThrow(() -> SubsonicError.notFound("cover art")));
        return SubsonicMethod.SENT;
    }
}
