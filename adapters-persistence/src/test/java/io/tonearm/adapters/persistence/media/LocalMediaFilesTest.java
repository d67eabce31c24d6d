package io.tonearm.adapters.persistence.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tonearm.domain.AudioFile;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real files: their facts as a scan records them, and reading them. */
class LocalMediaFilesTest {
    private final LocalMediaFiles files = new LocalMediaFiles();

    @TempDir
    Path dir;

    @Test
    void aFile_hasItsSizeAndItsTimeToTheMillisecond() throws IOException {
        Path file = Files.writeString(dir.resolve("a 'b' -c.flac"), "twelve bytes");
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2024-05-06T07:08:09.123456789Z")));

        assertThat(files.inspect(file.toString())).contains(new AudioFile(file.toString(), 12,
                Instant.parse("2024-05-06T07:08:09.123Z")));
    }

    @Test
    void aMissingFile_aDirectoryAndAnInvalidPath_haveNoFacts() {
        assertThat(files.inspect(dir.resolve("nothing.flac").toString())).isEmpty();
        assertThat(files.inspect(dir.toString())).isEmpty();
        assertThat(files.inspect("bad\u0000path")).isEmpty();
    }

    @Test
    void opening_readsTheBytes() throws IOException {
        Path file = Files.writeString(dir.resolve("x.mp3"), "bytes", StandardCharsets.US_ASCII);

        try (FileChannel channel = files.open(file.toString())) {
            ByteBuffer buffer = ByteBuffer.allocate(10);
            channel.read(buffer);
            assertThat(new String(buffer.array(), 0, buffer.position(), StandardCharsets.US_ASCII)).isEqualTo("bytes");
        }
    }

    @Test
    void openingAMissingFileOrAnInvalidPath_fails() {
        assertThatThrownBy(() -> files.open(dir.resolve("gone.mp3").toString())).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> files.open("bad\u0000path")).isInstanceOf(IOException.class)
                .hasMessageContaining("cannot open");
    }
}
