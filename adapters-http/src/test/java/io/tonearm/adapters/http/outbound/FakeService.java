package io.tonearm.adapters.http.outbound;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A remote service on loopback for the outbound tests: answers what it was told to, in order (then its default
 * answer), and records every request with the moment it arrived.
 */
final class FakeService implements AutoCloseable {
    /** An answer to give: status, headers, body, and how long to wait before giving it. */
    record Answer(int status, Map<String, String> headers, byte[] body, Duration delay) {
        static Answer of(int status) {
            return new Answer(status, Map.of(), new byte[0], Duration.ZERO);
        }

        static Answer json(int status, String json) {
            return new Answer(status, Map.of("Content-Type", "application/json"),
                    json.getBytes(StandardCharsets.UTF_8), Duration.ZERO);
        }

        Answer withHeader(String name, String value) {
            Map<String, String> more = new java.util.HashMap<>(headers);
            more.put(name, value);
            return new Answer(status, Map.copyOf(more), body, delay);
        }

        Answer after(Duration wait) {
            return new Answer(status, headers, body, wait);
        }
    }

    /** A request as it arrived. */
    record Received(long nanoTime, String method, String path, String rawQuery, Map<String, List<String>> headers,
                    byte[] body) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }

        String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final Deque<Answer> answers = new ConcurrentLinkedDeque<>();
    private final List<Received> received = java.util.Collections.synchronizedList(new ArrayList<>());
    private final Map<String, Answer> byPath = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile Answer otherwise = Answer.of(200);

    FakeService() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        server.setExecutor(threads);
        server.start();
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Answers the next requests with these, in order. */
    FakeService then(Answer... next) {
        answers.addAll(List.of(next));
        return this;
    }

    /** Answers every request for this path (before the queue) with this. */
    FakeService at(String path, Answer answer) {
        byPath.put(path, answer);
        return this;
    }

    /** Answers with this once the queue is empty. */
    FakeService otherwise(Answer answer) {
        otherwise = answer;
        return this;
    }

    List<Received> received() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    private void answer(HttpExchange exchange) throws IOException {
        long now = System.nanoTime();
        byte[] body = exchange.getRequestBody().readAllBytes();
        received.add(new Received(now, exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                exchange.getRequestURI().getRawQuery(), Map.copyOf(exchange.getRequestHeaders()), body));
        Answer answer = byPath.get(exchange.getRequestURI().getPath());
        if (answer == null) {
            answer = answers.poll();
        }
        if (answer == null) {
            answer = otherwise;
        }
        try {
            if (!answer.delay().isZero()) {
                TimeUnit.NANOSECONDS.sleep(answer.delay().toNanos()); // a slow service, as the test asked
            }
            answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
            exchange.sendResponseHeaders(answer.status(), answer.body().length == 0 ? -1 : answer.body().length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer.body());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException clientWentAway) {
            // the client timed out first: what the test wanted to see
        } finally {
            exchange.close();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
