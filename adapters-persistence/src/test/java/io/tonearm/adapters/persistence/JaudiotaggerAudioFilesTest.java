package io.tonearm.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tonearm.domain.ArtistSeparators;
import io.tonearm.domain.AudioFile;
import io.tonearm.domain.FileFailure;
import io.tonearm.domain.InvalidValueException;
import io.tonearm.domain.NewTrack;
import io.tonearm.domain.ScannedTrack;
import io.tonearm.domain.TagReading;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class JaudiotaggerAudioFilesTest {

    @TempDir
    static Path corpus;
    static Map<Path, TestCorpus.Expected> hardCases;

    private final JaudiotaggerAudioFiles files = new JaudiotaggerAudioFiles(ArtistSeparators.DEFAULT);

    @BeforeAll
    static void writeCorpus() throws IOException {
        hardCases = TestCorpus.writeHardCases(corpus.resolve("library"));
    }

    @Test
    void everyHardCase_readsFieldByFieldOrFailsWithItsReason() throws IOException {
        SoftAssertions softly = new SoftAssertions();
        for (Map.Entry<Path, TestCorpus.Expected> entry : hardCases.entrySet()) {
            Path path = entry.getKey();
            TestCorpus.Expected expected = entry.getValue();
            TagReading reading = files.read(audioFile(path));
            String name = corpus.relativize(path).toString();
            if (expected.fails()) {
                softly.assertThat(reading).as(name).isInstanceOf(FileFailure.class);
                if (reading instanceof FileFailure failure) {
                    softly.assertThat(failure.path()).as(name).isEqualTo(path.toString());
                    softly.assertThat(failure.reason()).as(name).containsIgnoringCase(expected.failureReason());
                }
                continue;
            }
            softly.assertThat(reading).as(name).isInstanceOf(ScannedTrack.class);
            if (reading instanceof ScannedTrack scanned) {
                assertTrack(softly, name, scanned.track(), expected, path);
            }
        }
        softly.assertAll();
    }

    @ParameterizedTest
    @EnumSource(TestCorpus.Kind.class)
    void everyFormat_readsItsTagsAndAudioFacts(TestCorpus.Kind kind) throws IOException {
        Path file = corpus.resolve("formats/" + kind + "." + kind.extension());
        TestCorpus.Expected expected = TestCorpus.write(kind, file, TestCorpus.Tags.basic("Title " + kind,
                "Artist " + kind, "Album " + kind).withNumbers("3/12", kind == TestCorpus.Kind.MP3_ID3V1 ? null : "2")
                .withYearAndGenre("1999", "Rock"));

        TagReading reading = files.read(audioFile(file));

        assertThat(reading).isInstanceOf(ScannedTrack.class);
        NewTrack track = ((ScannedTrack) reading).track();
        SoftAssertions softly = new SoftAssertions();
        assertTrack(softly, kind.toString(), track, expected, file);
        softly.assertThat(track.trackNumber()).isEqualTo(3);
        softly.assertThat(track.year()).isEqualTo(1999);
        softly.assertThat(track.genre()).isEqualTo("Rock");
        softly.assertAll();
    }

    @Test
    void multiValueArtists_andSeparators_giveEachArtistOnce() {
        assertThat(read("multi/multi-value.flac").artists())
                .containsExactly("Daft Punk", "Pharrell Williams", "Nile Rodgers");
        assertThat(read("multi/semicolon.mp3").artists()).containsExactly("Queen", "David Bowie");
        assertThat(read("multi/slash.m4a").artists()).containsExactly("Simon", "Garfunkel");
        assertThat(read("multi/feat.ogg").artists()).containsExactly("Jay-Z", "Alicia Keys");
        assertThat(read("multi/acdc.wav").artists()).containsExactly("AC/DC");
    }

    @Test
    void configuredSeparators_replaceTheDefaultOnes() {
        JaudiotaggerAudioFiles ampersand = new JaudiotaggerAudioFiles(new ArtistSeparators(List.of(" / ")));

        NewTrack semicolon = ((ScannedTrack) ampersand.read(audioFile(corpus.resolve("library/multi/semicolon.mp3"))))
                .track();
        NewTrack slash = ((ScannedTrack) ampersand.read(audioFile(corpus.resolve("library/multi/slash.m4a")))).track();

        assertThat(semicolon.artists()).containsExactly("Queen; David Bowie");
        assertThat(slash.artists()).containsExactly("Simon", "Garfunkel");
    }

    @Test
    void missingTags_fallBackToFileNameAndUnknownArtist() {
        NewTrack none = read("missing/No Tags At All.mp3");
        assertThat(none.title()).isEqualTo("No Tags At All");
        assertThat(none.artists()).containsExactly("Unknown Artist");
        assertThat(none.albumArtist()).as("named by no tag: the catalog derives it").isNull();
        assertThat(none.effectiveAlbumArtist()).isEqualTo("Unknown Artist");
        assertThat(none.album()).isNull();
        assertThat(none.trackNumber()).isNull();
        assertThat(none.year()).isNull();
        assertThat(none.genre()).isNull();
        assertThat(none.duration()).isPositive();
    }

    @Test
    void compilationWithoutAlbumArtist_isByVariousArtists_soItsAlbumDoesNotSplit() {
        NewTrack first = read("compilation/01.m4a");
        NewTrack second = read("compilation/02.flac");
        assertThat(first.artists()).containsExactly("Singer A");
        assertThat(second.artists()).containsExactly("Singer B");
        assertThat(first.albumArtist()).isEqualTo("Various Artists").isEqualTo(second.albumArtist());
        assertThat(first.format()).isEqualTo("ALAC");
    }

    @Test
    void anUntaggedCompilation_namesNoAlbumArtist_theCatalogDecidesFromTheWholeFolder() {
        NewTrack first = read("untagged-compilation/01 First.mp3");
        NewTrack second = read("untagged-compilation/02 Second.ogg");
        assertThat(first.artists()).containsExactly("Band One");
        assertThat(second.artists()).containsExactly("Band Two");
        assertThat(first.albumArtist()).isNull();
        assertThat(second.albumArtist()).isNull();
        assertThat(first.album()).isEqualTo(second.album()).isEqualTo("Summer Mix 1999");
    }

    @Test
    void differentTrackArtistsWithOneAlbumArtist_shareTheAlbumArtist() {
        NewTrack first = read("album/1.mp3");
        NewTrack second = read("album/2.mp3");
        assertThat(first.albumArtist()).isEqualTo(second.albumArtist()).isEqualTo("Main Artist");
        assertThat(first.album()).isEqualTo(second.album());
        assertThat(first.trackNumber()).isEqualTo(3);
        assertThat(second.trackNumber()).isEqualTo(4);
        assertThat(second.discNumber()).isEqualTo(2);
    }

    @Test
    void datesAndMusicBrainzIds_areRead() {
        NewTrack tagged = read("tagged/musicbrainz.flac");
        assertThat(tagged.year()).isEqualTo(2003);
        assertThat(tagged.musicBrainz().recordingId()).isEqualTo("b1a9c0e9-d987-4042-ae91-78d6a3267d69");
        assertThat(tagged.musicBrainz().releaseId()).isEqualTo("0f5d4b2e-1c43-4d44-9a5e-4a4c5d0e8f11");
        assertThat(tagged.musicBrainz().artistId()).isEqualTo("5b11f4ce-a62d-471e-81fc-a69a8278c7da");
        assertThat(read("tagged/dated.m4a").year()).isEqualTo(2011);
    }

    @Test
    void walk_findsEveryAudioFileOnce_ignoresOtherFiles_andReportsTheLinkLoop() {
        List<FileFailure> problems = new ArrayList<>();
        List<AudioFile> found;
        try (Stream<AudioFile> walk = files.walk(corpus.resolve("library"), problems::add)) {
            found = walk.toList();
        }

        Set<String> expected = hardCases.keySet().stream().map(Path::toString).collect(Collectors.toSet());
        assertThat(found).extracting(AudioFile::path).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.path()).endsWith("nested/a/b/loop");
            assertThat(problem.reason()).contains("loop");
        });
    }

    @Test
    void walk_givesTheFileSizeAndModificationTimeToTheMillisecond() throws IOException {
        Path file = corpus.resolve("library/unicode/Björk - Jóga.flac");
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);

        AudioFile found;
        try (Stream<AudioFile> walk = files.walk(corpus.resolve("library/unicode"), problem -> { })) {
            found = walk.filter(f -> f.path().equals(file.toString())).findFirst().orElseThrow();
        }

        assertThat(found.size()).isEqualTo(attributes.size());
        assertThat(found.modifiedAt())
                .isEqualTo(attributes.lastModifiedTime().toInstant().truncatedTo(ChronoUnit.MILLIS));
    }

    @Test
    void walk_refusesALinkLeadingOutOfTheRoot(@TempDir Path other) throws IOException {
        Path root = other.resolve("root");
        Files.createDirectories(root);
        Path outside = other.resolve("outside");
        TestCorpus.write(TestCorpus.Kind.MP3_ID3V23, outside.resolve("secret.mp3"), TestCorpus.Tags.basic("S", "A", "B"));
        TestCorpus.write(TestCorpus.Kind.MP3_ID3V23, root.resolve("inside.mp3"), TestCorpus.Tags.basic("I", "A", "B"));
        Files.createSymbolicLink(root.resolve("escape"), outside);
        Files.createSymbolicLink(root.resolve("escape.mp3"), outside.resolve("secret.mp3"));

        List<FileFailure> problems = new ArrayList<>();
        List<AudioFile> found;
        try (Stream<AudioFile> walk = files.walk(root, problems::add)) {
            found = walk.toList();
        }

        assertThat(found).extracting(AudioFile::path).containsExactly(root.resolve("inside.mp3").toString());
        assertThat(problems).hasSize(2).allSatisfy(problem -> assertThat(problem.reason()).contains("outside"));
    }

    @Test
    void walk_reportsAFileWhosePathIsTooLongForTheCatalog_andGoesOn(@TempDir Path other) throws IOException {
        Path deep = other;
        while (deep.toString().length() <= NewTrack.MAX_PATH_LENGTH) {
            deep = deep.resolve("a-rather-long-directory-name-" + "x".repeat(100));
        }
        TestCorpus.write(TestCorpus.Kind.MP3_ID3V23, deep.resolve("too deep.mp3"), TestCorpus.Tags.basic("T", "A", "B"));
        TestCorpus.write(TestCorpus.Kind.MP3_ID3V23, other.resolve("fine.mp3"), TestCorpus.Tags.basic("T", "A", "B"));

        List<FileFailure> problems = new ArrayList<>();
        List<AudioFile> found;
        try (Stream<AudioFile> walk = files.walk(other, problems::add)) {
            found = walk.toList();
        }

        assertThat(found).extracting(AudioFile::path).containsExactly(other.resolve("fine.mp3").toString());
        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.path()).endsWith("too deep.mp3");
            assertThat(problem.reason()).contains("1024");
        });
    }

    @Test
    void walk_ofSomethingThatIsNotADirectory_isRefusedNamingRoot() {
        assertThatThrownBy(() -> files.walk(corpus.resolve("no such dir"), problem -> { }))
                .isInstanceOf(InvalidValueException.class)
                .satisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo("root"));
    }

    @Test
    void aFileDeletedBeforeItIsRead_isReportedNotThrown() {
        AudioFile gone = new AudioFile(corpus.resolve("gone.mp3").toString(), 10, java.time.Instant.EPOCH);

        assertThat(files.read(gone)).isInstanceOfSatisfying(FileFailure.class,
                failure -> assertThat(failure.reason()).contains("not found"));
    }

    private NewTrack read(String relative) {
        TagReading reading = files.read(audioFile(corpus.resolve("library").resolve(relative)));
        assertThat(reading).as(relative).isInstanceOf(ScannedTrack.class);
        return ((ScannedTrack) reading).track();
    }

    @Test
    /** jaudiotagger's MP3 header parser is not thread-safe: a scan reads on several threads. */
    void readingFilesOnManyThreadsAtOnce_givesWhatReadingThemOneByOneGives(@TempDir Path other) throws Exception {
        List<Path> paths = new ArrayList<>(TestCorpus.writeLibrary(other, 40).keySet());
        Map<Path, TagReading> oneByOne = new HashMap<>();
        for (Path path : paths) {
            oneByOne.put(path, files.read(audioFile(path)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> differences = new ArrayList<>();
            for (int round = 0; round < 25; round++) {
                for (Path path : paths) {
                    differences.add(pool.submit(() -> {
                        TagReading reading = files.read(audioFile(path));
                        return reading.equals(oneByOne.get(path)) ? null
                                : path.getFileName() + ": " + reading + " <> " + oneByOne.get(path);
                    }));
                }
            }
            List<String> different = new ArrayList<>();
            for (Future<String> difference : differences) {
                String text = difference.get();
                if (text != null) {
                    different.add(text);
                }
            }
            assertThat(different).isEmpty();
        } finally {
            pool.shutdownNow();
        }
    }

    private static AudioFile audioFile(Path path) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
            return new AudioFile(path.toString(), attributes.size(),
                    attributes.lastModifiedTime().toInstant().truncatedTo(ChronoUnit.MILLIS));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void assertTrack(SoftAssertions softly, String name, NewTrack track, TestCorpus.Expected expected,
                                    Path path) throws IOException {
        softly.assertThat(track.path()).as(name + " path").isEqualTo(path.toString());
        softly.assertThat(track.title()).as(name + " title").isEqualTo(expected.title());
        softly.assertThat(track.artists()).as(name + " artists").isEqualTo(expected.artists());
        softly.assertThat(track.album()).as(name + " album").isEqualTo(expected.album());
        softly.assertThat(track.albumArtist()).as(name + " albumArtist").isEqualTo(expected.albumArtistRead());
        softly.assertThat(track.trackNumber()).as(name + " trackNumber").isEqualTo(expected.trackNumber());
        softly.assertThat(track.discNumber()).as(name + " discNumber").isEqualTo(expected.discNumber());
        softly.assertThat(track.year()).as(name + " year").isEqualTo(expected.year());
        softly.assertThat(track.genre()).as(name + " genre").isEqualTo(expected.genre());
        softly.assertThat(track.format()).as(name + " format").isEqualTo(expected.format());
        softly.assertThat(track.sampleRate()).as(name + " sampleRate").isEqualTo(expected.sampleRate());
        softly.assertThat(track.duration().toMillis()).as(name + " duration").isBetween(400L, 700L);
        softly.assertThat(track.bitrate()).as(name + " bitrate").isNotNull().isPositive();
        softly.assertThat(track.fileSize()).as(name + " fileSize").isEqualTo(Files.size(path));
        softly.assertThat(track.fileModifiedAt()).as(name + " fileModifiedAt")
                .isEqualTo(Files.getLastModifiedTime(path).toInstant().truncatedTo(ChronoUnit.MILLIS));
        softly.assertThat(track.musicBrainz().recordingId()).as(name + " mb recording").isEqualTo(expected.mbRecording());
        softly.assertThat(track.musicBrainz().releaseId()).as(name + " mb release").isEqualTo(expected.mbRelease());
        softly.assertThat(track.musicBrainz().artistId()).as(name + " mb artist").isEqualTo(expected.mbArtist());
    }
}
