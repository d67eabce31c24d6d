package io.tonearm.adapters.persistence.media;

import static org.assertj.core.api.Assertions.assertThat;

import io.tonearm.domain.Track;
import io.tonearm.domain.TrackId;
import io.tonearm.domain.lyrics.LyricLine;
import io.tonearm.domain.lyrics.Lyrics;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jaudiotagger.audio.AudioFile;
import org.jaudiotagger.audio.AudioFileIO;
import org.jaudiotagger.tag.FieldKey;
import org.jaudiotagger.tag.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lyrics from real files: a sidecar .lrc beside the audio file, else the lyrics tag written by jaudiotagger. */
class FileLyricsTest {
    @TempDir
    Path dir;
    private final FileLyrics lyrics = new FileLyrics();

    private Path audio(String template, String name, String lyricsTag) throws Exception {
        Path file = dir.resolve(name);
        try (InputStream in = FileLyricsTest.class.getResourceAsStream("/audio-templates/" + template)) {
            Files.copy(in, file);
        }
        if (lyricsTag != null) {
            AudioFile audio = AudioFileIO.read(file.toFile());
            Tag tag = audio.getTagOrCreateAndSetDefault();
            tag.setField(FieldKey.LYRICS, lyricsTag);
            audio.commit();
        }
        return file;
    }

    private static Track track(Path file) {
        Instant at = Instant.parse("2024-01-01T00:00:00Z");
        return new Track(TrackId.of(1), file.toString(), "Song", List.of("Band"), null, null, null, null, null, null,
                null, Duration.ofSeconds(1), null, null, "FLAC", 1, at, null, false, 0, null, at, at);
    }

    @Test
    void theLyricsTag_ofAnMp3AndAFlac_isRead_asLrcWhenTimed() throws Exception {
        Path mp3 = audio("template.mp3", "song.mp3", "[00:01.00]first\n[00:02.50]second");
        Path flac = audio("template.flac", "other.flac", "Just words\non two lines");

        Lyrics timed = lyrics.find(track(mp3)).orElseThrow();
        Lyrics plain = lyrics.find(track(flac)).orElseThrow();

        assertThat(timed.synced()).isTrue();
        assertThat(timed.lines()).containsExactly(new LyricLine(Duration.ofSeconds(1), "first"),
                new LyricLine(Duration.ofMillis(2_500), "second"));
        assertThat(plain.synced()).isFalse();
        assertThat(plain.text()).isEqualTo("Just words\non two lines");
    }

    @Test
    void aSidecarLrc_withTheSameBaseName_isPreferredToTheTag() throws Exception {
        Path flac = audio("template.flac", "01 Song.flac", "from the tag");
        Files.writeString(dir.resolve("01 Song.lrc"), "[la:fra]\n[00:04.00]du fichier à côté",
                StandardCharsets.UTF_8);

        Lyrics found = lyrics.find(track(flac)).orElseThrow();

        assertThat(found.lang()).isEqualTo("fra");
        assertThat(found.lines()).containsExactly(new LyricLine(Duration.ofSeconds(4), "du fichier à côté"));
    }

    @Test
    void aLatin1Sidecar_inCapitals_isRead_andAnEmptyOneLeavesTheTag() throws Exception {
        Path mp3 = audio("template.mp3", "old.mp3", null);
        Files.write(dir.resolve("old.LRC"), "[00:01.00]café".getBytes(StandardCharsets.ISO_8859_1));
        Path flac = audio("template.flac", "tagged.flac", "the tag");
        Files.writeString(dir.resolve("tagged.lrc"), "\n[ar:nobody]\n");

        assertThat(lyrics.find(track(mp3)).orElseThrow().text()).isEqualTo("café");
        assertThat(lyrics.find(track(flac)).orElseThrow().text()).isEqualTo("the tag");
    }

    @Test
    void aFileWithoutLyrics_aMissingFile_andAnUnreadableOne_haveNone() throws Exception {
        Path bare = audio("template.flac", "bare.flac", null);
        Path notAudio = Files.writeString(dir.resolve("notes.mp3"), "not audio at all");

        assertThat(lyrics.find(track(bare))).isEmpty();
        assertThat(lyrics.find(track(dir.resolve("gone.flac")))).isEmpty();
        assertThat(lyrics.find(track(notAudio))).isEmpty();
    }
}
