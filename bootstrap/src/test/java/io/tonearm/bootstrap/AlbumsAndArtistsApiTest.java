package io.tonearm.bootstrap;

import static io.tonearm.bootstrap.TrackJson.track;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tonearm.bootstrap.Api.Response;
import org.junit.jupiter.api.Test;

/** Albums, artists and the bulk lookup, end to end over HTTP. */
class AlbumsAndArtistsApiTest extends FullStackTest {

    @Test
    void addedTracks_makeTheirAlbumsWithTrackCountsAndYear() {
        api.post("/api/tracks", TrackJson.array(
                track("So What").by("Miles Davis").on("Kind of Blue").number(1, 1).year(1959),
                track("Freddie Freeloader").by("Miles Davis").on("Kind of Blue").number(1, 2).year(1959),
                track("Sinnerman").by("Nina Simone").on("Pastel Blues").number(1, 5).year(1965)));

        Response albums = api.get("/api/albums");

        assertThat(albums.status()).isEqualTo(200);
        assertThat(albums.body().get("total").asLong()).isEqualTo(2);
        assertThat(albums.body().get("items").findValuesAsText("title")).containsExactly("Kind of Blue", "Pastel Blues");
        JsonNode kindOfBlue = albums.body().get("items").get(0);
        assertThat(kindOfBlue.get("artist").asText()).isEqualTo("Miles Davis");
        assertThat(kindOfBlue.get("trackCount").asInt()).isEqualTo(2);
        assertThat(kindOfBlue.get("year").asInt()).isEqualTo(1959);
        assertThat(api.get("/api/albums/" + kindOfBlue.get("id").asLong()).body()).isEqualTo(kindOfBlue);
    }

    @Test
    void anAlbumsTracks_comeByDiscAndTrackNumber() {
        long d2t1 = api.add(track("Disc two opener").by("Band").on("Double").number(2, 1).json());
        long d1t2 = api.add(track("Second").by("Band").on("Double").number(1, 2).json());
        long d1t1 = api.add(track("First").by("Band").on("Double").number(1, 1).json());
        long album = api.get("/api/tracks/" + d1t1).body().get("albumId").asLong();

        Response tracks = api.get("/api/albums/" + album + "/tracks");

        assertThat(tracks.status()).isEqualTo(200);
        assertThat(tracks.ids()).containsExactly(d1t1, d1t2, d2t1);
        assertThat(tracks.body().get("total").asLong()).isEqualTo(3);
    }

    @Test
    void tracksByDifferentArtistsWithOneAlbumArtist_formOneAlbum() {
        api.add(track("Song A").by("Artist A").on("The Compilation").albumArtist("Various Artists").json());
        api.add(track("Song B").by("Artist B").on("The Compilation").albumArtist("Various Artists").json());

        Response albums = api.get("/api/albums");

        assertThat(albums.body().get("total").asLong()).isEqualTo(1);
        assertThat(albums.body().get("items").get(0).get("artist").asText()).isEqualTo("Various Artists");
        assertThat(albums.body().get("items").get(0).get("trackCount").asInt()).isEqualTo(2);
    }

    @Test
    void albumsAreSearchedByTitleAndArtist() {
        api.add(track("x").by("Miles Davis").on("Kind of Blue").json());
        api.add(track("y").by("Nina Simone").on("Pastel Blues").json());
        api.add(track("z").by("Somebody").on("Green").json());

        Response blue = api.get("/api/albums/search?q=blue");
        Response nina = api.get("/api/albums/search?q=nina");

        assertThat(blue.body().get("items").findValuesAsText("title"))
                .containsExactlyInAnyOrder("Kind of Blue", "Pastel Blues");
        assertThat(nina.body().get("items").findValuesAsText("title")).containsExactly("Pastel Blues");
    }

    @Test
    void artists_areListedByNameAndEachHasItsAlbums() {
        api.add(track("a").by("Nina Simone").on("Pastel Blues").json());
        api.add(track("b").by("Miles Davis").on("Kind of Blue").json());
        api.add(track("c").by("Miles Davis").on("Bitches Brew").json());

        Response artists = api.get("/api/artists");

        assertThat(artists.status()).isEqualTo(200);
        assertThat(artists.body().get("items").findValuesAsText("name")).containsExactly("Miles Davis", "Nina Simone");
        JsonNode miles = artists.body().get("items").get(0);
        assertThat(api.get("/api/artists/" + miles.get("id").asLong()).body()).isEqualTo(miles);
        Response albums = api.get("/api/artists/" + miles.get("id").asLong() + "/albums");
        assertThat(albums.body().get("items").findValuesAsText("title"))
                .containsExactlyInAnyOrder("Kind of Blue", "Bitches Brew");
        assertThat(albums.body().get("total").asLong()).isEqualTo(2);
    }

    @Test
    void artistsAreSearchedByName_ignoringAccents() {
        api.add(track("a").by("Beyoncé").json());
        api.add(track("b").by("Björk").json());

        Response found = api.get("/api/artists/search?q=bjork");

        assertThat(found.body().get("items").findValuesAsText("name")).containsExactly("Björk");
    }

    @Test
    void unknownAlbumsAndArtists_are404ProblemJson() {
        for (String path : new String[] {"/api/albums/4711", "/api/artists/4711"}) {
            Response response = api.get(path);

            assertThat(response.status()).as(path).isEqualTo(404);
            assertThat(response.contentType()).as(path).startsWith("application/problem+json");
        }
    }

    @Test
    void renamingATracksAlbum_movesItBetweenAlbumsInEveryRead() {
        long id = api.add(track("Song").by("Band").on("Demo").json());
        assertThat(api.get("/api/albums").body().get("items").findValuesAsText("title")).containsExactly("Demo");

        api.patch("/api/tracks/" + id, "{\"album\": \"Debut\"}");

        assertThat(api.get("/api/albums").body().get("items").findValuesAsText("title")).containsExactly("Debut");
        assertThat(api.get("/api/albums/search?q=debut").body().get("total").asLong()).isEqualTo(1);
    }

    @Test
    void aBulkLookup_findsTracksByTitleAndArtistInOneRequest() {
        long soWhat = api.add(track("So What").by("Miles Davis").json());
        long sinnerman = api.add(track("Sinnerman").by("Nina Simone").json());
        api.add(track("So What").by("Someone Else").json());

        Response found = api.post("/api/tracks/lookup", """
                [{"title": "so what", "artist": "MILES DAVIS"},
                 {"title": "Sinnerman", "artist": "Nina Simone"},
                 {"title": "Missing", "artist": "Nobody"}]
                """);

        assertThat(found.status()).isEqualTo(200);
        assertThat(found.ids()).containsExactlyInAnyOrder(soWhat, sinnerman);
    }
}
