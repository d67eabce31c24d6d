package io.tonearm.adapters.persistence;

import io.tonearm.domain.ArtistSeparators;
import io.tonearm.domain.AudioFile;
import io.tonearm.domain.MusicBrainzIds;
import io.tonearm.domain.NewTrack;
import io.tonearm.domain.ReplayGain;
import java.time.Duration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jaudiotagger.tag.FieldKey;
import org.jaudiotagger.tag.KeyNotFoundException;
import org.jaudiotagger.tag.Tag;
import org.jaudiotagger.tag.TagField;
import org.jaudiotagger.tag.TagTextField;
import org.jaudiotagger.tag.id3.AbstractID3v2Frame;
import org.jaudiotagger.tag.id3.framebody.FrameBodyTXXX;
import org.jaudiotagger.tag.mp4.field.Mp4TagReverseDnsField;
import org.jaudiotagger.tag.reference.GenreTypes;

/**
 * Turns what jaudiotagger read (any format's tag, through its format-neutral {@link Tag} view) into the
 * catalog's {@link NewTrack}, applying the library's rules: title falls back to the file name, artists are
 * split on the configured separators, album artist is "Various Artists" for a compilation flag and otherwise
 * left to the catalog when untagged, numbers like "3/12" keep their first part, a date keeps its year, a
 * ReplayGain value that is no number in range is left out.
 */
final class TrackTags {
    /** The artist of a file that names none: every track needs one. */
    static final String UNKNOWN_ARTIST = "Unknown Artist";
    /** The album artist of a compilation that names none. */
    static final String VARIOUS_ARTISTS = "Various Artists";

    private static final Pattern LEADING_NUMBER = Pattern.compile("^\\s*0*(\\d{1,9})");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(\\d{4})(?!\\d)");
    private static final Pattern NUMERIC_GENRE = Pattern.compile("^\\(?(\\d{1,3})\\)?$");
    private static final int MB_ID_LENGTH = 36;
    /** A ReplayGain value as taggers write it: "-6.54 dB", "+1.2 dB", "0.988547" (a comma, too, for the point). */
    private static final Pattern DECIMAL = Pattern.compile("^([+-]?(?:\\d{1,9}(?:[.,]\\d*)?|[.,]\\d+))(?:\\s*dB)?$",
            Pattern.CASE_INSENSITIVE);
    /** An R128 gain (Opus): a whole number of 1/256 dB, relative to -23 LUFS, where ReplayGain aims at -18. */
    private static final Pattern Q78 = Pattern.compile("^[+-]?\\d{1,6}$");
    private static final double R128_TO_REPLAYGAIN_DB = 5;

    private final ArtistSeparators separators;

    TrackTags(ArtistSeparators separators) {
        this.separators = separators;
    }

    /**
     * The audio properties read from a file's header.
     *
     * @param seconds    the playing time
     * @param bitrate    kbit/s, or 0 if unknown
     * @param sampleRate Hz, or 0 if unknown
     * @param format     the catalog's format name
     */
    record Audio(double seconds, long bitrate, int sampleRate, String format) {
    }

    /** @param tag the file's tag, or null if it has none */
    NewTrack toTrack(AudioFile file, String fileName, Tag tag, Audio audio) {
        String title = text(tag, FieldKey.TITLE);
        List<String> artists = artists(tag);
        String albumArtist = text(tag, FieldKey.ALBUM_ARTIST);
        if (albumArtist == null && isCompilation(tag)) {
            albumArtist = VARIOUS_ARTISTS;
        }
        // else null: the catalog derives it from the album's other tracks in the folder (CatalogWriter)
        return new NewTrack(
                file.path(),
                title != null ? title : clip(AudioFormat.baseName(fileName)),
                artists,
                text(tag, FieldKey.ALBUM),
                albumArtist,
                number(tag, FieldKey.TRACK, 9999),
                number(tag, FieldKey.DISC_NO, 999),
                year(tag),
                genre(tag),
                Duration.ofMillis(Math.round(Math.max(0, audio.seconds()) * 1000)),
                audio.bitrate() > 0 && audio.bitrate() <= 100_000 ? (int) audio.bitrate() : null,
                audio.sampleRate() > 0 ? audio.sampleRate() : null,
                audio.format(),
                file.size(),
                file.modifiedAt(),
                new MusicBrainzIds(mbid(tag, FieldKey.MUSICBRAINZ_TRACK_ID),
                        mbid(tag, FieldKey.MUSICBRAINZ_RELEASEID), mbid(tag, FieldKey.MUSICBRAINZ_ARTISTID)),
                null, null, replayGain(tag));
    }

    /**
     * @return the file's ReplayGain, from the fields taggers write whatever the format: Vorbis comments (FLAC, Ogg,
     *     Opus) REPLAYGAIN_TRACK_GAIN and the like, ID3v2 TXXX frames of that description, MP4 freeform
     *     ----:com.apple.iTunes:replaygain_track_gain and the like (names in any case); for Opus also
     *     R128_TRACK_GAIN and R128_ALBUM_GAIN where no ReplayGain gain is given. A value that is no number, or out
     *     of range, is left out.
     */
    static ReplayGain replayGain(Tag tag) {
        if (tag == null) {
            return ReplayGain.NONE;
        }
        Map<String, String> values = new HashMap<>();
        Iterator<TagField> fields;
        try {
            fields = tag.getFields();
        } catch (UnsupportedOperationException e) {
            return ReplayGain.NONE; // ID3v1, which has no fields of a tagger's own
        }
        while (fields.hasNext()) {
            TagField field = fields.next();
            String name = customName(field);
            if (name != null) {
                String key = name.strip().toUpperCase(Locale.ROOT);
                if (key.startsWith("REPLAYGAIN_") || key.startsWith("R128_")) {
                    String content = content(field);
                    content = content == null ? "" : content.replace('\u0000', ' ').strip();
                    if (!content.isEmpty()) { // an empty field does not hide a later one of the same name
                        values.putIfAbsent(key, content);
                    }
                }
            }
        }
        if (values.isEmpty()) {
            return ReplayGain.NONE;
        }
        Double trackGain = gain(values.get("REPLAYGAIN_TRACK_GAIN"));
        Double albumGain = gain(values.get("REPLAYGAIN_ALBUM_GAIN"));
        return new ReplayGain(trackGain != null ? trackGain : r128(values.get("R128_TRACK_GAIN")),
                peak(values.get("REPLAYGAIN_TRACK_PEAK")),
                albumGain != null ? albumGain : r128(values.get("R128_ALBUM_GAIN")),
                peak(values.get("REPLAYGAIN_ALBUM_PEAK")));
    }

    /**
     * @return the name a tagger gave a field of its own: a TXXX frame's description, an MP4 freeform name, or a
     *     Vorbis comment's key; null for another ID3 frame
     */
    private static String customName(TagField field) {
        if (field instanceof AbstractID3v2Frame frame) {
            return frame.getBody() instanceof FrameBodyTXXX txxx ? txxx.getDescription() : null;
        }
        if (field instanceof Mp4TagReverseDnsField freeform) {
            return freeform.getDescriptor();
        }
        return field.getId();
    }

    private static String content(TagField field) {
        if (field instanceof AbstractID3v2Frame frame) {
            return ((FrameBodyTXXX) frame.getBody()).getFirstTextValue();
        }
        return field instanceof TagTextField text ? text.getContent() : null;
    }

    private static Double gain(String value) {
        Double db = decimal(value);
        return db != null && ReplayGain.isGain(db) ? db : null;
    }

    private static Double peak(String value) {
        Double amplitude = decimal(value);
        return amplitude != null && ReplayGain.isPeak(amplitude) ? amplitude : null;
    }

    private static Double r128(String value) {
        if (value == null || !Q78.matcher(value).matches()) {
            return null;
        }
        double db = Integer.parseInt(value) / 256.0 + R128_TO_REPLAYGAIN_DB;
        return ReplayGain.isGain(db) ? db : null;
    }

    private static Double decimal(String value) {
        if (value == null) {
            return null;
        }
        Matcher matcher = DECIMAL.matcher(value);
        return matcher.matches() ? Double.valueOf(matcher.group(1).replace(',', '.')) : null;
    }

    private List<String> artists(Tag tag) {
        // Picard writes every name to the multi-valued ARTISTS and a display string ("A feat. B") to ARTIST.
        List<String> names = separators.split(all(tag, FieldKey.ARTISTS));
        if (names.isEmpty()) {
            names = separators.split(all(tag, FieldKey.ARTIST));
        }
        return names.isEmpty() ? List.of(UNKNOWN_ARTIST) : names;
    }

    private static boolean isCompilation(Tag tag) {
        String flag = text(tag, FieldKey.IS_COMPILATION);
        return flag != null && (flag.equals("1") || flag.equalsIgnoreCase("true") || flag.equalsIgnoreCase("yes"));
    }

    private static Integer number(Tag tag, FieldKey key, int max) {
        String value = text(tag, key);
        if (value == null) {
            return null;
        }
        Matcher matcher = LEADING_NUMBER.matcher(value);
        if (!matcher.find()) {
            return null;
        }
        long number = Long.parseLong(matcher.group(1));
        return number >= 1 && number <= max ? (int) number : null;
    }

    private static Integer year(Tag tag) {
        String value = text(tag, FieldKey.YEAR);
        if (value == null) {
            return null;
        }
        Matcher matcher = YEAR.matcher(value);
        return matcher.find() ? Integer.valueOf(matcher.group(1)) : null;
    }

    private static String genre(Tag tag) {
        String value = text(tag, FieldKey.GENRE);
        if (value == null) {
            return null;
        }
        // ID3 files may still carry the old numeric genres, "(17)" or "17", meaning "Rock".
        Matcher matcher = NUMERIC_GENRE.matcher(value);
        if (matcher.matches()) {
            String name = GenreTypes.getInstanceOf().getValueForId(Integer.parseInt(matcher.group(1)));
            return name != null ? name : value;
        }
        return value;
    }

    private static String mbid(Tag tag, FieldKey key) {
        String value = text(tag, key);
        return value != null && value.length() <= MB_ID_LENGTH ? value.toLowerCase(Locale.ROOT) : null;
    }

    private static String text(Tag tag, FieldKey key) {
        if (tag == null) {
            return null;
        }
        try {
            String value = tag.getFirst(key);
            if (value == null) {
                return null;
            }
            value = value.replace('\u0000', ' ').strip();
            return value.isEmpty() ? null : clip(value);
        } catch (KeyNotFoundException | UnsupportedOperationException e) {
            return null; // this format has no such field (ID3v1 has no album artist, for example)
        }
    }

    private static List<String> all(Tag tag, FieldKey key) {
        if (tag == null) {
            return List.of();
        }
        try {
            return tag.getAll(key);
        } catch (KeyNotFoundException | UnsupportedOperationException e) {
            return List.of();
        }
    }

    private static String clip(String value) {
        if (value.length() <= NewTrack.MAX_TEXT_LENGTH) {
            return value;
        }
        int end = NewTrack.MAX_TEXT_LENGTH;
        return value.substring(0, Character.isHighSurrogate(value.charAt(end - 1)) ? end - 1 : end);
    }
}
