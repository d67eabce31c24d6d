package io.tonearm.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tonearm.domain.ArtistSeparators;
import io.tonearm.domain.AudioFile;
import io.tonearm.domain.NewTrack;
import io.tonearm.domain.ScannedTrack;
import io.tonearm.domain.TagReading;
import io.tonearm.domain.TagWriteException;
import io.tonearm.domain.TrackChanges;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TagWriteBackTest {

    @TempDir
    Path dir;

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
