package io.tonearm.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tonearm.domain.Track;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AlbumAndArtistRoutesTest {
    private final RunningApi api = RunningApi.start();
    private Track money;

    @BeforeEach
    void seed() {
        api.library.reset();
        money = api.library.add("/music/money.mp3", "Money", "Pink Floyd", "The Dark Side of the Moon");
        api.library.add("/music/time.mp3", "Time", "Pink Floyd", "The Dark Side of the Moon");
        api.library.add("/music/heroes.mp3", "Heroes", "David Bowie", "Heroes");
    }

    @AfterAll
    void stop() {
        api.close();
    }

    @Test
    void listingAlbums_answersAPageOfAlbums() {
        JsonNode page = api.get("/api/albums").json();

        assertThat(page.get("total").asLong()).isEqualTo(2);
        JsonNode album = page.get("items").get(0);
        assertThat(TrackQueryRoutesTest.fieldNames(album))
                .containsExactly("id", "title", "artistId", "artist", "year", "trackCount", "coverUrl");
        assertThat(album.get("title").asText()).isEqualTo("The Dark Side of the Moon");
        assertThat(album.get("artist").asText()).isEqualTo("Pink Floyd");
        assertThat(album.get("trackCount").asInt()).isEqualTo(2);
        assertThat(album.get("year").asInt()).isEqualTo(2001);
    }

    @Test
    void anAlbum_isFoundByIdOrA404() {
        long id = money.albumId().value();

        assertThat(api.get("/api/albums/" + id).json().get("id").asLong()).isEqualTo(id);
        assertThat(api.get("/api/albums/999").status()).isEqualTo(404);
        assertThat(api.get("/api/albums/x").invalidParamNames()).containsExactly("id");
    }

    @Test
    void searchingAlbums_matchesTitleOrArtist() {
        assertThat(titles(api.get("/api/albums/search?q=bowie").json())).containsExactly("Heroes");
        assertThat(api.get("/api/albums/search").invalidParamNames()).containsExactly("q");
    }

    @Test
    void anAlbumsTracks_areListedAndAnUnknownAlbumIsA404() {
        JsonNode page = api.get("/api/albums/" + money.albumId() + "/tracks").json();

        assertThat(titles(page)).containsExactly("Money", "Time");
        assertThat(page.get("total").asLong()).isEqualTo(2);
        RunningApi.Response unknown = api.get("/api/albums/999/tracks");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("detail").asText()).isEqualTo("no album with id 999");
    }

    @Test
    void listingArtists_answersAPageOfArtists() {
        JsonNode page = api.get("/api/artists?limit=1").json();

        assertThat(page.get("total").asLong()).isEqualTo(2);
        assertThat(page.get("items")).hasSize(1);
        assertThat(TrackQueryRoutesTest.fieldNames(page.get("items").get(0))).containsExactly("id", "name");
        assertThat(page.get("items").get(0).get("name").asText()).isEqualTo("Pink Floyd");
        assertThat(page.get("nextCursor").asText()).isEqualTo("after-1");
    }

    @Test
    void anArtist_isFoundByIdOrA404() {
        assertThat(api.get("/api/artists/1").json().get("name").asText()).isEqualTo("Pink Floyd");
        assertThat(api.get("/api/artists/999").status()).isEqualTo(404);
        assertThat(api.get("/api/artists/-1").invalidParamNames()).containsExactly("id");
    }

    @Test
    void aMatchedArtist_showsItsMusicBrainzIdNamesAndGenres_alone_andNotInLists() {
        JsonNode unmatched = api.get("/api/artists/1").json();
        assertThat(TrackQueryRoutesTest.fieldNames(unmatched)).containsExactly("id", "name");
        api.enrichment.artistMatches.put(io.tonearm.domain.ArtistId.of(1), new io.tonearm.domain.enrichment.ArtistMatch(
                io.tonearm.domain.ArtistId.of(1), new io.tonearm.domain.enrichment.MusicBrainzArtist(
                        io.tonearm.domain.enrichment.MusicBrainzId.of("83d91898-7763-47d7-b03b-b92132375c47"),
                        "Pink Floyd", "Pink Floyd", java.util.List.of("progressive rock", "rock")),
                io.tonearm.domain.enrichment.MatchSource.SEARCH, FakeEnrichment.AT));

        JsonNode matched = api.get("/api/artists/1").json();

        assertThat(matched.path("musicBrainzId").asText()).isEqualTo("83d91898-7763-47d7-b03b-b92132375c47");
        assertThat(matched.path("musicBrainzName").asText()).isEqualTo("Pink Floyd");
        assertThat(matched.path("sortName").asText()).isEqualTo("Pink Floyd");
        assertThat(matched.path("genres")).extracting(JsonNode::asText).containsExactly("progressive rock", "rock");
        assertThat(TrackQueryRoutesTest.fieldNames(api.get("/api/artists").json().get("items").get(0)))
                .containsExactly("id", "name");
    }

    @Test
    void searchingArtists_matchesTheName() {
        JsonNode page = api.get("/api/artists/search?q=DAVID").json();

        assertThat(page.get("items")).hasSize(1);
        assertThat(page.get("items").get(0).get("name").asText()).isEqualTo("David Bowie");
    }

    @Test
    void anArtistsAlbums_areListedAndAnUnknownArtistIsA404() {
        JsonNode page = api.get("/api/artists/1/albums").json();

        assertThat(titles(page)).containsExactly("The Dark Side of the Moon");
        assertThat(api.get("/api/artists/999/albums").status()).isEqualTo(404);
    }

    private static List<String> titles(JsonNode page) {
        List<String> titles = new ArrayList<>();
        page.get("items").forEach(item -> titles.add(item.get("title").asText()));
        return titles;
    }
}
