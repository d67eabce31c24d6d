package io.tonearm.adapters.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.multibindings.Multibinder;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.tonearm.adapters.http.auth.AuthSettings;
import io.tonearm.adapters.http.testing.OpenApiContract;
import io.tonearm.application.Library;
import io.tonearm.application.Listeners;
import io.tonearm.application.PlaylistLibrary;
import io.tonearm.application.StarsAndRatings;
import io.tonearm.application.fakes.InMemoryPlaylists;
import io.tonearm.application.fakes.InMemoryQueryCache;
import io.tonearm.application.enrichment.AlbumEnrichment;
import io.tonearm.application.enrichment.ArtistEnrichment;
import io.tonearm.application.enrichment.EnrichmentJobs;
import io.tonearm.application.health.Readiness;
import io.tonearm.application.listening.CoverArt;
import io.tonearm.application.listening.SongLyrics;
import io.tonearm.application.listening.TrackStreams;
import io.tonearm.application.listening.TrackTranscodes;
import io.tonearm.application.monitoring.CacheMonitor;
import io.tonearm.application.fakes.InMemoryPlayback;
import io.tonearm.application.fakes.InMemoryScrobbleQueue;
import io.tonearm.application.scanning.LibraryScans;
import io.tonearm.application.playback.SavedPlayback;
import io.tonearm.application.scrobbling.Scrobbling;
import io.tonearm.application.users.UserAccounts;
import io.tonearm.application.users.testing.TestUsers;
import io.tonearm.domain.lyrics.Lyrics;
import io.tonearm.domain.port.ChangeLog;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.GZIPInputStream;

/**
 * The API server started the way bootstrap starts it (Guice, {@link HttpModule}, {@link ApiServer#start()}) on a
 * random port, backed by a {@link FakeLibrary} and the users of {@link TestUsers} (an admin and a plain user), with
 * a {@link HttpClient} to call it. Requests are sent as the admin ({@code Authorization: Basic}); {@link #asUser()},
 * {@link #anonymous()}, {@link #as} and {@link #withToken} give a client of the same server that sends other
 * credentials. Every answer is checked against the OpenAPI document ({@link OpenApiContract}), and every JSON body the
 * server took against its request schema: what the document does not describe fails the test.
 */
final class RunningApi implements AutoCloseable {
    static final HttpSettings SETTINGS = new HttpSettings("127.0.0.1", 0, Duration.ofSeconds(5), 64 * 1024);
    /** Failures are not limited in tests unless a test says so: many send wrong passwords on purpose. */
    static final AuthSettings AUTH = new AuthSettings(Duration.ofMinutes(2), 100_000, 100_000, Duration.ofSeconds(1));

    final FakeLibrary library;
    final FakeEnrichment enrichment;
    /** The listening use case over the {@link FakeLibrary} and the real files its tracks name. */
    final TrackStreams streams;
    /** Cover art over the {@link FakeLibrary}: the {@code cover.jpg} beside a track's file ({@link FolderArtwork}). */
    final CoverArt covers;
    final FolderArtwork artwork;
    /** Transcoding over the {@link FakeLibrary} with a {@link FakeTranscoder}. */
    final FakeTranscoder transcoder;
    final TestUsers users;
    /** The lyrics {@link #songLyrics} finds, by track path (a test puts them, none at first). */
    final Map<String, Lyrics> lyrics;
    /** The playlists over the {@link FakeLibrary}'s tracks, owners named as {@link #users} names them. */
    final InMemoryPlaylists playlistStore;
    final PlaylistLibrary playlists;
    /** The stars and ratings over the {@link FakeLibrary}. */
    final FakeStarsAndRatings stars;
    /** The scrobble queue behind the scrobbling routes (nothing sends it here). */
    final InMemoryScrobbleQueue scrobbles;
    /** What the database check of the readiness probe answers: empty while "the database" is fine. */
    final AtomicReference<Optional<String>> storeProblem;
    /** The process's registry, served at {@code /metrics}. */
    final PrometheusMeterRegistry metrics;
    final ApiServer server;
    final int port;
    /** What the server was made of, for a test that asks a part itself (e.g. the Subsonic methods there are). */
    private final Injector injector;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final ObjectMapper mapper = new ObjectMapper();
    /** The Authorization header sent with every request, or null for none. */
    private final String authorization;

    private RunningApi(HttpSettings settings, List<ResponseHeaderHook> hooks) {
        this(settings, hooks, null, FakeScanner.scansOfTempDir(), AUTH);
    }

    private RunningApi(HttpSettings settings, List<ResponseHeaderHook> hooks, CacheMonitor monitor,
                       LibraryScans scans, AuthSettings auth) {
        this(settings, hooks, monitor, scans, auth, OperationsSettings.defaults());
    }

    private RunningApi(HttpSettings settings, List<ResponseHeaderHook> hooks, CacheMonitor monitor,
                       LibraryScans scans, AuthSettings auth, OperationsSettings operations) {
        this.library = new FakeLibrary();
        this.stars = new FakeStarsAndRatings(library);
        this.enrichment = new FakeEnrichment();
        this.streams = TrackStreams.create(library, new DiskMediaFiles());
        this.artwork = new FolderArtwork();
        this.covers = CoverArt.create(library, artwork, new DiskMediaFiles());
        this.transcoder = new FakeTranscoder();
        TrackTranscodes transcodes = TrackTranscodes.create(library, transcoder, new DiskMediaFiles());
        this.users = TestUsers.create();
        this.lyrics = new ConcurrentHashMap<>();
        SongLyrics songLyrics = SongLyrics.create(library, track -> Optional.ofNullable(lyrics.get(track.path())));
        this.scrobbles = new InMemoryScrobbleQueue();
        this.playlistStore = new InMemoryPlaylists(library::getTrack, library::trackAt,
                id -> users.users.findById(id).orElseThrow().name());
        this.playlists = PlaylistLibrary.create(playlistStore, library.listeners(), new InMemoryQueryCache(),
                ChangeLog.NONE, Clock.systemUTC());
        Scrobbling scrobbling = Scrobbling.create(scrobbles, (token, listens) -> {
            throw new AssertionError("the HTTP tests send no listens");
        }, Clock.systemUTC());
        this.storeProblem = new AtomicReference<>(Optional.empty());
        this.metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        Readiness readiness = Readiness.create(storeProblem::get, new StubQueryCache(), false);
        this.authorization = basic(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
        Injector injector = Guice.createInjector(binder -> {
            binder.requireExplicitBindings();
            binder.disableCircularProxies();
            binder.bind(Library.class).toInstance(library);
            binder.bind(Listeners.class).toInstance(library.listeners());
            binder.bind(PlaylistLibrary.class).toInstance(playlists);
            binder.bind(StarsAndRatings.class).toInstance(stars);
            if (monitor != null) {
                binder.bind(CacheMonitor.class).toInstance(monitor);
            }
            binder.bind(LibraryScans.class).toInstance(scans);
            binder.bind(AlbumEnrichment.class).toInstance(enrichment);
            binder.bind(ArtistEnrichment.class).toInstance(enrichment);
            binder.bind(EnrichmentJobs.class).toInstance(EnrichmentJobs.create(enrichment, enrichment,
                    Clock.systemUTC()));
            binder.bind(UserAccounts.class).toInstance(users.accounts);
            binder.bind(TrackStreams.class).toInstance(streams);
            binder.bind(CoverArt.class).toInstance(covers);
            binder.bind(TrackTranscodes.class).toInstance(transcodes);
            binder.bind(SongLyrics.class).toInstance(songLyrics);
            binder.bind(Scrobbling.class).toInstance(scrobbling);
            // play queues and bookmarks of the users and tracks there are now, as the database's keys check them
            InMemoryPlayback playback = new InMemoryPlayback(id -> users.users.findById(id).isPresent(),
                    id -> library.getTrack(id).isPresent());
            binder.bind(SavedPlayback.class).toInstance(SavedPlayback.create(playback, playback, playback,
                    Clock.systemUTC()));
            binder.bind(Readiness.class).toInstance(readiness);
            binder.bind(PrometheusMeterRegistry.class).toInstance(metrics);
            Multibinder<ResponseHeaderHook> set = Multibinder.newSetBinder(binder, ResponseHeaderHook.class);
            hooks.forEach(hook -> set.addBinding().toInstance(hook));
        }, new HttpModule(settings, auth, operations));
        this.injector = injector;
        server = injector.getInstance(ApiServer.class);
        port = server.start();
    }

    /** Another client of the same running server, sending {@code authorization}. */
    private RunningApi(RunningApi running, String authorization) {
        this.library = running.library;
        this.stars = running.stars;
        this.enrichment = running.enrichment;
        this.streams = running.streams;
        this.covers = running.covers;
        this.artwork = running.artwork;
        this.transcoder = running.transcoder;
        this.users = running.users;
        this.lyrics = running.lyrics;
        this.scrobbles = running.scrobbles;
        this.playlistStore = running.playlistStore;
        this.playlists = running.playlists;
        this.storeProblem = running.storeProblem;
        this.metrics = running.metrics;
        this.server = running.server;
        this.port = running.port;
        this.injector = running.injector;
        this.authorization = authorization;
    }

    /** @return the value of an {@code Authorization: Basic} header for the name and password */
    static String basic(String name, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((name + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** @return a client of this server that sends these credentials */
    RunningApi as(String name, String password) {
        return new RunningApi(this, basic(name, password));
    }

    /** @return a client of this server that signs in as the plain (non-admin) user */
    RunningApi asUser() {
        return as(TestUsers.USER, TestUsers.USER_PASSWORD);
    }

    /** @return a client of this server that sends no credentials */
    RunningApi anonymous() {
        return new RunningApi(this, null);
    }

    /** @return a client of this server that sends {@code Authorization: Bearer <secret>} */
    RunningApi withToken(String secret) {
        return new RunningApi(this, "Bearer " + secret);
    }

    /** @return a client of this server that sends this Authorization header as it is */
    RunningApi withAuthorization(String header) {
        return new RunningApi(this, header);
    }

    static RunningApi start() {
        return new RunningApi(SETTINGS, List.of());
    }

    /** @return the API over these scans (and a {@link FakeLibrary}) */
    static RunningApi start(LibraryScans scans) {
        return new RunningApi(SETTINGS, List.of(), null, scans, AUTH);
    }

    /** @return the API with these limits on failed sign-ins and remembered credentials */
    static RunningApi start(AuthSettings auth) {
        return new RunningApi(SETTINGS, List.of(), null, FakeScanner.scansOfTempDir(), auth);
    }

    static RunningApi start(HttpSettings settings, ResponseHeaderHook... hooks) {
        return new RunningApi(settings, List.of(hooks));
    }

    /** @return the API with this access log and management port */
    static RunningApi start(OperationsSettings operations) {
        return new RunningApi(SETTINGS, List.of(), null, FakeScanner.scansOfTempDir(), AUTH, operations);
    }

    /** @return a server whose injector also binds a cache monitor, as bootstrap does */
    static RunningApi withCacheMonitor(CacheMonitor monitor) {
        return new RunningApi(SETTINGS, List.of(), monitor, FakeScanner.scansOfTempDir(), AUTH);
    }

    /** @return the server's own instance of a type its injector binds */
    <T> T instance(Class<T> type) {
        return injector.getInstance(type);
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    Response get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    Response send(String method, String path) {
        return send(HttpRequest.newBuilder(uri(path)).method(method, HttpRequest.BodyPublishers.noBody()));
    }

    /** Sends {@code json} as an {@code application/json} body. */
    Response send(String method, String path, String json) {
        Response response = send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)));
        OpenApiContract.get().checkRequest(method, uri(path), response.status(), json);
        return response;
    }

    /** Sends the request and keeps the body as bytes. */
    HttpResponse<byte[]> bytes(HttpRequest.Builder request) {
        if (authorization != null) {
            request.setHeader("Authorization", authorization);
        }
        try {
            HttpResponse<byte[]> response = client.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            checkAgainstTheDocument(response, response.body());
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** @return the value of the Authorization header this client sends, or null */
    String authorization() {
        return authorization;
    }

    Response send(HttpRequest.Builder request) {
        if (authorization != null) {
            request.setHeader("Authorization", authorization);
        }
        try {
            HttpResponse<String> response = client.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            checkAgainstTheDocument(response, response.body().getBytes(StandardCharsets.UTF_8));
            return new Response(response, mapper);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Fails the test unless openapi.json describes the answer: its status for the operation, its media type and,
     * for JSON, its body (see {@link OpenApiContract}).
     */
    private static void checkAgainstTheDocument(HttpResponse<?> response, byte[] body) {
        OpenApiContract.get().check(response.request().method(), response.request().uri(), response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(null), decoded(response, body));
    }

    /** @return the body as the server wrote it before compressing it (a client that asked for gzip gets it so) */
    private static byte[] decoded(HttpResponse<?> response, byte[] body) {
        if (!response.headers().firstValue("Content-Encoding").orElse("").equalsIgnoreCase("gzip")) {
            return body;
        }
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("a gzip body that does not unzip", e);
        }
    }

    /** Stops the server (from any of its clients). */
    @Override
    public void close() {
        server.stop();
    }

    /** A received response, with its body as JSON on demand. */
    static final class Response {
        private final HttpResponse<String> response;
        private final ObjectMapper mapper;

        Response(HttpResponse<String> response, ObjectMapper mapper) {
            this.response = response;
            this.mapper = mapper;
        }

        int status() {
            return response.statusCode();
        }

        String body() {
            return response.body();
        }

        String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        String contentType() {
            return header("Content-Type");
        }

        JsonNode json() {
            try {
                return mapper.readTree(response.body());
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + response.body(), e);
            }
        }

        /** @return the names of the problem's invalidParams, in order */
        List<String> invalidParamNames() {
            return json().path("invalidParams").findValuesAsText("name");
        }

        @Override
        public String toString() {
            return response.statusCode() + " " + response.headers().map() + " " + response.body();
        }
    }
}
