package io.tonearm.bootstrap;

import static io.tonearm.bootstrap.TrackJson.track;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.tonearm.bootstrap.Api.Response;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/** Favorites, plays, recent and popular tracks and the charts, end to end over HTTP. */
class FavoritesPlaysAndChartsApiTest extends FullStackTest {

    @Test
    void favoritingATrack_listsItInFavoritesAndUnfavoritingRemovesIt() {
        long liked = api.add(track("Liked").json());
        api.add(track("Other").json());
        assertThat(api.get("/api/tracks/favorites").ids()).isEmpty();   // cached empty list must be dropped

        assertThat(api.put("/api/tracks/" + liked + "/favorite").status()).isEqualTo(204);

        assertThat(api.get("/api/tracks/favorites").ids()).containsExactly(liked);
        assertThat(api.get("/api/tracks/" + liked).body().get("favorite").asBoolean()).isTrue();
        assertThat(api.get("/api/tracks").body().get("items").get(0).get("favorite").asBoolean())
                .as("the cached all-tracks page shows the new flag").isTrue();

        assertThat(api.delete("/api/tracks/" + liked + "/favorite").status()).isEqualTo(204);

        assertThat(api.get("/api/tracks/favorites").ids()).isEmpty();
        assertThat(api.get("/api/tracks/" + liked).body().get("favorite").asBoolean()).isFalse();
    }

    @Test
    void favoritingTwice_keepsTheTrackListedOnce() {
        long liked = api.add(track("Liked").json());

        api.put("/api/tracks/" + liked + "/favorite");
        Response again = api.put("/api/tracks/" + liked + "/favorite");

        assertThat(again.status()).isEqualTo(204);
        assertThat(api.get("/api/tracks/favorites").ids()).containsExactly(liked);
    }

    @Test
    void favoritingAnUnknownTrack_is404() {
        assertThat(api.put("/api/tracks/555555/favorite").status()).isEqualTo(404);
        assertThat(api.delete("/api/tracks/555555/favorite").status()).isEqualTo(404);
        assertThat(api.delete("/api/tracks/555555/favorite").contentType()).startsWith("application/problem+json");
    }

    @Test
    void aPlay_countsAndAnswersTheTrackAsItIsNow() {
        long id = api.add(track("Played").json());

        Response played = api.post("/api/tracks/" + id + "/plays");

        assertThat(played.status()).isEqualTo(200);
        assertThat(played.body().get("playCount").asLong()).isEqualTo(1);
        assertThat(Instant.parse(played.body().get("lastPlayedAt").asText()))
                .isCloseTo(Instant.now(), within(1, ChronoUnit.MINUTES));
        assertThat(api.get("/api/tracks/" + id).body().get("playCount").asLong()).isEqualTo(1);
    }

    @Test
    void aPlayAtAGivenTime_isRecordedAtThatTime() {
        long id = api.add(track("Played").json());
        Instant at = Instant.parse("2024-12-24T20:00:00Z");

        Response played = api.post("/api/tracks/" + id + "/plays", "{\"playedAt\": \"" + at + "\"}");

        assertThat(played.status()).isEqualTo(200);
        assertThat(Instant.parse(played.body().get("lastPlayedAt").asText())).isEqualTo(at);
    }

    @Test
    void aPlayWithABadOrFutureTime_is400NamingPlayedAt() {
        long id = api.add(track("Played").json());
        Instant nextWeek = Instant.now().plus(Duration.ofDays(7));

        Response garbled = api.post("/api/tracks/" + id + "/plays", "{\"playedAt\": \"yesterday\"}");
        Response future = api.post("/api/tracks/" + id + "/plays", "{\"playedAt\": \"" + nextWeek + "\"}");

        assertThat(garbled.status()).isEqualTo(400);
        assertThat(garbled.invalidParams()).containsExactly("playedAt");
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.invalidParams()).containsExactly("playedAt");
        assertThat(api.get("/api/tracks/" + id).body().get("playCount").asLong()).isZero();
    }

    @Test
    void playingAnUnknownTrack_is404() {
        Response response = api.post("/api/tracks/777777/plays");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void recentTracks_areTheOnesPlayed_theLastPlayedFirst() {
        long first = api.add(track("First").json());
        long second = api.add(track("Second").json());
        api.add(track("Never played").json());
        assertThat(api.get("/api/tracks/recent").ids()).isEmpty();

        play(first, Instant.now().minus(Duration.ofHours(2)));
        play(second, Instant.now().minus(Duration.ofHours(1)));

        assertThat(api.get("/api/tracks/recent").ids()).containsExactly(second, first);
        play(first, Instant.now());
        assertThat(api.get("/api/tracks/recent").ids()).containsExactly(first, second);
    }

    @Test
    void popularTracks_areTheOnesPlayed_theMostPlayedFirst() {
        long once = api.add(track("Once").json());
        long thrice = api.add(track("Thrice").json());
        api.add(track("Never").json());
        assertThat(api.get("/api/tracks/popular").ids()).isEmpty();

        play(once, Instant.now());
        for (int i = 0; i < 3; i++) {
            play(thrice, Instant.now());
        }

        Response popular = api.get("/api/tracks/popular");
        assertThat(popular.ids()).containsExactly(thrice, once);
        assertThat(popular.body().get("total").asLong()).isEqualTo(2);
    }

    @Test
    void theChart_countsOnlyThePlaysWithinItsWindow() {
        long recent = api.add(track("Recent hit").json());
        long old = api.add(track("Old hit").json());
        long steady = api.add(track("Steady").json());
        Instant now = Instant.now();
        for (int i = 0; i < 3; i++) {
            play(recent, now.minus(Duration.ofDays(2)));
        }
        for (int i = 0; i < 5; i++) {
            play(old, now.minus(Duration.ofDays(30)));
        }
        play(steady, now.minus(Duration.ofHours(1)));
        play(steady, now.minus(Duration.ofDays(20)));

        Response week = api.get("/api/charts?days=7");
        Response quarter = api.get("/api/charts?days=90");

        assertThat(week.status()).isEqualTo(200);
        assertThat(week.ids()).containsExactly(recent, steady);
        assertThat(week.body().get("items").findValuesAsText("plays")).containsExactly("3", "1");
        assertThat(week.body().get("total").asLong()).isEqualTo(2);
        assertThat(quarter.ids()).containsExactly(old, recent, steady);
        assertThat(quarter.body().get("items").findValuesAsText("plays")).containsExactly("5", "3", "2");
    }

    @Test
    void aPlay_isCountedByACachedChartAtOnce() {
        long id = api.add(track("Fresh").json());
        assertThat(api.get("/api/charts?days=7").ids()).isEmpty();

        play(id, Instant.now());

        assertThat(api.get("/api/charts?days=7").ids()).containsExactly(id);
    }

    @Test
    void aChartWindowOutOfRange_is400NamingDays() {
        for (String days : new String[] {"0", "-3", "99999", "week"}) {
            Response response = api.get("/api/charts?days=" + days);

            assertThat(response.status()).as("days=" + days).isEqualTo(400);
            assertThat(response.invalidParams()).as("days=" + days).containsExactly("days");
        }
    }

    private static void play(long id, Instant at) {
        assertThat(api.post("/api/tracks/" + id + "/plays", "{\"playedAt\": \"" + at + "\"}").status())
                .isEqualTo(200);
    }
}
