package io.tonearm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tonearm.adapters.persistence.testing.TestDatabase;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.jaudiotagger.audio.AudioFile;
import org.jaudiotagger.audio.AudioFileIO;
import org.jaudiotagger.tag.FieldKey;
import org.jaudiotagger.tag.Tag;
import org.jaudiotagger.tag.images.ArtworkFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Album and track JSON say whether a cover exists and where ({@code coverUrl}), as the scan found it, against the
 * whole of Tonearm: real files scanned into the real MariaDB, read through the HTTP API and its query cache.
 */
class CoverUrlApiTest {
    private TestDatabase database;
    private Tonearm tonearm;
    private Api admin;
    private Path library;

    @BeforeEach
    void start(@TempDir Path dir) throws Exception {
        library = dir.resolve("music");
        Path cover = dir.resolve("picture.jpg");
        ImageIO.write(new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB), "jpg", cover.toFile());
        song("Embedded", cover);
        song("Folder", null);
        ImageIO.write(new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB), "jpg",
                library.resolve("Artist/Folder/cover.jpg").toFile());
        song("None", null);
        database = TestDatabase.create();
        Map<String, String> environment = new HashMap<>(FullStackTest.environment(database.settings(),
                dir.resolve("data")));
        environment.put("TONEARM_LIBRARY_ROOTS", library.toString());
        tonearm = Tonearm.start(ConfigLoader.load(Optional.empty(), environment), Clock.systemUTC());
        admin = new Api(tonearm.uri());
        scan();
    }

    @AfterEach
    void stop() {
        if (tonearm != null) {
            tonearm.close();
        }
        if (database != null) {
            database.close();
        }
    }

    /** A FLAC file in {@code Artist/<album>/}, tagged with that album, with {@code picture} embedded if not null. */
    private void song(String album, Path picture) throws Exception {
        Path directory = Files.createDirectories(library.resolve("Artist/" + album));
        Path song = directory.resolve("01 Song.flac");
        try (InputStream template = CoverUrlApiTest.class.getResourceAsStream("/audio-templates/template.flac")) {
            Files.copy(template, song);
        }
        AudioFile audio = AudioFileIO.read(song.toFile());
        Tag tag = audio.getTagOrCreateAndSetDefault();
        tag.setField(FieldKey.TITLE, album + " Song");
        tag.setField(FieldKey.ARTIST, "Artist");
        tag.setField(FieldKey.ALBUM, album);
        if (picture != null) {
            tag.setField(ArtworkFactory.createArtworkFromFile(picture.toFile()));
        }
        audio.commit();
    }

    private void scan() {
        String scan = admin.post("/api/library/scans").location();
        Await.until("the scan ends", () -> !admin.get(scan).body().path("state").asText().equals("RUNNING"));
        assertThat(admin.get(scan).body().path("state").asText()).isEqualTo("SUCCEEDED");
    }

    private JsonNode track(String title) {
        for (JsonNode track : admin.get("/api/tracks").body().path("items")) {
            if (track.path("title").asText().equals(title)) {
                return admin.get("/api/tracks/" + track.path("id").asLong()).body();
            }
        }
        throw new AssertionError("no track " + title);
    }

    private JsonNode album(String title) {
        for (JsonNode album : admin.get("/api/albums").body().path("items")) {
            if (album.path("title").asText().equals(title)) {
                return admin.get("/api/albums/" + album.path("id").asLong()).body();
            }
        }
        throw new AssertionError("no album " + title);
    }

    @Test
    void aPictureInTheFile_orACoverImageInItsDirectory_givesTrackAndAlbumACoverUrl_noneGivesNull() {
        JsonNode embedded = track("Embedded Song");
        JsonNode folder = track("Folder Song");
        JsonNode none = track("None Song");

        assertThat(embedded.path("coverUrl").asText()).isEqualTo("/api/tracks/" + embedded.path("id").asLong()
                + "/cover");
        assertThat(folder.path("coverUrl").asText()).isEqualTo("/api/tracks/" + folder.path("id").asLong() + "/cover");
        assertThat(none.has("coverUrl")).as("coverUrl is always there").isTrue();
        assertThat(none.path("coverUrl").isNull()).isTrue();
        JsonNode folderAlbum = album("Folder");
        assertThat(album("Embedded").path("coverUrl").asText()).endsWith("/cover");
        assertThat(folderAlbum.path("coverUrl").asText()).isEqualTo("/api/albums/" + folderAlbum.path("id").asLong()
                + "/cover");
        assertThat(album("None").path("coverUrl").isNull()).isTrue();
        // where coverUrl points, there is a cover
        assertThat(admin.get(embedded.path("coverUrl").asText()).status()).isEqualTo(200);
        assertThat(admin.get(folderAlbum.path("coverUrl").asText()).status()).isEqualTo(200);
    }

    @Test
    void aRescanAfterACoverJpgIsAdded_givesTheTrackAndAlbumTheirCoverUrl_throughTheCachedAnswers() throws IOException {
        // read twice: the second read is the query cache's answer, which the rescan must drop
        assertThat(track("None Song").path("coverUrl").isNull()).isTrue();
        assertThat(track("None Song").path("coverUrl").isNull()).isTrue();
        assertThat(album("None").path("coverUrl").isNull()).isTrue();
        assertThat(album("None").path("coverUrl").isNull()).isTrue();
        ImageIO.write(new BufferedImage(32, 32, BufferedImage.TYPE_INT_RGB), "jpg",
                library.resolve("Artist/None/cover.jpg").toFile());

        scan();

        JsonNode track = track("None Song");
        assertThat(track.path("coverUrl").asText()).isEqualTo("/api/tracks/" + track.path("id").asLong() + "/cover");
        assertThat(album("None").path("coverUrl").asText()).endsWith("/cover");
        assertThat(admin.get(track.path("coverUrl").asText()).status()).isEqualTo(200);

        Files.delete(library.resolve("Artist/None/cover.jpg"));
        scan();

        assertThat(track("None Song").path("coverUrl").isNull()).isTrue();
        assertThat(album("None").path("coverUrl").isNull()).isTrue();
    }
}
