package io.tonearm.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.inject.Guice;
import io.tonearm.application.Library;
import io.tonearm.application.Listeners;
import io.tonearm.application.PlaylistLibrary;
import io.tonearm.application.StarsAndRatings;
import io.tonearm.application.fakes.InMemoryPlaylists;
import io.tonearm.application.enrichment.AlbumEnrichment;
import io.tonearm.application.enrichment.ArtistEnrichment;
import io.tonearm.application.enrichment.EnrichmentJobs;
import io.tonearm.application.health.Readiness;
import io.tonearm.application.listening.CoverArt;
import io.tonearm.application.listening.TrackStreams;
import io.tonearm.application.listening.SongLyrics;
import io.tonearm.application.listening.TrackTranscodes;
import io.tonearm.application.fakes.InMemoryPlayback;
import io.tonearm.application.fakes.InMemoryScrobbleQueue;
import io.tonearm.application.scanning.LibraryScans;
import io.tonearm.application.playback.SavedPlayback;
import io.tonearm.application.scrobbling.Scrobbling;
import io.tonearm.application.users.UserAccounts;
import io.tonearm.application.users.testing.TestUsers;
import io.tonearm.domain.lyrics.LyricsSource;
import io.tonearm.domain.port.ChangeLog;
import io.tonearm.domain.user.UserName;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ApiServerLifecycleTest {
    private final ExecutorService executor = Executors.newCachedThreadPool();

    @AfterEach
    void shutDown() {
        executor.shutdownNow();
    }

    @Test
    void creatingTheServer_bindsNothingUntilStarted() {
        ApiServer server = Guice.createInjector(
                binder -> {
                    FakeLibrary library = new FakeLibrary();
                    binder.bind(Library.class).toInstance(library);
            binder.bind(Listeners.class).toInstance(library.listeners());
                    binder.bind(PlaylistLibrary.class).toInstance(PlaylistLibrary.create(
                            new InMemoryPlaylists(library::getTrack, library::trackAt,
                                    id -> UserName.of("user" + id.value())),
                            library.listeners(), new StubQueryCache(), ChangeLog.NONE, Clock.systemUTC()));
                    binder.bind(StarsAndRatings.class).toInstance(new FakeStarsAndRatings(library));
                    binder.bind(LibraryScans.class).toInstance(FakeScanner.scansOfTempDir());
                    binder.bind(UserAccounts.class).toInstance(TestUsers.create().accounts);
                    binder.bind(TrackStreams.class).toInstance(TrackStreams.create(library, new DiskMediaFiles()));
                    binder.bind(CoverArt.class).toInstance(CoverArt.create(library, new FolderArtwork(),
                            new DiskMediaFiles()));
                    FakeEnrichment enrichment = new FakeEnrichment();
                    binder.bind(AlbumEnrichment.class).toInstance(enrichment);
                    binder.bind(ArtistEnrichment.class).toInstance(enrichment);
                    binder.bind(EnrichmentJobs.class).toInstance(EnrichmentJobs.create(enrichment, enrichment,
                            java.time.Clock.systemUTC()));
                    binder.bind(Scrobbling.class).toInstance(Scrobbling.disabled(new InMemoryScrobbleQueue(),
                            Clock.systemUTC()));
                    InMemoryPlayback playback = new InMemoryPlayback(java.util.Set.of(), java.util.Set.of());
                    binder.bind(SavedPlayback.class).toInstance(SavedPlayback.create(playback, playback,
                            playback, Clock.systemUTC()));
                    binder.bind(TrackTranscodes.class).toInstance(TrackTranscodes.create(library,
                            new FakeTranscoder(), new DiskMediaFiles()));
                    binder.bind(SongLyrics.class).toInstance(SongLyrics.create(library, LyricsSource.NONE));
                    binder.bind(Readiness.class).toInstance(Readiness.create(java.util.Optional::empty,
                            new StubQueryCache(), false));
                },
                new HttpModule(RunningApi.SETTINGS)).getInstance(ApiServer.class);

        assertThatThrownBy(server::port).isInstanceOf(IllegalStateException.class).hasMessageContaining("not running");
        server.stop(); // stopping a server never started does nothing
    }

    @Test
    void startingOnPortZero_bindsAFreePortAndServesOnIt() {
        try (RunningApi api = RunningApi.start()) {
            assertThat(api.port).isPositive();
            assertThat(api.server.port()).isEqualTo(api.port);
            assertThat(api.get("/api/tracks").status()).isEqualTo(200);
        }
    }

    @Test
    void startingTwice_isRefused() {
        try (RunningApi api = RunningApi.start()) {
            assertThatThrownBy(api.server::start).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("only once");
        }
    }

    @Test
    void aPortInUse_isAnErrorNamingTheAddress() {
        try (RunningApi api = RunningApi.start()) {
            HttpSettings taken = RunningApi.SETTINGS.withPort(api.port);

            assertThatThrownBy(() -> RunningApi.start(taken)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("127.0.0.1:" + api.port);
        }
    }

    @Test
    void stopping_closesThePortAndIsIdempotent() {
        RunningApi api = RunningApi.start();

        api.close();
        api.close();

        assertThat(refusesConnections(api.port)).isTrue();
        assertThatThrownBy(api.server::port).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(api.server::start).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void stopping_refusesNewConnectionsButFinishesTheRequestInFlight() throws Exception {
        RunningApi api = RunningApi.start(new HttpSettings("127.0.0.1", 0, Duration.ofSeconds(30), 1024));
        api.library.add("/music/money.mp3", "Money", "Pink Floyd", null);
        FakeLibrary.Gate gate = api.library.holdNextAllTracksRead();
        CompletableFuture<RunningApi.Response> inFlight = CompletableFuture.supplyAsync(
                () -> api.get("/api/tracks"), executor);
        assertThat(gate.entered().await(30, TimeUnit.SECONDS)).as("request reached the use case").isTrue();

        CompletableFuture<Void> stopping = CompletableFuture.runAsync(api.server::stop, executor);
        awaitRefusedConnections(api.port);
        boolean stoppedBeforeRelease = stopping.isDone();
        gate.release().countDown();

        RunningApi.Response response = inFlight.get(30, TimeUnit.SECONDS);
        stopping.get(30, TimeUnit.SECONDS);
        assertThat(stoppedBeforeRelease).as("stop waits for the request in flight").isFalse();
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("items").get(0).get("title").asText()).isEqualTo("Money");
    }

    @Test
    void aRequestOutlastingTheGrace_doesNotHoldTheStopForever() throws Exception {
        RunningApi api = RunningApi.start(new HttpSettings("127.0.0.1", 0, Duration.ofMillis(100), 1024));
        FakeLibrary.Gate gate = api.library.holdNextAllTracksRead();
        CompletableFuture.runAsync(() -> {
            try {
                api.get("/api/tracks");
            } catch (RuntimeException expected) {
                // the connection is cut when the grace runs out
            }
        }, executor);
        assertThat(gate.entered().await(30, TimeUnit.SECONDS)).isTrue();

        CompletableFuture<Void> stopping = CompletableFuture.runAsync(api.server::stop, executor);

        try {
            stopping.get(30, TimeUnit.SECONDS);
            assertThat(refusesConnections(api.port)).isTrue();
        } finally {
            gate.release().countDown();
        }
    }

    private static void awaitRefusedConnections(int port) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!refusesConnections(port)) {
            assertThat(System.nanoTime()).as("the server kept accepting connections").isLessThan(deadline);
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
        }
    }

    private static boolean refusesConnections(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 1_000);
            return false;
        } catch (ConnectException e) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
