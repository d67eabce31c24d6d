package io.tonearm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.tonearm.adapters.persistence.testing.TestDatabase;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The web player in a real browser (headless Chromium) against the whole of Tonearm: two tracks made by ffmpeg,
 * scanned into the real MariaDB, then a listener signs in, opens the album, plays it, marks a favorite and signs out.
 */
class WebPlayerBrowserTest {
    static TestDatabase database;
    static Tonearm tonearm;
    static Api admin;
    static String base;
    Browser browser;

    @BeforeAll
    static void start(@TempDir Path dir) throws Exception {
        Path album = Files.createDirectories(dir.resolve("music/Artist/Album"));
        tone(album.resolve("01 First.flac"), "First", 1, 440);
        tone(album.resolve("02 Second.flac"), "Second", 2, 660);
        ImageIO.write(new BufferedImage(300, 300, BufferedImage.TYPE_INT_RGB), "jpg",
                album.resolve("cover.jpg").toFile());
        database = TestDatabase.create();
        Map<String, String> environment = new HashMap<>(FullStackTest.environment(database.settings(),
                dir.resolve("data")));
        environment.put("TONEARM_LIBRARY_ROOTS", dir.resolve("music").toString());
        tonearm = Tonearm.start(ConfigLoader.load(Optional.empty(), environment), Clock.systemUTC());
        base = tonearm.uri().toString();
        admin = new Api(tonearm.uri());
        admin.newUser("listener", "listener-password", false);
        String scan = admin.post("/api/library/scans").location();
        Await.until("the scan ends", () -> !admin.get(scan).body().path("state").asText().equals("RUNNING"));
        assertThat(admin.get("/api/tracks").body().path("total").asInt()).isEqualTo(2);
    }

    /** A six-second sine tone as FLAC, tagged, made by ffmpeg. */
    private static void tone(Path file, String title, int number, int frequency) throws Exception {
        Process ffmpeg = new ProcessBuilder("ffmpeg", "-nostdin", "-loglevel", "error", "-f", "lavfi", "-i",
                "sine=frequency=" + frequency + ":duration=6:sample_rate=44100", "-c:a", "flac",
                "-metadata", "title=" + title, "-metadata", "artist=Artist", "-metadata", "album=Album",
                "-metadata", "genre=Ambient Drone", "-metadata", "track=" + number, file.toString()).redirectErrorStream(true).start();
        String output = new String(ffmpeg.getInputStream().readAllBytes());
        if (!ffmpeg.waitFor(60, TimeUnit.SECONDS) || ffmpeg.exitValue() != 0) {
            throw new AssertionError("ffmpeg could not make " + file + ": " + output);
        }
    }

    @AfterAll
    static void stop() {
        if (tonearm != null) {
            tonearm.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @BeforeEach
    void openBrowser() {
        browser = Browser.start();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private void signIn(String name, String password) {
        browser.open(base);
        browser.find("#login-name").sendKeys(name);
        browser.find("#login-password").sendKeys(password);
        browser.find("#login-submit").click();
    }

    private long trackId(String title) {
        for (var track : admin.get("/api/tracks").body().path("items")) {
            if (track.path("title").asText().equals(title)) {
                return track.path("id").asLong();
            }
        }
        throw new AssertionError("no track " + title);
    }

    @Test
    void aListener_signsIn_playsAnAlbum_marksAFavorite_andSignsOut() throws Exception {
        signIn("listener", "wrong-password");
        browser.until(driver -> !driver.findElement(By.id("login-error")).getText().isEmpty(), "an error to show");
        assertThat(browser.find("#login-error").getText()).isEqualTo("Wrong user name or password.");
        browser.find("#login-password").clear();
        browser.find("#login-password").sendKeys("listener-password");
        browser.find("#login-submit").click();

        WebElement card = browser.find(".album-card");
        assertThat(card.getText()).contains("Album").contains("Artist");
        assertThat(browser.find("#whoami").getText()).isEqualTo("listener");
        assertThat(browser.driver.findElement(By.id("nav-admin")).isDisplayed()).as("no admin page for a listener")
                .isFalse();
        browser.until(driver -> (Boolean) browser.script(
                "const img = document.querySelector('.album-card img'); return img.complete && img.naturalWidth > 0"
                        + " && img.src.endsWith('/cover?size=200');"), "the album's cover to load");
        browser.screenshot("albums");

        card.click();
        browser.until(driver -> driver.findElement(By.cssSelector("main h1")).getText().equals("Album"),
                "the album's page");
        assertThat(browser.driver.findElements(By.cssSelector(".tracks tbody tr"))).hasSize(2);
        browser.find("#play-album").click();

        long first = trackId("First");
        browser.until(driver -> (Boolean) browser.script("const a = document.getElementById('audio');"
                + " return !a.paused && a.currentTime > 1;"), "the audio element to play past one second");
        assertThat((String) browser.script("return document.getElementById('audio').src"))
                .endsWith("/api/tracks/" + first + "/stream");
        assertThat(browser.find("#now-title").getText()).isEqualTo("First");
        @SuppressWarnings("unchecked")
        List<Long> streamStatuses = (List<Long>) browser.script("return performance.getEntriesByType('resource')"
                + ".filter(entry => entry.name.includes('/stream')).map(entry => entry.responseStatus);");
        assertThat(streamStatuses).as("the stream requests' statuses").isNotEmpty().allSatisfy(status ->
                assertThat(status).isIn(200L, 206L));
        assertThat((Boolean) browser.script("return navigator.mediaSession.metadata.title === 'First'")).isTrue();
        Await.until("the play to be recorded after half the track",
                () -> listener().get("/api/tracks/" + first).body().path("playCount").asLong() == 1);
        browser.screenshot("album-playing");

        browser.find("tr[data-track-id='" + first + "'] .fav").click();
        browser.until(driver -> "true".equals(driver.findElement(
                By.cssSelector("tr[data-track-id='" + first + "'] .fav")).getAttribute("aria-pressed")),
                "the favorite to be marked");
        assertThat(listener().get("/api/tracks/" + first).body().path("favorite").asBoolean()).isTrue();

        browser.open(base + "#/favorites"); // a reload: the session cookie keeps the listener signed in
        browser.until(driver -> driver.findElements(By.cssSelector(".tracks tbody tr")).size() == 1,
                "the favorite to be listed");
        assertThat(browser.find(".tracks tbody tr").getText()).contains("First");

        Cookie session = browser.driver.manage().getCookieNamed("tonearm_session");
        assertThat(session.isHttpOnly()).isTrue();
        assertThat(session.getSameSite()).isEqualTo("Lax");
        assertThat(withCookie(session, "/api/tracks")).isEqualTo(200);
        browser.find("#logout").click();
        browser.find("#login-name");
        assertThat(browser.driver.manage().getCookieNamed("tonearm_session")).isNull();
        assertThat(withCookie(session, "/api/tracks")).as("the old cookie no longer signs anybody in")
                .isEqualTo(401);
    }

    private static int withCookie(Cookie cookie, String path) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                        base + path.substring(1))).header("Cookie", cookie.getName() + "=" + cookie.getValue()).build(),
                HttpResponse.BodyHandlers.ofString());
        return response.statusCode();
    }

    @Test
    void thePage_loadsOnlyFromItsOwnOrigin_inUnder300KB_andIsInteractiveWithinASecond() {
        signIn("listener", "listener-password");
        browser.find(".album-card");

        @SuppressWarnings("unchecked")
        Map<String, Object> load = (Map<String, Object>) browser.script("const nav = performance"
                + ".getEntriesByType('navigation')[0]; const files = performance.getEntriesByType('resource')"
                + ".filter(entry => !entry.name.includes('/api/'));"
                + " return {interactive: nav.domInteractive, loaded: nav.loadEventEnd,"
                + " bytes: nav.transferSize + files.reduce((sum, entry) => sum + entry.transferSize, 0),"
                + " files: files.length};");
        System.out.println("web player first load: " + load);
        assertThat(((Number) load.get("files")).intValue()).as("the styles, scripts and icon").isGreaterThan(5);
        assertThat(((Number) load.get("bytes")).longValue()).as("bytes of HTML, JS, CSS as sent")
                .isPositive().isLessThan(300 * 1024);
        assertThat(((Number) load.get("interactive")).doubleValue()).as("ms until interactive").isLessThan(1000);

        @SuppressWarnings("unchecked")
        List<String> loaded = (List<String>) browser.script(
                "return performance.getEntriesByType('resource').map(entry => entry.name);");
        assertThat(loaded).isNotEmpty().allSatisfy(url -> assertThat(url).startsWith(base));
    }

    @Test
    void searchAsYouType_findsTheAlbum_andOpensIt() {
        signIn("listener", "listener-password");
        browser.find(".album-card");

        browser.find("#search").sendKeys("secon");

        browser.until(driver -> driver.getCurrentUrl().endsWith("#/search?q=secon")
                && driver.findElement(By.cssSelector("main h1")).getText().equals("Search: secon"), "the results");
        assertThat(browser.find("main .tracks tbody tr").getText()).contains("Second");
        browser.find("#search").clear();
        browser.find("#search").sendKeys("album");
        browser.until(driver -> driver.findElement(By.cssSelector("main h1")).getText().equals("Search: album"),
                "the new results");
        browser.find("main .album-card").click();
        browser.until(driver -> driver.findElement(By.cssSelector("main h1")).getText().equals("Album"),
                "the album's page");
    }

    @Test
    void theGenres_areListed_andAGenreOpensItsTracks() {
        signIn("listener", "listener-password");
        browser.find(".album-card");

        browser.find("a[data-nav=genres]").click();
        browser.until(driver -> driver.findElement(By.cssSelector("main h1")).getText().equals("Genres"),
                "the genres");
        assertThat(browser.find("main .list li").getText()).isEqualTo("Ambient Drone · 2 tracks, 1 albums");
        browser.find("main .list li a").click();

        browser.until(driver -> driver.findElement(By.cssSelector("main h1")).getText().equals("Ambient Drone"),
                "the genre's tracks");
        assertThat(browser.driver.findElements(By.cssSelector("main .tracks tbody tr"))).hasSize(2);
        assertThat(browser.find("main .tracks").getText()).contains("First").contains("Second");
    }

    @Test
    void theQueue_advancesToTheNextTrack_afterASeek_andCanBeEdited() {
        signIn("listener", "listener-password");
        browser.find(".album-card").click();
        browser.until(driver -> driver.findElement(By.cssSelector("main h1")).getText().equals("Album"),
                "the album's page");
        browser.find("#play-album").click();
        browser.until(driver -> (Boolean) browser.script("const a = document.getElementById('audio');"
                + " return !a.paused && a.currentTime > 0.2;"), "the first track to play");

        browser.driver.findElement(By.tagName("body")).sendKeys(" "); // space pauses
        browser.until(driver -> (Boolean) browser.script("return document.getElementById('audio').paused"),
                "space to pause");
        assertThat(browser.find("#play").getDomAttribute("aria-label")).isEqualTo("Play");
        browser.driver.findElement(By.tagName("body")).sendKeys(" "); // and plays again
        browser.until(driver -> !(Boolean) browser.script("return document.getElementById('audio').paused"),
                "space to play again");

        // the seek bar, as a person drags it: to a second before the end
        browser.script("const seek = document.getElementById('seek'); seek.value = '5';"
                + " seek.dispatchEvent(new Event('input'));");

        long second = trackId("Second");
        browser.until(driver -> "Second".equals(driver.findElement(By.id("now-title")).getText()),
                "the queue to advance to the second track");
        assertThat((String) browser.script("return document.getElementById('audio').src"))
                .endsWith("/api/tracks/" + second + "/stream");
        browser.find("tr[data-track-id='" + second + "'] .add-track").click();
        browser.find("#queue-toggle").click();
        assertThat(browser.driver.findElements(By.cssSelector("#queue-list li"))).hasSize(3);
        assertThat(browser.find("#queue-list li[aria-current='true']").getText()).contains("Second");
        browser.find("#queue-list li:last-child button[aria-label^='Remove']").click();
        browser.until(driver -> driver.findElements(By.cssSelector("#queue-list li")).size() == 2, "two entries");
        browser.screenshot("queue");
        browser.find("#queue-clear").click();
        browser.until(driver -> "Nothing playing".equals(driver.findElement(By.id("now-title")).getText()),
                "the cleared queue to stop the player");
    }

    @Test
    void aPlaylist_isMadeFromAReorderedQueue_opened_played_changed_andDeleted() {
        signIn("listener", "listener-password");
        browser.find(".album-card").click();
        browser.until(driver -> driver.findElement(By.cssSelector("main h1")).getText().equals("Album"),
                "the album's page");
        browser.find("#play-album").click();
        browser.find("#queue-toggle").click();
        browser.until(driver -> driver.findElements(By.cssSelector("#queue-list li")).size() == 2, "the queue");

        // reorder by keyboard: the second entry's "move up" button, focused and pressed with Enter
        WebElement up = browser.find("#queue-list li:last-child button[aria-label='Move Second up']");
        up.sendKeys(Keys.ENTER);
        browser.until(driver -> driver.findElement(By.cssSelector("#queue-list li:first-child")).getText()
                .contains("Second"), "Second to move up");
        browser.find("#queue-close").click();

        browser.find("#nav-playlists").click();
        browser.find("#playlist-name").sendKeys("Road trip");
        browser.find("#playlist-public").click();
        browser.screenshot("playlists");
        browser.find("#playlist-create").click();
        browser.until(driver -> driver.findElement(By.cssSelector("main h1")).getText().equals("Road trip"),
                "the new playlist's page");
        List<WebElement> rows = browser.driver.findElements(By.cssSelector(".tracks tbody tr"));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).getText()).as("in the queue's order").contains("Second");
        long id = Long.parseLong(browser.driver.getCurrentUrl().replaceAll(".*#/playlists/", ""));
        assertThat(listener().get("/api/playlists/" + id).body().path("public").asBoolean()).isTrue();

        browser.find("#play-playlist").click();
        browser.until(driver -> "Second".equals(driver.findElement(By.id("now-title")).getText()),
                "the playlist to play");
        browser.until(driver -> (Boolean) browser.script(
                "return navigator.mediaSession.metadata !== null && navigator.mediaSession.metadata.title === 'Second'"),
                "the Media Session to name the playing track");
        browser.screenshot("playlist");

        browser.find(".remove-entry").click(); // the first entry, Second
        browser.until(driver -> driver.findElements(By.cssSelector(".tracks tbody tr")).size() == 1, "one entry");
        assertThat(browser.find(".tracks tbody tr").getText()).contains("First");

        // add a track from an album page, to the playlist chosen there
        browser.find("a[data-nav='albums']").click();
        browser.find(".album-card").click();
        browser.find("#playlist-target");
        browser.find("tr[data-track-id='" + trackId("Second") + "'] .add-to-playlist").click();
        browser.until(driver -> driver.findElement(By.id("playlist-status")).getText().contains("(2 tracks)"),
                "the track to be added");
        assertThat(listener().get("/api/playlists/" + id).body().path("trackCount").asInt()).isEqualTo(2);

        browser.open(base + "#/playlists/" + id);
        browser.script("window.confirm = () => true;"); // the page asks before deleting
        browser.find("#playlist-delete").click();
        browser.until(driver -> driver.getCurrentUrl().endsWith("#/playlists")
                && driver.findElement(By.cssSelector("main h1")).getText().equals("Playlists"), "the playlists");
        assertThat(listener().get("/api/playlists/" + id).status()).isEqualTo(404);
    }

    @Test
    void aListener_isShownNoAdminPage_whileAnAdminScansAndAddsAUser() {
        signIn("listener", "listener-password");
        browser.find(".album-card");
        browser.open(base + "#/admin");
        browser.until(driver -> driver.findElement(By.cssSelector("main")).getText()
                .contains("Only admins see this page."), "the refusal");
        browser.find("#logout").click();

        signIn(Api.ADMIN, Api.ADMIN_PASSWORD);
        browser.find("#nav-admin").click();
        browser.find("#scan-start").click();
        browser.until(driver -> driver.findElement(By.id("scan-status")).getText().contains("SUCCEEDED"),
                "the scan's progress to show it finished");
        assertThat(browser.find("#scan-status").getText()).contains("Processed");
        browser.until(driver -> driver.findElement(By.cssSelector(".admin tbody")).getText().contains("listener"),
                "the users");
        browser.find("#user-name").sendKeys("newcomer");
        browser.find("#user-password").sendKeys("newcomer-password");
        browser.find("#user-form button[type=submit]").click();
        browser.until(driver -> driver.findElement(By.cssSelector(".admin tbody")).getText().contains("newcomer"),
                "the new user to be listed");
        assertThat(admin.as("newcomer", "newcomer-password").get("/api/users/me").status()).isEqualTo(200);
        browser.screenshot("admin");
    }

    @Test
    void atPhoneWidth_thePagesAreOneColumn() {
        browser.driver.manage().window().setSize(new Dimension(390, 844));
        signIn("listener", "listener-password");
        browser.find(".album-card");
        browser.screenshot("albums");
        browser.find(".album-card").click();
        browser.until(driver -> driver.findElement(By.cssSelector("main h1")).getText().equals("Album"),
                "the album's page");
        browser.screenshot("album");

        Long overflow = (Long) browser.script(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow).as("no sideways scrolling").isLessThanOrEqualTo(0L);
    }

    @Test
    void theCachePage_movesWithApiTraffic() {
        signIn("listener", "listener-password");
        browser.find(".album-card");
        browser.open(base + "#/cache");
        browser.until(driver -> requestsShown() > 0 && Integer.parseInt(
                driver.findElement(By.cssSelector(".chart")).getDomAttribute("data-samples")) >= 1, "a first sample");
        long before = requestsShown();

        for (int i = 0; i < 25; i++) {
            assertThat(admin.get("/api/tracks").status()).isEqualTo(200);
        }

        browser.until(driver -> requestsShown() >= before + 25, "the counters to move");
        assertThat(browser.find("#cache-health").getText()).startsWith("Health: ");
        assertThat(browser.driver.findElements(By.cssSelector("#cache-queries tr"))).isNotEmpty();
        assertThat((String) browser.script("return document.querySelector('.chart .line-overall')"
                + ".getAttribute('points')")).isNotBlank();

        // a change's invalidation is pushed as it happens
        long first = trackId("First");
        assertThat(listener().put("/api/tracks/" + first + "/favorite").status()).isIn(200, 204);
        browser.until(driver -> driver.findElement(By.id("cache-invalidations")).getText().contains("FAVORITE_SET"),
                "the invalidation to be listed");
        assertThat(browser.find("#cache-invalidations li").getText()).contains("FAVORITE_SET")
                .contains("tracks.favorites");
        assertThat(listener().delete("/api/tracks/" + first + "/favorite").status()).isIn(200, 204);

        // all of it came over the one event stream: the page asked for no statistics at all
        @SuppressWarnings("unchecked")
        List<String> cacheRequests = (List<String>) browser.script("return performance.getEntriesByType('resource')"
                + ".map(entry => entry.name).filter(name => name.includes('/api/cache/'));");
        assertThat(cacheRequests).as("no polling").allSatisfy(url -> assertThat(url).endsWith("/api/cache/events"));
        browser.screenshot("cache");
    }

    private long requestsShown() {
        Object shown = browser.script("const dd = document.querySelector('#cache-counters dd');"
                + " return dd ? dd.textContent : '0';");
        return Long.parseLong((String) shown);
    }

    @Test
    void aUser_issuesAndRevokesAToken_andAPasswordChangeEndsTheSession() {
        admin.newUser("changer", "changer-password", false);
        signIn("changer", "changer-password");
        browser.find(".album-card");
        browser.find("#nav-account").click();
        browser.find("#token-name").sendKeys("phone");
        browser.find("#token-form button[type=submit]").click();
        String secret = browser.find("#token-secret").getText();
        assertThat(secret).startsWith("tnrm_");
        assertThat(admin.withToken(secret).get("/api/tracks").status()).isEqualTo(200);
        browser.find("#tokens button[aria-label='Revoke phone']").click();

        // a revocation moves the user's one credentials version on: their sessions end with it, as documented
        assertThat(browser.find("#login-name").getDomProperty("value")).as("the name is kept").isEqualTo("changer");
        assertThat(admin.withToken(secret).get("/api/tracks").status()).isEqualTo(401);
        browser.find("#login-password").sendKeys("changer-password");
        browser.find("#login-submit").click();
        browser.find("#nav-account").click();
        browser.until(driver -> driver.findElement(By.id("tokens")).getText().contains("No tokens."), "no tokens");
        browser.find("#current-password").sendKeys("changer-password");
        browser.find("#new-password").sendKeys("changer-new-password");
        browser.find("#password-form button[type=submit]").click();

        // the session ended with the old password
        assertThat(browser.find("#login-name").getDomProperty("value")).isEqualTo("changer");
        browser.find("#login-password").sendKeys("changer-new-password");
        browser.find("#login-submit").click();
        browser.until(driver -> "changer".equals(driver.findElement(By.id("whoami")).getText()), "signed in again");
    }

    @Test
    void everyControl_hasANameForScreenReaders() {
        signIn(Api.ADMIN, Api.ADMIN_PASSWORD);
        browser.find(".album-card").click();
        browser.until(driver -> driver.findElement(By.cssSelector("main h1")).getText().equals("Album"),
                "the album's page");

        @SuppressWarnings("unchecked")
        List<String> unnamed = (List<String>) browser.script("return [...document.querySelectorAll("
                + "'button, a, input, [role=img]')].filter(e => e.offsetParent !== null || e.tagName === 'svg')"
                + ".filter(e => !(e.getAttribute('aria-label') || e.textContent.trim() || e.labels && e.labels.length"
                + " || e.title)).map(e => e.outerHTML.slice(0, 120));");
        assertThat(unnamed).isEmpty();
    }

    /** The listener's own view: plays and favorites are each user's (the admin sees its own). */
    private static Api listener() {
        return admin.as("listener", "listener-password");
    }
}
