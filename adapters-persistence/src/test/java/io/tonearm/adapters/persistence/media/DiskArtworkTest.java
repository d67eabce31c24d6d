package io.tonearm.adapters.persistence.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tonearm.domain.media.CoverFile;
import io.tonearm.domain.media.UnusableCoverException;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.jaudiotagger.audio.AudioFile;
import org.jaudiotagger.audio.AudioFileIO;
import org.jaudiotagger.tag.Tag;
import org.jaudiotagger.tag.images.ArtworkFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Covers of real audio files: embedded, from the folder, none, corrupt, too large; scaled and kept on disk. */
class DiskArtworkTest {
    @TempDir
    Path dir;
    private Path cache;
    private DiskArtwork artwork;

    @BeforeEach
    void create() {
        cache = dir.resolve("cache");
        artwork = new DiskArtwork(ArtworkSettings.defaults(cache));
    }

    private Path audio(String folder, String template) throws IOException {
        Path directory = Files.createDirectories(dir.resolve(folder));
        Path file = directory.resolve("song." + template.substring(template.lastIndexOf('.') + 1));
        try (InputStream in = DiskArtworkTest.class.getResourceAsStream("/audio-templates/" + template)) {
            Files.copy(in, file);
        }
        return file;
    }

    private static byte[] image(int width, int height, String format) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(Color.ORANGE);
        graphics.fillRect(0, 0, width / 2, height);
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(ImageIO.write(image, format, out)).isTrue();
        return out.toByteArray();
    }

    private static void embed(Path audioFile, byte[] jpeg, Path scratch) throws Exception {
        Path picture = Files.write(scratch.resolve("embedded.jpg"), jpeg);
        AudioFile audio = AudioFileIO.read(audioFile.toFile());
        Tag tag = audio.getTagOrCreateAndSetDefault();
        tag.setField(ArtworkFactory.createArtworkFromFile(picture.toFile()));
        audio.commit();
        Files.delete(picture);
    }

    private static int[] dimensions(CoverFile cover) throws IOException {
        BufferedImage image = ImageIO.read(Path.of(cover.path()).toFile());
        return new int[] {image.getWidth(), image.getHeight()};
    }

    @Test
    void anImageFromElsewhere_isScaledAndKept_readOnce_andANewVersionIsANewEntry() throws Exception {
        byte[] jpeg = image(1200, 1200, "jpg");
        AtomicInteger reads = new AtomicInteger();
        Supplier<Optional<byte[]>> source = () -> {
            reads.incrementAndGet();
            return Optional.of(jpeg);
        };

        CoverFile scaled = artwork.findCover("album-7@1000", source, 300).orElseThrow();
        CoverFile again = artwork.findCover("album-7@1000", source, 300).orElseThrow();
        CoverFile newer = artwork.findCover("album-7@2000", source, 300).orElseThrow();

        assertThat(dimensions(scaled)).containsExactly(300, 300);
        assertThat(again).isEqualTo(scaled);
        assertThat(newer.path()).isNotEqualTo(scaled.path());
        assertThat(reads.get()).isEqualTo(2);
        assertThat(artwork.findCover("album-8@1", Optional::empty, 300)).isEmpty();
        assertThatThrownBy(() -> artwork.findCover("album-9@1", () -> Optional.of(new byte[] {1, 2, 3}), 300))
                .isInstanceOf(UnusableCoverException.class);
    }

    @Test
    void anEmbeddedPicture_isTheOriginal_orScaledDownKeepingItsShape() throws Exception {
        Path flac = audio("embedded", "template.flac");
        byte[] jpeg = image(400, 300, "jpg");
        embed(flac, jpeg, dir);
        Files.write(flac.resolveSibling("cover.png"), image(50, 50, "png")); // the embedded picture comes first

        CoverFile original = artwork.findCover(flac.toString(), 0).orElseThrow();
        CoverFile small = artwork.findCover(flac.toString(), 100).orElseThrow();

        assertThat(original.mediaType()).isEqualTo("image/jpeg");
        assertThat(Files.readAllBytes(Path.of(original.path()))).isEqualTo(jpeg);
        assertThat(small.mediaType()).isEqualTo("image/jpeg");
        assertThat(dimensions(small)).containsExactly(100, 75);
        assertThat(Path.of(small.path())).startsWith(cache);
    }

    @Test
    void aFolderImage_isFoundByNameIgnoringCase_inTheConfiguredOrder() throws IOException {
        Path mp3 = audio("folder", "template.mp3");
        Files.write(mp3.resolveSibling("Folder.JPG"), image(20, 20, "jpg"));
        byte[] png = image(64, 32, "png");
        Files.write(mp3.resolveSibling("Cover.PNG"), png);
        Files.write(mp3.resolveSibling("cover.txt"), new byte[] {1});

        CoverFile cover = artwork.findCover(mp3.toString(), 0).orElseThrow();

        assertThat(cover.mediaType()).isEqualTo("image/png");
        assertThat(Files.readAllBytes(Path.of(cover.path()))).isEqualTo(png);
        assertThat(dimensions(artwork.findCover(mp3.toString(), 16).orElseThrow())).containsExactly(16, 8);
    }

    @Test
    void aSmallImage_isNeverScaledUp() throws IOException {
        Path mp3 = audio("small", "template.mp3");
        byte[] jpeg = image(40, 30, "jpg");
        Files.write(mp3.resolveSibling("front.jpg"), jpeg);

        CoverFile cover = artwork.findCover(mp3.toString(), 2048).orElseThrow();

        assertThat(Files.readAllBytes(Path.of(cover.path()))).isEqualTo(jpeg);
    }

    @Test
    void noCover_isEmpty_untilACoverImageIsAdded() throws IOException {
        Path mp3 = audio("none", "template.mp3");

        assertThat(artwork.findCover(mp3.toString(), 0)).isEmpty();
        assertThat(artwork.findCover(mp3.toString(), 0)).as("asked again, from the cache").isEmpty();
        Files.write(mp3.resolveSibling("album.png"), image(10, 10, "png"));
        assertThat(artwork.findCover(mp3.toString(), 0)).isPresent();
        assertThat(artwork.findCover(dir.resolve("gone.mp3").toString(), 0)).as("no audio file").isEmpty();
    }

    @Test
    void aCoverAskedTwice_isTheKeptFile() throws IOException {
        Path mp3 = audio("twice", "template.mp3");
        Files.write(mp3.resolveSibling("cover.jpg"), image(300, 300, "jpg"));

        CoverFile first = artwork.findCover(mp3.toString(), 64).orElseThrow();
        CoverFile second = artwork.findCover(mp3.toString(), 64).orElseThrow();

        assertThat(second).isEqualTo(first);
        assertThat(artwork.findCover(mp3.toString(), 65).orElseThrow().path()).isNotEqualTo(first.path());
    }

    @Test
    void aTruncatedOrCorruptImage_isUnusable_andStaysSo() throws IOException {
        Path mp3 = audio("corrupt", "template.mp3");
        byte[] jpeg = image(200, 200, "jpg");
        Files.write(mp3.resolveSibling("cover.jpg"), Arrays.copyOf(jpeg, jpeg.length / 2));
        Path other = audio("garbage", "template.mp3");
        Files.write(other.resolveSibling("cover.png"), "not an image at all".getBytes());

        assertThatThrownBy(() -> artwork.findCover(mp3.toString(), 0)).isInstanceOf(UnusableCoverException.class)
                .hasMessageContaining("cover.jpg");
        assertThatThrownBy(() -> artwork.findCover(mp3.toString(), 0)).as("kept as unusable")
                .isInstanceOf(UnusableCoverException.class).hasMessageContaining("cover.jpg");
        assertThatThrownBy(() -> artwork.findCover(other.toString(), 32)).isInstanceOf(UnusableCoverException.class)
                .hasMessageContaining("not an image of a readable format");
        try (var kept = Files.list(cache)) {
            assertThat(kept.map(path -> path.getFileName().toString()).filter(name -> name.endsWith(".bad")))
                    .hasSize(2);
        }
    }

    @Test
    void anImageDeclaringTooManyPixels_isRefusedBeforeDecoding() throws IOException {
        Path mp3 = audio("bomb", "template.mp3");
        Files.write(mp3.resolveSibling("cover.png"), pngHeader(100_000, 100_000));

        assertThatThrownBy(() -> artwork.findCover(mp3.toString(), 0)).isInstanceOf(UnusableCoverException.class)
                .hasMessageContaining("declares 100000 x 100000 pixels, more than the limit of 50000000");
    }

    @Test
    void theLimit_isTheSettings() throws IOException {
        DiskArtwork strict = new DiskArtwork(new ArtworkSettings(dir.resolve("strict"), List.of("art.jpg"), 100));
        Path mp3 = audio("strict", "template.mp3");
        Files.write(mp3.resolveSibling("cover.jpg"), image(20, 20, "jpg"));
        assertThat(strict.findCover(mp3.toString(), 0)).as("only art.jpg is looked for").isEmpty();
        Path other = audio("strict2", "template.mp3");
        Files.write(other.resolveSibling("ART.jpg"), image(20, 20, "jpg"));

        assertThatThrownBy(() -> strict.findCover(other.toString(), 0)).isInstanceOf(UnusableCoverException.class)
                .hasMessageContaining("more than the limit of 100");
        assertThat(Optional.of(new ArtworkSettings(dir, List.of(" Cover.* "), 1).files())).contains(List.of("cover.*"));
        assertThatThrownBy(() -> new ArtworkSettings(dir, List.of(" "), 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ArtworkSettings(dir, List.of(), 0)).isInstanceOf(IllegalArgumentException.class);
    }

    /** A PNG signature and an IHDR chunk declaring the size, and nothing after: what a decoder reads first. */
    private static byte[] pngHeader(int width, int height) {
        ByteBuffer chunk = ByteBuffer.allocate(17).put("IHDR".getBytes()).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        CRC32 crc = new CRC32();
        crc.update(chunk.array());
        return ByteBuffer.allocate(8 + 4 + 17 + 4)
                .put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'})
                .putInt(13).put(chunk.array()).putInt((int) crc.getValue()).array();
    }
}
