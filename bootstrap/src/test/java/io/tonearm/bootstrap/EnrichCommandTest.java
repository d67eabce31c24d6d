package io.tonearm.bootstrap;

import static io.tonearm.adapters.persistence.testing.NewTrackBuilder.aTrack;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.tonearm.adapters.persistence.testing.TestDatabase;
import io.tonearm.application.Library;
import io.tonearm.domain.MusicBrainzIds;
import io.tonearm.domain.NewTrack;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code tonearm enrich} with {@code --albums}, {@code --artists} and {@code --dry-run} as a user runs it, against the
 * real MariaDB and a fake MusicBrainz on loopback: artists matched by the id in their tags or by a sure search, a
 * weak result and no result left unmatched, a MusicBrainz that is down, and what each option leaves alone.
 */
class EnrichCommandTest {
    private static final String MILES = "561d854a-6a28-4aa7-8c99-323e6ce46c2a";
    private static final String COLTRANE = "b625448e-bf4a-41c3-a421-72ad46cdb831";
    private static final String EVANS = "a6d9ac39-2b2c-4d7e-9f2b-8a3c1e4f5d60";

    private static final List<String> asked = new CopyOnWriteArrayList<>();
    private static volatile boolean down;
    private static HttpServer musicBrainz;
    private static TestDatabase database;
    private static Map<String, String> environment;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void start(@TempDir Path dataDir) throws IOException {
        musicBrainz = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        musicBrainz.createContext("/ws/2/", EnrichCommandTest::answer);
        musicBrainz.start();
        database = TestDatabase.create();
        // a MusicBrainz that is down is given up on quickly here
        Path config = dataDir.resolve("tonearm.conf");
        Files.writeString(config, "enrichment.retry { base-delay = 1ms, max-delay = 5ms, max-attempts = 2 }\n");
        environment = new HashMap<>(FullStackTest.environment(database.settings(), dataDir));
        environment.put("TONEARM_CONFIG", config.toString());
        environment.put("TONEARM_ENRICHMENT_CONTACT", "mailto:ops@example.org");
        environment.put("TONEARM_MUSICBRAINZ_URL", "http://127.0.0.1:" + musicBrainz.getAddress().getPort());
        environment.put("TONEARM_MUSICBRAINZ_REQUESTS_PER_SECOND", "100");
    }

    @AfterAll
    static void stop() {
        if (database != null) {
            database.close();
        }
        if (musicBrainz != null) {
            musicBrainz.stop(0);
        }
    }

    @BeforeEach
    void aCatalog() {
        database.truncate();
        asked.clear();
        down = false;
        // Miles is tagged with his id; Coltrane is found by a sure search; Bill Evans only weakly; Nobody not at all
        List<NewTrack> tracks = new ArrayList<>();
        tracks.add(track("Miles Davis", "Kind of Blue", MILES));
        tracks.add(track("John Coltrane", "Blue Train", null));
        tracks.add(track("Bill Evans", "Portrait in Jazz", null));
        tracks.add(track("Nobody Known", "Unknown Session", null));
        try (Tonearm catalog = Tonearm.open(ConfigLoader.load(Optional.empty(), environment), Clock.systemUTC())) {
            catalog.get(Library.class).addTracks(tracks);
        }
    }

    private static NewTrack track(String artist, String album, String artistId) {
        return aTrack().path("/m/" + album + "/1.flac").title(album + " 1").artists(artist).albumArtist(artist)
                .album(album).musicBrainz(new MusicBrainzIds(null, null, artistId)).build();
    }

    /** The fake MusicBrainz: knows Miles and Coltrane, finds Coltrane surely and Bill Evans weakly, no release. */
    private static void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String raw = exchange.getRequestURI().getRawQuery();
        String query = raw == null ? "" : URLDecoder.decode(raw, StandardCharsets.UTF_8);
        asked.add(path + "?" + query);
        int status = 200;
        String body;
        if (down) {
            status = 503;
            body = "{\"error\": \"down\"}";
        } else if (path.equals("/ws/2/artist/" + MILES)) {
            body = artist(MILES, "Miles Davis", "Davis, Miles", "jazz");
        } else if (path.equals("/ws/2/artist/" + COLTRANE)) {
            body = artist(COLTRANE, "John Coltrane", "Coltrane, John", "hard bop");
        } else if (path.equals("/ws/2/artist") && query.contains("artist:\"John Coltrane\"")) {
            body = "{\"artists\": [{\"id\": \"" + COLTRANE + "\", \"name\": \"John Coltrane\", \"score\": 100}]}";
        } else if (path.equals("/ws/2/artist") && query.contains("artist:\"Bill Evans\"")) {
            body = "{\"artists\": [{\"id\": \"" + EVANS + "\", \"name\": \"Bill Evans Trio\", \"score\": 70}]}";
        } else if (path.equals("/ws/2/artist")) {
            body = "{\"artists\": []}";
        } else if (path.startsWith("/ws/2/release/") && !query.contains("query=")) {
            status = 404;
            body = "{\"error\": \"Not Found\"}";
        } else {
            body = "{\"releases\": []}";
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private static String artist(String id, String name, String sortName, String genre) {
        return "{\"id\": \"" + id + "\", \"name\": \"" + name + "\", \"sort-name\": \"" + sortName + "\", "
                + "\"genres\": [{\"name\": \"" + genre + "\", \"count\": 3}]}";
    }

    @Test
    void artistsOnly_matchesByTagAndBySureSearch_leavesWeakAndUnknownOnes_andAsksNothingOfAlbums() throws Exception {
        int code = run("enrich", "--artists");

        assertThat(code).as(err.toString()).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("artists: 4, already matched: 0, matched: 2, with close results only: 1,"
                + " unmatched: 1, failed: 0").doesNotContain("albums:");
        assertThat(rows("SELECT a.name, m.mbid, m.source, m.name, m.sort_name, m.genres_json FROM artist_matches m"
                + " JOIN artists a ON a.id = m.artist_id ORDER BY a.name")).containsExactly(
                "John Coltrane|" + COLTRANE + "|SEARCH|John Coltrane|Coltrane, John|[\"hard bop\"]",
                "Miles Davis|" + MILES + "|TAGS|Miles Davis|Davis, Miles|[\"jazz\"]");
        assertThat(asked).noneMatch(request -> request.startsWith("/ws/2/release"));
        assertThat(count("album_matches") + count("album_candidates")).isZero();
        assertThat(asked).as("Miles by his id, without a search")
                .contains("/ws/2/artist/" + MILES + "?inc=genres tags&fmt=json")
                .noneMatch(request -> request.contains("Miles Davis"));

        int again = run("enrich", "--artists");

        assertThat(again).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("artists: 4, already matched: 2, matched: 0");
    }

    @Test
    void albumsOnly_asksNothingOfArtists_andMatchesNoArtist() throws Exception {
        int code = run("enrich", "--albums");

        assertThat(code).as(err.toString()).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("albums: 4, already matched: 0, matched: 0").doesNotContain("artists:");
        assertThat(asked).isNotEmpty().allMatch(request -> request.startsWith("/ws/2/release"));
        assertThat(count("artist_matches")).isZero();
    }

    @Test
    void withoutAnOption_albumsThenArtistsAreLookedUp() throws Exception {
        int code = run("enrich");

        assertThat(code).as(err.toString()).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("albums: 4,", "artists: 4,");
        assertThat(out.toString().indexOf("albums: 4")).isLessThan(out.toString().indexOf("artists: 4"));
        assertThat(count("artist_matches")).isEqualTo(2);
    }

    @Test
    void aDryRun_looksEverythingUp_butLeavesTheDatabaseAsItWas() throws Exception {
        String before = snapshot();

        int code = run("enrich", "--dry-run");

        assertThat(code).as(err.toString()).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("artists: 4, already matched: 0, would be matched: 2");
        assertThat(asked).anyMatch(request -> request.startsWith("/ws/2/artist"))
                .anyMatch(request -> request.startsWith("/ws/2/release"));
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void aMusicBrainzThatIsDown_countsEveryArtistAsFailed_andStoresNothing() throws Exception {
        down = true;
        long changes = count("change_log");

        int code = run("enrich", "--artists");

        assertThat(code).as(err.toString()).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("artists: 4, already matched: 0, matched: 0, with close results only: 0,"
                + " unmatched: 0, failed: 4").contains("  failed: artist Miles Davis: ");
        assertThat(count("artist_matches")).isZero();
        assertThat(count("change_log")).isEqualTo(changes);
    }

    @Test
    void albumsAndArtistsTogether_areRefusedAsUsage_beforeAnythingIsAsked() {
        int code = run("enrich", "--albums", "--artists");

        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("--albums", "--artists", "mutually exclusive");
        assertThat(asked).isEmpty();
    }

    @Test
    void help_documentsTheOptions() {
        int code = run("enrich", "--help");

        assertThat(code).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("--albums", "--artists", "--dry-run", "exclude each other");
    }

    @Test
    void aMatchedArtist_isShownWithItsMusicBrainzIdAndGenres_byTheServer() throws Exception {
        run("enrich", "--artists");
        long miles = Long.parseLong(rows("SELECT id FROM artists WHERE name = 'Miles Davis'").get(0));

        try (Tonearm tonearm = Tonearm.start(ConfigLoader.load(Optional.empty(), environment), Clock.systemUTC())) {
            JsonNode artist = new Api(tonearm.uri()).get("/api/artists/" + miles).body();

            assertThat(artist.path("name").asText()).isEqualTo("Miles Davis");
            assertThat(artist.path("musicBrainzId").asText()).isEqualTo(MILES);
            assertThat(artist.path("genres").get(0).asText()).isEqualTo("jazz");
        }
    }

    private int run(String... args) {
        out.getBuffer().setLength(0);
        CommandLine cli = Cli.create(environment);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    /** @return every row the enrichment could write, and the catalog's artists, in one text */
    private static String snapshot() throws SQLException {
        List<String> all = new ArrayList<>();
        for (String table : List.of("artist_matches", "album_matches", "album_candidates", "change_log", "artists",
                "albums")) {
            all.add(table + ": " + rows("SELECT * FROM " + table + " ORDER BY 1"));
        }
        all.add("album_covers: " + count("album_covers"));
        all.add("tracks: " + rows("SELECT id, title, year, genre, mb_artist_id, updated_at FROM tracks ORDER BY id"));
        return String.join("\n", all);
    }

    private static long count(String table) throws SQLException {
        return Long.parseLong(rows("SELECT COUNT(*) FROM " + table).get(0));
    }

    private static List<String> rows(String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(database.settings().jdbcUrl(),
                database.settings().user(), database.settings().password());
             Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    values.add(String.valueOf(result.getObject(i)));
                }
                rows.add(String.join("|", values));
            }
        }
        return rows;
    }
}
