package io.tonearm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.tonearm.adapters.persistence.TestCorpus;
import io.tonearm.adapters.persistence.testing.TestDatabase;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code tonearm scan} and {@code tonearm stats} as a user runs them, against the real MariaDB. */
class ScanCommandTest {
    static TestDatabase database;
    static Map<String, String> environment;

    @TempDir
    Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void createDatabase(@TempDir Path dataDir) {
        database = TestDatabase.create();
        environment = FullStackTest.environment(database.settings(), dataDir);
    }

    @AfterAll
    static void dropDatabase() {
        database.close();
    }

    @BeforeEach
    void emptyCatalog() {
        database.truncate();
    }

    @Test
    void scanningTheHardCases_listsEachUnreadableFileWithItsReason_summarizes_andExitsWith4() throws IOException {
        Path library = dir.resolve("music");
        TestCorpus.writeHardCases(library);

        int code = run("scan", library.toString());

        assertThat(code).isEqualTo(ExitCodes.FILES_FAILED);
        assertThat(out.toString())
                .contains("failed: " + library.resolve("broken/empty.mp3") + ": empty file (0 bytes)")
                .contains("failed: " + library.resolve("broken/not audio.mp3") + ": not a readable MP3 file")
                .contains("failed: " + library.resolve("nested/a/b/loop") + ": symbolic link loop")
                .containsPattern("Scanned 28 files in [0-9.]+ s \\([0-9]+ files/s\\): 23 added, 0 updated, "
                        + "0 moved, 0 removed, 6 failed, 0 unchanged");
    }

    @Test
    void aRescanOfAnUnchangedLibrary_findsEveryFileUnchanged_andExitsWith0() throws IOException {
        Path library = dir.resolve("music");
        TestCorpus.writeLibrary(library, 12);
        assertThat(run("scan", library.toString())).isEqualTo(ExitCodes.OK);
        out.getBuffer().setLength(0);

        int code = run("scan", library.toString());

        assertThat(code).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).containsPattern("Scanned 12 files in .*: 0 added, 0 updated, 0 moved, "
                + "0 removed, 0 failed, 12 unchanged").doesNotContain("failed: ");
    }

    @Test
    void aFullScan_readsEveryFileAgain() throws IOException {
        Path library = dir.resolve("music");
        TestCorpus.writeLibrary(library, 5);
        run("scan", library.toString());
        out.getBuffer().setLength(0);

        int code = run("scan", "--full", library.toString());

        assertThat(code).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).containsPattern("Scanned 5 files .*5 unchanged");
    }

    @Test
    void stats_countsWhatTheCatalogHolds_andShowsTheCacheTiers() throws IOException {
        Path library = dir.resolve("music");
        TestCorpus.writeLibrary(library, 12);
        run("scan", library.toString());
        out.getBuffer().setLength(0);

        int code = run("stats");

        assertThat(code).isEqualTo(ExitCodes.OK);
        assertThat(out.toString())
                .containsPattern("tracks:\\s+12")
                .containsPattern("albums:\\s+2")
                .containsPattern("artists:\\s+1")
                .containsPattern("users:\\s+0")
                .containsPattern("cache tier1: \\d+ entries");
    }

    @Test
    void aDirectoryThatDoesNotExist_isAUsageError() {
        int code = run("scan", dir.resolve("nowhere").toString());

        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("DIR must be a directory", "Usage: tonearm scan");
    }

    @Test
    void scanHelp_documentsTheOptionAndTheExitCodes() {
        int code = run("scan", "--help");

        assertThat(code).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("Usage: tonearm scan", "DIR", "--full", "Exit codes:")
                .containsPattern("4\\s+the scan finished, but some files could not be read");
    }

    private int run(String... args) {
        CommandLine cli = Cli.create(environment);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }
}
