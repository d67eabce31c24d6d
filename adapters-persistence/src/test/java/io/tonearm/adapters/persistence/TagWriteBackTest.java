package io.tonearm.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tonearm.domain.ArtistSeparators;
import io.tonearm.domain.AudioFile;
import io.tonearm.domain.MusicBrainzIds;
import io.tonearm.domain.MusicBrainzTags;
import io.tonearm.domain.NewTrack;
import io.tonearm.domain.ScannedTrack;
import io.tonearm.domain.TagReading;
import io.tonearm.domain.TagWriteException;
import io.tonearm.domain.TrackChanges;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Stream;
import org.jaudiotagger.audio.AudioFileIO;
import org.jaudiotagger.tag.FieldKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TagWriteBackTest {

    @TempDir
    Path dir;

    private static final String RELEASE = "8b4ab94d-ff94-4f3e-a4ab-7e5e1c7a4a8f";
    private static final String GROUP = "a0d3d2a8-0d3c-3e6c-b6a4-3c0f5b3b1f5e";
    private static final String ARTIST = "561d854a-6a28-4aa7-8c99-323e6ce46c2a";
    private static final String RECORDING = "c5d3ad8a-98f1-4a0e-b1bd-7b0b5b0f9b3a";

    private final JaudiotaggerAudioFiles files = new JaudiotaggerAudioFiles(ArtistSeparators.DEFAULT);

    @ParameterizedTest
    @EnumSource(TestCorpus.Kind.class)
    void writtenTags_readBackInEveryFormat_andTheNewFileFactsAreReturned(TestCorpus.Kind kind) throws IOException {
        Path file = dir.resolve("song." + kind.extension());
        TestCorpus.write(kind, file, TestCorpus.Tags.basic("Old Title", "Old Artist", "Old Album")
                .withNumbers("1", kind == TestCorpus.Kind.MP3_ID3V1 ? null : "1").withYearAndGenre("1990", "Rock"));
        NewTrack before = read(file);

        AudioFile written = files.writeTags(file.toString(), new TrackChanges("Nouveau Titre ✓", List.of("Zoë", "李"),
                "New Album", "Album Artist", 5, 2, 2021, "Jazz"));

        NewTrack after = read(file);
        assertThat(after.title()).isEqualTo("Nouveau Titre ✓");
        assertThat(after.artists()).containsExactly("Zoë", "李");
        assertThat(after.album()).isEqualTo("New Album");
        assertThat(after.albumArtist()).isEqualTo("Album Artist");
        assertThat(after.trackNumber()).isEqualTo(5);
        assertThat(after.discNumber()).isEqualTo(2);
        assertThat(after.year()).isEqualTo(2021);
        assertThat(after.genre()).isEqualTo("Jazz");
        assertThat(after.format()).isEqualTo(before.format());
        assertThat(after.duration()).isEqualTo(before.duration());
        assertThat(written.size()).isEqualTo(Files.size(file));
        assertThat(written.modifiedAt())
                .isEqualTo(Files.getLastModifiedTime(file).toInstant().truncatedTo(ChronoUnit.MILLIS));
        assertThat(onlyFileIn(dir)).isEqualTo(file);
    }

    @Test
    void fieldsLeftNull_keepTheirValues() throws IOException {
        Path file = dir.resolve("keep.flac");
        TestCorpus.write(TestCorpus.Kind.FLAC, file, TestCorpus.Tags.basic("Title", "Artist", "Album")
                .withNumbers("3/12", "1").withYearAndGenre("1999", "Pop"));

        files.writeTags(file.toString(), new TrackChanges(null, null, null, null, null, null, null, "Soul"));

        NewTrack after = read(file);
        assertThat(after.title()).isEqualTo("Title");
        assertThat(after.artists()).containsExactly("Artist");
        assertThat(after.album()).isEqualTo("Album");
        assertThat(after.trackNumber()).isEqualTo(3);
        assertThat(after.year()).isEqualTo(1999);
        assertThat(after.genre()).isEqualTo("Soul");
    }

    @Test
    void anMp3WithOnlyAnId3v1Tag_keepsTheFieldsNotWritten() throws IOException {
        Path file = dir.resolve("old.mp3");
        TestCorpus.write(TestCorpus.Kind.MP3_ID3V1, file, TestCorpus.Tags.basic("Old Title", "Old Artist", "Old Album")
                .withYearAndGenre("1990", "Rock"));

        files.writeTags(file.toString(), new TrackChanges(null, null, null, null, null, null, null, "Jazz"));

        NewTrack after = read(file);
        assertThat(after.genre()).isEqualTo("Jazz");
        assertThat(after.title()).isEqualTo("Old Title");
        assertThat(after.artists()).containsExactly("Old Artist");
        assertThat(after.album()).isEqualTo("Old Album");
        assertThat(after.year()).isEqualTo(1990);
    }

    @Test
    void aFileThatIsNotAudio_isRefused_andLeftExactlyAsItWas() throws IOException {
        Path file = dir.resolve("fake.mp3");
        Files.writeString(file, "not audio at all");
        byte[] before = Files.readAllBytes(file);

        assertThatThrownBy(() -> files.writeTags(file.toString(),
                new TrackChanges("T", null, null, null, null, null, null, null)))
                .isInstanceOfSatisfying(TagWriteException.class, e -> assertThat(e.path()).isEqualTo(file.toString()));

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(onlyFileIn(dir)).isEqualTo(file);
    }

    @ParameterizedTest
    @EnumSource(TestCorpus.Kind.class)
    void musicBrainzTags_readBackInEveryFormat(TestCorpus.Kind kind) throws IOException {
        Path file = dir.resolve("tagged." + kind.extension());
        TestCorpus.write(kind, file, TestCorpus.Tags.basic("Title", "Artist", "Album"));

        files.writeTags(file.toString(), new TrackChanges(null, null, null, null, null, null, 1959, null),
                new MusicBrainzTags(RELEASE, GROUP, List.of(ARTIST), ARTIST, RECORDING, "Columbia"));

        NewTrack after = read(file);
        assertThat(after.musicBrainz()).isEqualTo(new MusicBrainzIds(RECORDING, RELEASE, ARTIST));
        assertThat(after.year()).isEqualTo(1959);
        assertThat(after.title()).as("fields not given stay").isEqualTo("Title");
        assertThat(onlyFileIn(dir)).isEqualTo(file);
    }

    @Test
    void theReleaseGroupAlbumArtistsAndLabel_areWrittenUnderPicardsNames() throws Exception {
        Path file = dir.resolve("picard.flac");
        TestCorpus.write(TestCorpus.Kind.FLAC, file, TestCorpus.Tags.basic("Title", "Artist", "Album"));

        files.writeTags(file.toString(), new TrackChanges(null, null, null, null, null, null, null, null),
                new MusicBrainzTags(RELEASE, GROUP, List.of(ARTIST, RECORDING), null, null, "Columbia"));

        var tag = AudioFileIO.read(file.toFile()).getTag();
        assertThat(tag.getFirst(FieldKey.MUSICBRAINZ_RELEASE_GROUP_ID)).isEqualTo(GROUP);
        assertThat(tag.getFirst(FieldKey.MUSICBRAINZ_RELEASEARTISTID)).isEqualTo(ARTIST + "; " + RECORDING);
        assertThat(tag.getFirst(FieldKey.RECORD_LABEL)).isEqualTo("Columbia");
        assertThat(tag.getFirst(FieldKey.MUSICBRAINZ_TRACK_ID)).as("not given, not written").isEmpty();
    }

    @Test
    void aFailureBetweenWritingTheCopyAndTheRename_leavesTheOriginalByteIdentical() throws IOException {
        Path file = dir.resolve("crash.flac");
        TestCorpus.write(TestCorpus.Kind.FLAC, file, TestCorpus.Tags.basic("Title", "Artist", "Album"));
        byte[] before = Files.readAllBytes(file);
        TagWriter crashing = new TagWriter(ArtistSeparators.DEFAULT, copy -> {
            throw new IllegalStateException("the process died here");
        });

        assertThatThrownBy(() -> crashing.write(file.toString(), new TrackChanges("New", null, null, null, null,
                null, null, null), new MusicBrainzTags(RELEASE, null, List.of(), null, null, null)))
                .isInstanceOf(TagWriteException.class).hasMessageContaining("the process died here");

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(onlyFileIn(dir)).isEqualTo(file);
    }

    @ParameterizedTest
    @EnumSource(value = TestCorpus.Kind.class, names = {"MP3_ID3V24", "FLAC", "OPUS"})
    void aCopyThatDoesNotReadBackAsWritten_neverReplacesTheOriginal(TestCorpus.Kind kind) throws IOException {
        Path file = dir.resolve("garbled." + kind.extension());
        TestCorpus.write(kind, file, TestCorpus.Tags.basic("Title", "Artist", "Album"));
        byte[] before = Files.readAllBytes(file);
        // the copy loses its end after it was written, as on a full disk that did not say so
        TagWriter garbling = new TagWriter(ArtistSeparators.DEFAULT, copy -> {
            try (var channel = FileChannel.open(copy, StandardOpenOption.WRITE)) {
                channel.truncate(channel.size() / 3);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });

        assertThatThrownBy(() -> garbling.write(file.toString(), new TrackChanges("New", null, null, null, null,
                null, null, null))).isInstanceOf(TagWriteException.class);

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(onlyFileIn(dir)).isEqualTo(file);
    }

    @Test
    void aCopyWhoseTagsAreNotTheOnesWritten_isRefusedNamingTheField() throws IOException {
        Path file = dir.resolve("changed.flac");
        TestCorpus.write(TestCorpus.Kind.FLAC, file, TestCorpus.Tags.basic("Title", "Artist", "Album"));
        byte[] before = Files.readAllBytes(file);
        // something else rewrote the copy's title between the write and the read-back
        TagWriter meddled = new TagWriter(ArtistSeparators.DEFAULT, copy -> {
            try {
                var audio = AudioFileIO.read(copy.toFile());
                audio.getTag().setField(FieldKey.TITLE, "Meddled");
                audio.commit();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });

        assertThatThrownBy(() -> meddled.write(file.toString(), new TrackChanges("New", null, null, null, null,
                null, null, null))).isInstanceOf(TagWriteException.class)
                .hasMessageContaining("did not read back: title is Meddled instead of New");

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(onlyFileIn(dir)).isEqualTo(file);
    }

    @Test
    void aMissingFile_isRefused() {
        assertThatThrownBy(() -> files.writeTags(dir.resolve("gone.flac").toString(),
                new TrackChanges("T", null, null, null, null, null, null, null)))
                .isInstanceOf(TagWriteException.class).hasMessageContaining("not found");
    }

    private NewTrack read(Path file) throws IOException {
        TagReading reading = files.read(new AudioFile(file.toString(), Files.size(file),
                Files.getLastModifiedTime(file).toInstant().truncatedTo(ChronoUnit.MILLIS)));
        assertThat(reading).isInstanceOf(ScannedTrack.class);
        return ((ScannedTrack) reading).track();
    }

    private static Path onlyFileIn(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            List<Path> all = entries.toList();
            assertThat(all).hasSize(1);
            return all.get(0);
        }
    }
}
