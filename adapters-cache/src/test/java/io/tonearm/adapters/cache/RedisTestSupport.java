package io.tonearm.adapters.cache;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;
import redis.embedded.RedisExecProvider;
import redis.embedded.RedisServer;

/**
 * Redis for tests, shared by every module's tests through this module's test-jar.
 *
 * <ul>
 *   <li>{@link #sharedServer()}: the Redis at 127.0.0.1:6379 when it answers, otherwise an embedded one started
 *       once per JVM (never a skipped test). Give each test run its own {@link #uniquePrefix()} and
 *       {@link #deleteKeys delete} its keys afterwards.</li>
 *   <li>{@link #startPrivate()}: a server of the test's own on a free port, which the test may kill and start
 *       again (an outage); {@code /usr/bin/redis-server} when present, else embedded-redis's binary.</li>
 * </ul>
 */
public final class RedisTestSupport {
    private static final URI DEFAULT = URI.create("redis://127.0.0.1:6379");

    private RedisTestSupport() {
    }

    /** @return the URI of a Redis every test may use, started if none answers at 127.0.0.1:6379 */
    public static URI sharedServer() {
        return answers(DEFAULT) ? DEFAULT : Embedded.URI;
    }

    /** @return a key prefix no other test run uses, such as {@code tonearm-test-1a2b3c4d:} */
    public static String uniquePrefix() {
        return "tonearm-test-" + UUID.randomUUID().toString().substring(0, 8) + ":";
    }

    /** Deletes every key starting with {@code prefix} (tests only: it scans). */
    public static void deleteKeys(URI server, String prefix) {
        try (Jedis jedis = connect(server)) {
            for (String key : keys(jedis, prefix)) {
                jedis.unlink(key);
            }
        }
    }

    /** @return every key starting with {@code prefix} (tests only: it scans) */
    public static List<String> keys(Jedis jedis, String prefix) {
        List<String> found = new java.util.ArrayList<>();
        String cursor = ScanParams.SCAN_POINTER_START;
        do {
            ScanResult<String> page = jedis.scan(cursor, new ScanParams().match(prefix + "*").count(1000));
            found.addAll(page.getResult());
            cursor = page.getCursor();
        } while (!cursor.equals(ScanParams.SCAN_POINTER_START));
        return found;
    }

    /** @return a plain connection to the server, for a test's own checks */
    public static Jedis connect(URI server) {
        return new Jedis(new HostAndPort(server.getHost(), server.getPort()),
                DefaultJedisClientConfig.builder().timeoutMillis(5000).build());
    }

    /** @return whether a server answers PING at the URI within a short time */
    public static boolean answers(URI server) {
        try (Jedis jedis = new Jedis(new HostAndPort(server.getHost(), server.getPort()),
                DefaultJedisClientConfig.builder().timeoutMillis(300).build())) {
            return "PONG".equals(jedis.ping());
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Waits (polling) until the condition holds. @throws AssertionError naming {@code what} after the timeout */
    public static void awaitTrue(String what, Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting until " + what);
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
        }
    }

    /** @return a new server on a free port, already answering */
    public static PrivateRedis startPrivate() {
        PrivateRedis server = new PrivateRedis(freePort());
        server.start();
        return server;
    }

    /** A Redis server process of one test, which it can kill and start again on the same port. */
    public static final class PrivateRedis implements AutoCloseable {
        private final int port;
        private final URI uri;
        private Process process;

        private PrivateRedis(int port) {
            this.port = port;
            this.uri = URI.create("redis://127.0.0.1:" + port);
        }

        public URI uri() {
            return uri;
        }

        /** Starts the server (empty: nothing is saved) and waits until it answers. */
        public synchronized void start() {
            if (process != null && process.isAlive()) {
                return;
            }
            try {
                process = new ProcessBuilder(binary(), "--port", Integer.toString(port), "--bind", "127.0.0.1",
                        "--save", "", "--appendonly", "no", "--enable-debug-command", "local")
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start redis-server", e);
            }
            awaitTrue("redis-server answers on port " + port, Duration.ofSeconds(20), () -> answers(uri));
        }

        /** Kills the server at once (SIGKILL), like a crash; its data is gone. */
        public synchronized void kill() {
            if (process != null) {
                process.destroyForcibly();
                try {
                    process.waitFor(20, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                process = null;
            }
        }

        @Override
        public void close() {
            kill();
        }

        private static String binary() throws IOException {
            Path system = Path.of("/usr/bin/redis-server");
            if (Files.isExecutable(system)) {
                return system.toString();
            }
            File embedded = RedisExecProvider.defaultProvider().get();
            embedded.setExecutable(true);
            return embedded.getAbsolutePath();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The embedded server for machines without a Redis, started on first use and stopped with the JVM. */
    private static final class Embedded {
        static final URI URI = start();

        private static URI start() {
            int port = freePort();
            RedisServer server = RedisServer.builder().port(port).setting("bind 127.0.0.1").setting("save \"\"")
                    .build();
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
            return java.net.URI.create("redis://127.0.0.1:" + port);
        }
    }
}
