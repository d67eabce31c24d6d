package io.tonearm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.tonearm.adapters.persistence.testing.TestDatabase;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * The album grid of a library of 1,000 albums (added in bulk through the API, so without covers of their own) in a
 * real browser: the first load asks for one page of albums, not for every album or cover, and scrolling to the end
 * of the grid loads the next pages.
 */
class AlbumGridBrowserTest {
    private static final int ALBUMS = 1_000;

    static TestDatabase database;
    static Tonearm tonearm;
    static String base;
    Browser browser;

    @BeforeAll
    static void start(@TempDir Path dir) {
        database = TestDatabase.create();
        tonearm = Tonearm.start(ConfigLoader.load(Optional.empty(), FullStackTest.environment(database.settings(),
                dir.resolve("data"))), Clock.systemUTC());
        base = tonearm.uri().toString();
        Api admin = new Api(tonearm.uri());
        for (int from = 0; from < ALBUMS; from += 250) { // one track per album, 250 to a request
            StringJoiner tracks = new StringJoiner(",", "[", "]");
            for (int album = from; album < from + 250; album++) {
                tracks.add(String.format("{\"path\": \"/music/a%04d/01.flac\", \"title\": \"Track %04d\","
                        + " \"artists\": [\"Artist %02d\"], \"album\": \"Album %04d\", \"durationMs\": 1000,"
                        + " \"format\": \"FLAC\", \"fileSize\": 1, \"fileModifiedAt\": \"2024-01-01T00:00:00Z\"}",
                        album, album, album % 50, album));
            }
            assertThat(admin.post("/api/tracks", tracks.toString()).status()).isEqualTo(201);
        }
        assertThat(admin.get("/api/albums").body().path("total").asInt()).isEqualTo(ALBUMS);
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

    @Test
    void aGridOf1000Albums_loadsAPageAtATime_andScrolls() {
        browser.open(base);
        browser.find("#login-name").sendKeys(Api.ADMIN);
        browser.find("#login-password").sendKeys(Api.ADMIN_PASSWORD);
        browser.find("#login-submit").click();
        browser.find(".album-card");
        int first = cards();
        @SuppressWarnings("unchecked")
        List<String> covers = (List<String>) browser.script("return performance.getEntriesByType('resource')"
                + ".map(entry => entry.name).filter(name => name.includes('/cover'));");
        @SuppressWarnings("unchecked")
        List<String> albumPages = (List<String>) browser.script("return performance.getEntriesByType('resource')"
                + ".map(entry => entry.name).filter(name => name.includes('/api/albums?'));");
        System.out.println("album grid of " + ALBUMS + ": " + first + " cards, " + covers.size()
                + " cover requests, " + albumPages.size() + " album pages after the first load");
        assertThat(first).as("albums shown after the first load").isBetween(1, 200);
        assertThat(covers.size()).as("cover requests after the first load").isLessThan(100);
        assertThat(browser.find("main .muted").getText()).isEqualTo(ALBUMS + " in all");
        browser.screenshot("albums-1000");

        for (int i = 0; i < 5; i++) {
            int before = cards();
            browser.script("window.scrollTo(0, document.documentElement.scrollHeight);");
            browser.until(driver -> cards() > before, "the next page to load as the end scrolls into view");
        }
        assertThat(cards()).isGreaterThan(first).isLessThanOrEqualTo(ALBUMS);
        assertThat(((Number) browser.script("return window.scrollY;")).doubleValue()).as("the page scrolled")
                .isPositive();
    }

    private int cards() {
        return browser.driver.findElements(By.cssSelector("main .album-card")).size();
    }
}
