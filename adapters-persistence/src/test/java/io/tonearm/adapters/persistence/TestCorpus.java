package io.tonearm.adapters.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jaudiotagger.audio.AudioFileIO;
import org.jaudiotagger.audio.mp3.MP3File;
import org.jaudiotagger.tag.FieldKey;
import org.jaudiotagger.tag.Tag;
import org.jaudiotagger.tag.id3.ID3v11Tag;
import org.jaudiotagger.tag.id3.ID3v1Tag;
import org.jaudiotagger.tag.id3.ID3v23Tag;
import org.jaudiotagger.tag.id3.ID3v24Tag;
import org.jaudiotagger.tag.vorbiscomment.VorbisCommentCreator;
import org.jaudiotagger.tag.vorbiscomment.VorbisCommentTag;

/**
 * Writes test libraries of small tagged audio files in every format Tonearm reads, and says what each file
 * must read as. Copies the untagged templates of {@code src/test/resources/audio-templates} and tags them
 * with jaudiotagger, so that no audio tool is needed on the machine.
 *
 * <p>{@link #writeHardCases} writes the cases that break scanners: Unicode, diacritics and CJK, several
 * artists in one tag, missing tags, compilations (tagged, and untagged: one folder of one album by several
 * artists), "3/12" numbers, corrupt, truncated, empty and fake files,
 * nested folders and a symbolic link loop. {@link #writeLibrary} writes N ordinary files for benchmarks.
 *
 * <p>Run as a program: {@code TestCorpus DIR N} writes N files (and the hard cases) under DIR.
 */
public final class TestCorpus {

    /** The kinds of template file, with the tag flavour each one gets. */
    public enum Kind {
        MP3_ID3V1("template.mp3", "mp3", "MP3", 22_050),
        MP3_ID3V23("template.mp3", "mp3", "MP3", 22_050),
        MP3_ID3V24("template.mp3", "mp3", "MP3", 22_050),
        FLAC("template.flac", "flac", "FLAC", 22_050),
        OGG_VORBIS("template.ogg", "ogg", "Ogg Vorbis", 22_050),
        OPUS("template.opus", "opus", "Opus", 48_000),
        M4A_AAC("template-aac.m4a", "m4a", "AAC", 22_050),
        M4A_ALAC("template-alac.m4a", "m4a", "ALAC", 22_050),
        WAV("template.wav", "wav", "WAV", 22_050),
        AIFF("template.aiff", "aiff", "AIFF", 22_050);

        private final String template;
        private final String extension;
        private final String format;
        private final int sampleRate;

        Kind(String template, String extension, String format, int sampleRate) {
            this.template = template;
            this.extension = extension;
            this.format = format;
            this.sampleRate = sampleRate;
        }

        /** @return the file name extension */
        public String extension() {
            return extension;
        }

        /** @return the format name the catalog must show */
        public String format() {
            return format;
        }

        /** @return the sample rate of the template */
        public int sampleRate() {
            return sampleRate;
        }
    }

    /**
     * The tags to write, each null when the file should not carry it. Artists are written as separate
     * values of a multi-valued tag where the format has them (Vorbis comments), as one joined value elsewhere.
     */
    public record Tags(String title, List<String> artists, String album, String albumArtist, String track,
                       String disc, String year, String genre, boolean compilation, String mbRecording,
                       String mbRelease, String mbArtist) {
        public static Tags none() {
            return new Tags(null, List.of(), null, null, null, null, null, null, false, null, null, null);
        }

        public static Tags basic(String title, String artist, String album) {
            return new Tags(title, List.of(artist), album, null, null, null, null, null, false, null, null, null);
        }

        public Tags withNumbers(String newTrack, String newDisc) {
            return new Tags(title, artists, album, albumArtist, newTrack, newDisc, year, genre, compilation,
                    mbRecording, mbRelease, mbArtist);
        }

        public Tags withYearAndGenre(String newYear, String newGenre) {
            return new Tags(title, artists, album, albumArtist, track, disc, newYear, newGenre, compilation,
                    mbRecording, mbRelease, mbArtist);
        }

        public Tags withAlbumArtist(String newAlbumArtist, boolean newCompilation) {
            return new Tags(title, artists, album, newAlbumArtist, track, disc, year, genre, newCompilation,
                    mbRecording, mbRelease, mbArtist);
        }

        public Tags withArtists(List<String> newArtists) {
            return new Tags(title, newArtists, album, albumArtist, track, disc, year, genre, compilation,
                    mbRecording, mbRelease, mbArtist);
        }

        public Tags withMusicBrainz(String recording, String release, String artist) {
            return new Tags(title, artists, album, albumArtist, track, disc, year, genre, compilation, recording,
                    release, artist);
        }
    }

    /**
     * What one file of the corpus must read as (file facts such as size come from the file itself).
     *
     * @param albumArtist        the album artist the catalog must show
     * @param albumArtistDerived true if the file names no album artist (no tag, no compilation flag): the
     *                           reader then gives none and the catalog derives {@code albumArtist}
     * @param format             the format name, or null for a file that must be reported as a failure
     * @param failureReason      a word the failure reason must contain, for files that must fail
     */
    public record Expected(String title, List<String> artists, String album, String albumArtist,
                           boolean albumArtistDerived, Integer trackNumber, Integer discNumber, Integer year,
                           String genre, String format, Integer sampleRate, String mbRecording, String mbRelease,
                           String mbArtist, String failureReason) {
        public boolean fails() {
            return failureReason != null;
        }

        /** @return the album artist the tag reader must give: null when the file names none */
        public String albumArtistRead() {
            return albumArtistDerived ? null : albumArtist;
        }

        /** @return this expectation with the catalog's album artist replaced (derived from the other tracks) */
        Expected withDerivedAlbumArtist(String derived) {
            return new Expected(title, artists, album, derived, true, trackNumber, discNumber, year, genre, format,
                    sampleRate, mbRecording, mbRelease, mbArtist, failureReason);
        }

        static Expected failure(String reason) {
            return new Expected(null, null, null, null, false, null, null, null, null, null, null, null, null,
                    null, reason);
        }
    }

    private TestCorpus() {
    }

    /** Writes N ordinary files and the hard cases under {@code args[0]}. */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: TestCorpus DIR N");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        long start = System.nanoTime();
        writeLibrary(dir.resolve("library"), count);
        writeHardCases(dir.resolve("hard-cases"));
        System.out.printf("wrote %d files under %s in %.1f s%n", count, dir, (System.nanoTime() - start) / 1e9);
    }

    /**
     * Writes {@code count} tagged files, formats taken in turn, as Artist NN/Album NN/NN Title.ext, ten
     * tracks per album and five albums per artist.
     *
     * @return every file written with what it must read as
     */
    public static Map<Path, Expected> writeLibrary(Path dir, int count) throws IOException {
        Kind[] kinds = Kind.values();
        Map<Path, Expected> written = new LinkedHashMap<>();
        Templates templates = new Templates();
        for (int i = 0; i < count; i++) {
            int album = i / 10;
            int artist = album / 5;
            String artistName = "Artist " + artist;
            String albumName = "Album " + album + " of " + artistName;
            Kind kind = kinds[i % kinds.length];
            Tags tags = Tags.basic("Track " + i, artistName, albumName)
                    .withNumbers((i % 10 + 1) + "/10", "1")
                    .withYearAndGenre(String.valueOf(1960 + album % 60), kind == Kind.MP3_ID3V1 ? "Rock" : "Genre " + album % 20);
            Path file = dir.resolve(String.format("Artist %04d/Album %05d/%02d Track %d.%s", artist, album,
                    i % 10 + 1, i, kind.extension()));
            written.put(file, write(templates, kind, file, tags));
        }
        return written;
    }

    /**
     * Writes one file of each hard case under {@code dir}, including a symbolic link loop ({@code
     * nested/loop/back} leads to {@code nested}) and non-audio files that must be ignored.
     *
     * @return every audio file written (not the ignored ones) with what it must read as
     */
    public static Map<Path, Expected> writeHardCases(Path dir) throws IOException {
        Map<Path, Expected> cases = new LinkedHashMap<>();
        Templates templates = new Templates();
        // Unicode, diacritics and CJK, in several tag formats
        cases.put(dir.resolve("unicode/Björk - Jóga.flac"), write(templates, Kind.FLAC,
                dir.resolve("unicode/Björk - Jóga.flac"),
                Tags.basic("Jóga", "Björk", "Homogenic").withNumbers("3/10", "1/1").withYearAndGenre("1997", "Électronique")));
        cases.put(dir.resolve("unicode/坂本龍一.mp3"), write(templates, Kind.MP3_ID3V24, dir.resolve("unicode/坂本龍一.mp3"),
                Tags.basic("戦場のメリークリスマス", "坂本龍一", "戦場のメリークリスマス サウンドトラック").withYearAndGenre("1983", "サウンドトラック")));
        cases.put(dir.resolve("unicode/sigur-ros.ogg"), write(templates, Kind.OGG_VORBIS, dir.resolve("unicode/sigur-ros.ogg"),
                Tags.basic("Hoppípolla", "Sigur Rós", "Takk…").withNumbers("4", null)));
        cases.put(dir.resolve("unicode/motorhead.mp3"), write(templates, Kind.MP3_ID3V23, dir.resolve("unicode/motorhead.mp3"),
                Tags.basic("Ace of Spades", "Motörhead", "Ace of Spades").withYearAndGenre("1980", "(17)")));
        cases.put(dir.resolve("unicode/emoji.opus"), write(templates, Kind.OPUS, dir.resolve("unicode/emoji.opus"),
                Tags.basic("Smile 😀 Ünïcödé", "Ελληνικά", "Кириллица").withNumbers("1/2", "2/2")));
        // several artists: separate values, and the configured separators inside one value
        cases.put(dir.resolve("multi/multi-value.flac"), write(templates, Kind.FLAC, dir.resolve("multi/multi-value.flac"),
                Tags.basic("Get Lucky", "Daft Punk", "Random Access Memories")
                        .withArtists(List.of("Daft Punk", "Pharrell Williams", "Nile Rodgers"))));
        cases.put(dir.resolve("multi/semicolon.mp3"), write(templates, Kind.MP3_ID3V23, dir.resolve("multi/semicolon.mp3"),
                Tags.basic("Under Pressure", "Queen; David Bowie", "Hot Space")));
        cases.put(dir.resolve("multi/slash.m4a"), write(templates, Kind.M4A_AAC, dir.resolve("multi/slash.m4a"),
                Tags.basic("Collab", "Simon / Garfunkel", "Duets")));
        cases.put(dir.resolve("multi/feat.ogg"), write(templates, Kind.OGG_VORBIS, dir.resolve("multi/feat.ogg"),
                Tags.basic("Empire State of Mind", "Jay-Z feat. Alicia Keys", "The Blueprint 3")));
        cases.put(dir.resolve("multi/acdc.wav"), write(templates, Kind.WAV, dir.resolve("multi/acdc.wav"),
                Tags.basic("Thunderstruck", "AC/DC", "The Razors Edge").withNumbers("1", "1")));
        // missing tags: title from the file name, artist unknown
        cases.put(dir.resolve("missing/No Tags At All.mp3"), write(templates, Kind.MP3_ID3V23,
                dir.resolve("missing/No Tags At All.mp3"), Tags.none()));
        cases.put(dir.resolve("missing/Only A Title.aiff"), write(templates, Kind.AIFF,
                dir.resolve("missing/Only A Title.aiff"), new Tags("Lonely Title", List.of(), null, null, null, null,
                        null, null, false, null, null, null)));
        // a compilation without album artist: one album "Various Artists", whatever the track artists
        cases.put(dir.resolve("compilation/01.m4a"), write(templates, Kind.M4A_ALAC, dir.resolve("compilation/01.m4a"),
                Tags.basic("Hit One", "Singer A", "Now 99").withNumbers("1/2", "1/1").withAlbumArtist(null, true)));
        cases.put(dir.resolve("compilation/02.flac"), write(templates, Kind.FLAC, dir.resolve("compilation/02.flac"),
                Tags.basic("Hit Two", "Singer B", "Now 99").withNumbers("2/2", "1/1").withAlbumArtist(null, true)));
        // an untagged compilation: one folder, one album title, different track artists, neither album artist
        // nor compilation flag: one album by "Various Artists", each track keeping its own artists
        cases.put(dir.resolve("untagged-compilation/01 First.mp3"), write(templates, Kind.MP3_ID3V24,
                dir.resolve("untagged-compilation/01 First.mp3"),
                Tags.basic("First Hit", "Band One", "Summer Mix 1999").withNumbers("1/3", null))
                .withDerivedAlbumArtist(TrackTags.VARIOUS_ARTISTS));
        cases.put(dir.resolve("untagged-compilation/02 Second.ogg"), write(templates, Kind.OGG_VORBIS,
                dir.resolve("untagged-compilation/02 Second.ogg"),
                Tags.basic("Second Hit", "Band Two", "Summer Mix 1999").withNumbers("2/3", null))
                .withDerivedAlbumArtist(TrackTags.VARIOUS_ARTISTS));
        cases.put(dir.resolve("untagged-compilation/03 Third.flac"), write(templates, Kind.FLAC,
                dir.resolve("untagged-compilation/03 Third.flac"),
                Tags.basic("Third Hit", "Band One", "Summer Mix 1999").withNumbers("3/3", null)
                        .withArtists(List.of("Band One", "Band Three")))
                .withDerivedAlbumArtist(TrackTags.VARIOUS_ARTISTS));
        // same album, different track artists, an album artist: must not split
        cases.put(dir.resolve("album/1.mp3"), write(templates, Kind.MP3_ID3V24, dir.resolve("album/1.mp3"),
                Tags.basic("Opening", "Main Artist", "Together").withAlbumArtist("Main Artist", false).withNumbers("3/12", "1/2")));
        cases.put(dir.resolve("album/2.mp3"), write(templates, Kind.MP3_ID3V23, dir.resolve("album/2.mp3"),
                Tags.basic("Guest Spot", "Guest Artist", "Together").withAlbumArtist("Main Artist", false).withNumbers("04/12", "2/2")));
        // ID3v1 only, dates, MusicBrainz ids
        cases.put(dir.resolve("old/v1.mp3"), write(templates, Kind.MP3_ID3V1, dir.resolve("old/v1.mp3"),
                Tags.basic("Old School", "Vintage", "Classics").withNumbers("7", null).withYearAndGenre("1975", "Jazz")));
        cases.put(dir.resolve("tagged/musicbrainz.flac"), write(templates, Kind.FLAC, dir.resolve("tagged/musicbrainz.flac"),
                Tags.basic("Identified", "Known Artist", "Known Album").withYearAndGenre("2003-05-12", "Pop")
                        .withMusicBrainz("b1a9c0e9-d987-4042-ae91-78d6a3267d69",
                                "0f5d4b2e-1c43-4d44-9a5e-4a4c5d0e8f11", "5b11f4ce-a62d-471e-81fc-a69a8278c7da")));
        cases.put(dir.resolve("tagged/dated.m4a"), write(templates, Kind.M4A_AAC, dir.resolve("tagged/dated.m4a"),
                Tags.basic("Dated", "Someone", "Some Album").withYearAndGenre("2011-11-11T00:00:00Z", "Indie")));
        // nested folders
        Path deep = dir.resolve("nested/a/b/c/d/e/deep.ogg");
        cases.put(deep, write(templates, Kind.OGG_VORBIS, deep, Tags.basic("Deep", "Diver", "Abyss")));
        // broken files: each must be reported, none may stop the scan
        Path empty = dir.resolve("broken/empty.mp3");
        Files.createDirectories(empty.getParent());
        Files.write(empty, new byte[0]);
        cases.put(empty, Expected.failure("empty"));
        Path text = dir.resolve("broken/not audio.mp3");
        Files.writeString(text, "These are lyrics, not audio.\n".repeat(20));
        cases.put(text, Expected.failure("MP3"));
        Path corrupt = dir.resolve("broken/corrupt.flac");
        byte[] flac = templates.bytes(Kind.FLAC);
        flac[0] = 'X'; // no "fLaC" marker
        Files.write(corrupt, flac);
        cases.put(corrupt, Expected.failure("FLAC"));
        Path truncated = dir.resolve("broken/truncated.opus");
        Files.write(truncated, java.util.Arrays.copyOf(templates.bytes(Kind.OPUS), 40));
        cases.put(truncated, Expected.failure("truncated"));
        Path truncatedMp4 = dir.resolve("broken/truncated.m4a");
        Files.write(truncatedMp4, java.util.Arrays.copyOf(templates.bytes(Kind.M4A_AAC), 30));
        cases.put(truncatedMp4, Expected.failure("AAC"));
        // ignored: not audio by name
        Files.writeString(dir.resolve("nested/cover.jpg"), "not a picture either");
        Files.writeString(dir.resolve("nested/a/notes.txt"), "liner notes");
        Files.writeString(dir.resolve("nested/a/._deep.ogg"), "macOS resource fork");
        // a symbolic link loop: nested/a/b/loop -> .. (nested/a); relative, so the corpus may be moved
        Files.createSymbolicLink(dir.resolve("nested/a/b/loop"), Path.of(".."));
        return cases;
    }

    /** Copies the template of {@code kind} to {@code file} and writes {@code tags} into it. */
    public static Expected write(Kind kind, Path file, Tags tags) throws IOException {
        return write(new Templates(), kind, file, tags);
    }

    /**
     * Adds fields of a tagger's own (such as REPLAYGAIN_TRACK_GAIN) to the Vorbis comments of a FLAC or Ogg Vorbis
     * file, in the order given.
     */
    public static void addVorbisComments(Path file, Map<String, String> fields) throws IOException {
        try {
            org.jaudiotagger.audio.AudioFile audio = AudioFileIO.read(file.toFile());
            Tag tag = audio.getTagOrCreateAndSetDefault();
            for (Map.Entry<String, String> field : fields.entrySet()) {
                if (tag instanceof org.jaudiotagger.tag.flac.FlacTag flac) {
                    flac.setField(field.getKey(), field.getValue());
                } else {
                    ((VorbisCommentTag) tag).setField(field.getKey(), field.getValue());
                }
            }
            audio.commit();
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("cannot tag " + file + ": " + e, e);
        }
    }

    private static Expected write(Templates templates, Kind kind, Path file, Tags tags) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, templates.bytes(kind));
        try {
            if (kind == Kind.OPUS) {
                VorbisCommentTag tag = VorbisCommentTag.createNewTag();
                fill(tag, tags, true);
                ByteBuffer comments = new VorbisCommentCreator().convertMetadata(tag, false);
                byte[] bytes = new byte[comments.remaining()];
                comments.get(bytes);
                Path temp = file.resolveSibling(file.getFileName() + ".tmp");
                OggOpusFile.rewrite(file, temp, bytes);
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            } else if (!tags.equals(Tags.none())) {
                org.jaudiotagger.audio.AudioFile audio = AudioFileIO.read(file.toFile());
                Tag tag = switch (kind) {
                    case MP3_ID3V1 -> new ID3v11Tag();
                    case MP3_ID3V23 -> new ID3v23Tag();
                    case MP3_ID3V24 -> new ID3v24Tag();
                    default -> audio.getTagOrCreateAndSetDefault();
                };
                if (audio instanceof MP3File mp3) {
                    if (tag instanceof ID3v1Tag v1) {
                        mp3.setID3v1Tag(v1);
                    } else {
                        mp3.setID3v2Tag((org.jaudiotagger.tag.id3.AbstractID3v2Tag) tag);
                    }
                }
                fill(tag, tags, kind == Kind.FLAC || kind == Kind.OGG_VORBIS);
                audio.commit();
            }
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("cannot tag " + file + ": " + e, e);
        }
        return expected(kind, file, tags);
    }

    private static void fill(Tag tag, Tags tags, boolean multiValued) throws Exception {
        set(tag, FieldKey.TITLE, tags.title());
        if (!tags.artists().isEmpty()) {
            if (multiValued) {
                for (String artist : tags.artists()) {
                    tag.addField(FieldKey.ARTIST, artist);
                }
            } else {
                tag.setField(FieldKey.ARTIST, String.join("; ", tags.artists()));
            }
        }
        set(tag, FieldKey.ALBUM, tags.album());
        if (!(tag instanceof ID3v1Tag)) {
            set(tag, FieldKey.ALBUM_ARTIST, tags.albumArtist());
            set(tag, FieldKey.MUSICBRAINZ_TRACK_ID, tags.mbRecording());
            set(tag, FieldKey.MUSICBRAINZ_RELEASEID, tags.mbRelease());
            set(tag, FieldKey.MUSICBRAINZ_ARTISTID, tags.mbArtist());
            if (tags.compilation()) {
                tag.setField(FieldKey.IS_COMPILATION, "1");
            }
        }
        setNumber(tag, FieldKey.TRACK, FieldKey.TRACK_TOTAL, tags.track());
        if (!(tag instanceof ID3v1Tag)) {
            setNumber(tag, FieldKey.DISC_NO, FieldKey.DISC_TOTAL, tags.disc());
        }
        set(tag, FieldKey.YEAR, tags.year());
        set(tag, FieldKey.GENRE, tags.genre());
    }

    private static void setNumber(Tag tag, FieldKey number, FieldKey total, String value) throws Exception {
        if (value == null) {
            return;
        }
        if (!(tag instanceof VorbisCommentTag) && !(tag instanceof org.jaudiotagger.tag.flac.FlacTag)) {
            // ID3 (also inside WAV and AIFF) and MP4 store "3/12" as a number and a total
            String[] parts = value.split("/");
            tag.setField(number, parts[0]);
            if (parts.length > 1 && !(tag instanceof ID3v1Tag)) {
                tag.setField(total, parts[1]);
            }
        } else {
            // Vorbis comments: the raw "3/12" text, as many taggers write it
            tag.setField(number, value);
        }
    }

    private static void set(Tag tag, FieldKey key, String value) throws Exception {
        if (value != null) {
            tag.setField(key, value);
        }
    }

    private static Expected expected(Kind kind, Path file, Tags tags) {
        List<String> artists = new ArrayList<>();
        for (String value : tags.artists()) {
            for (String part : value.split("; | / | feat\\. ")) {
                artists.add(part.strip());
            }
        }
        boolean v1 = kind == Kind.MP3_ID3V1;
        if (v1) {
            artists.replaceAll(name -> cut(name, 30));
        }
        if (artists.isEmpty()) {
            artists.add(TrackTags.UNKNOWN_ARTIST);
        }
        String albumArtist = v1 ? null : tags.albumArtist();
        boolean derived = albumArtist == null && !(tags.compilation() && !v1);
        if (albumArtist == null) {
            // derived: the first artist, when the other tracks of the album in this folder share it
            albumArtist = derived ? artists.get(0) : TrackTags.VARIOUS_ARTISTS;
        }
        String fileName = file.getFileName().toString();
        String title = tags.title() != null ? cut(tags.title(), v1 ? 30 : 255)
                : fileName.substring(0, fileName.lastIndexOf('.'));
        return new Expected(title, List.copyOf(artists), tags.album() == null ? null : cut(tags.album(), v1 ? 30 : 255),
                albumArtist, derived, leadingNumber(tags.track()), v1 ? null : leadingNumber(tags.disc()),
                tags.year() == null ? null : Integer.valueOf(tags.year().substring(0, 4)),
                "(17)".equals(tags.genre()) ? "Rock" : tags.genre(), kind.format(), kind.sampleRate(),
                v1 ? null : tags.mbRecording(), v1 ? null : tags.mbRelease(), v1 ? null : tags.mbArtist(), null);
    }

    private static Integer leadingNumber(String value) {
        return value == null ? null : Integer.valueOf(value.split("/")[0]);
    }

    private static String cut(String value, int length) {
        return value.length() <= length ? value : value.substring(0, length);
    }

    /** The template files, read once per corpus. */
    private static final class Templates {
        private final Map<Kind, byte[]> bytes = new java.util.EnumMap<>(Kind.class);
        /** jaudiotagger's own logging is noisy; the adapter silences it too. Held so it stays silenced. */
        private final Logger log = Logger.getLogger("org.jaudiotagger");

        Templates() {
            log.setLevel(Level.OFF);
        }

        byte[] bytes(Kind kind) {
            return bytes.computeIfAbsent(kind, k -> {
                try (InputStream in = TestCorpus.class.getResourceAsStream("/audio-templates/" + k.template)) {
                    return Objects.requireNonNull(in, "template " + k.template).readAllBytes();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).clone();
        }
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
