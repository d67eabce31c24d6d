package io.tonearm.adapters.http;

import static io.tonearm.adapters.http.SubsonicApiTest.asListener;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tonearm.domain.ArtistId;
import io.tonearm.domain.MusicBrainzIds;
import io.tonearm.domain.enrichment.AlbumMatch;
import io.tonearm.domain.enrichment.ArtistCredit;
import io.tonearm.domain.enrichment.ArtistMatch;
import io.tonearm.domain.enrichment.MatchSource;
import io.tonearm.domain.enrichment.MusicBrainzArtist;
import io.tonearm.domain.enrichment.MusicBrainzId;
import io.tonearm.domain.enrichment.Release;
import io.tonearm.domain.NewTrack;
import io.tonearm.domain.Track;
import io.tonearm.domain.user.Password;
import io.tonearm.domain.user.UserName;
import io.tonearm.application.users.testing.TestUsers;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Element;

/**
 * Subsonic's info methods through the running server: getArtistInfo(2), getAlbumInfo(2), getTopSongs and
 * getSimilarSongs(2), in XML and JSON, GET and POST, with their error codes.
 */
class SubsonicInfoTest {
    private static final String ARTIST_MBID = "a74b1b7f-71a5-4011-9441-d0b5e4122711";
    private static final String RELEASE_MBID = "b84ee12a-09ef-421b-82de-0441a926375b";
    private static RunningApi api;
    private Track tagged;
    private Track plain;
    private Track other;

    @BeforeAll
    static void start() {
        api = RunningApi.start();
        api.users.accounts.setSubsonicPassword(api.users.accounts.findUserByName(UserName.of(TestUsers.USER))
                .orElseThrow().id(), Password.of(SubsonicApiTest.SUBSONIC_PASSWORD));
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @BeforeEach
    void catalog() {
        api.library.reset();
        api.enrichment.matches.clear();
        api.enrichment.artistMatches.clear();
        tagged = api.library.addTrack(new NewTrack("/music/radiohead/ok/airbag.mp3", "Airbag", List.of("Radiohead"),
                "OK Computer", "Radiohead", 1, 1, 1997, "Rock", Duration.ofSeconds(284), 320, 44_100, "MP3", 1_000L,
                Instant.parse("2024-01-01T00:00:00Z"), new MusicBrainzIds(null, RELEASE_MBID, ARTIST_MBID), false,
                true));
        plain = api.library.add("/music/radiohead/ok/lucky.mp3", "Lucky", "Radiohead", "OK Computer");
        other = api.library.add("/music/bjork/post/army.mp3", "Army of Me", "Björk", "Post");
    }

    private static RunningApi.Response rest(String method, String query) {
        return api.anonymous().get("/rest/" + method + "?" + asListener() + query);
    }

    private static JsonNode json(String method, String query) {
        return SubsonicApiTest.json(rest(method, query + "&f=json"));
    }

    private String artistId(Track track) {
        return "ar-" + api.library.getAlbum(track.albumId()).orElseThrow().artistId().value();
    }

    private String albumId(Track track) {
        return "al-" + track.albumId().value();
    }

    @Test
    void artistInfo2_inJson_hasTheMusicBrainzIdFromTheCatalog_coverUrls_andNoSimilarArtists() {
        JsonNode info = json("getArtistInfo2", "&id=" + artistId(tagged)).get("artistInfo2");

        assertThat(info.get("biography").asText()).isEmpty();
        assertThat(info.get("musicBrainzId").asText()).isEqualTo(ARTIST_MBID);
        assertThat(info.get("smallImageUrl").asText()).endsWith("/rest/getCoverArt?id=" + artistId(tagged)
                + "&size=150").startsWith("http://127.0.0.1:");
        assertThat(info.get("mediumImageUrl").asText()).endsWith("&size=300");
        assertThat(info.get("largeImageUrl").asText()).endsWith("&size=600");
        assertThat(info.get("similarArtist").isArray()).isTrue();
        assertThat(info.get("similarArtist")).isEmpty();
    }

    @Test
    void artistInfo_inXml_isTheSameUnderItsOwnName_andAnArtistWithoutIdOrCover_hasNeither() throws Exception {
        Element root = SubsonicApiTest.xml(rest("getArtistInfo", "&id=" + artistId(tagged)));
        Element info = SubsonicApiTest.first(root, "artistInfo");
        assertThat(SubsonicApiTest.first(info, "musicBrainzId").getTextContent()).isEqualTo(ARTIST_MBID);
        assertThat(SubsonicApiTest.first(info, "biography").getTextContent()).isEmpty();

        JsonNode bare = json("getArtistInfo", "&id=" + artistId(other)).get("artistInfo");
        assertThat(bare.has("musicBrainzId")).isFalse();
        assertThat(bare.has("smallImageUrl")).as("Björk's album has no cover").isFalse();
    }

    @Test
    void enrichmentsMatches_giveTheMusicBrainzIds_overTheTags() {
        String matchedArtist = "0383dadf-2a4e-4d10-a46a-e9e041da8eb3";
        String matchedRelease = "5f9e6f73-6f09-4b5e-a0d5-1d5b4f8a3e21";
        ArtistId artist = api.library.getAlbum(tagged.albumId()).orElseThrow().artistId();
        api.enrichment.artistMatches.put(artist, new ArtistMatch(artist, new MusicBrainzArtist(
                MusicBrainzId.of(matchedArtist), "Radiohead", "Radiohead", List.of("rock")), MatchSource.SEARCH,
                Instant.parse("2026-01-01T00:00:00Z")));
        api.enrichment.matches.put(other.albumId(), new AlbumMatch(other.albumId(), new Release(
                MusicBrainzId.of(matchedRelease), "Post", List.of(new ArtistCredit(MusicBrainzId.of(matchedArtist),
                "Björk")), "1995-06-13", "One Little Indian", 1, List.of("electronic")), MatchSource.SEARCH,
                Instant.parse("2026-01-01T00:00:00Z")));

        assertThat(json("getArtistInfo2", "&id=" + artistId(tagged)).get("artistInfo2").get("musicBrainzId").asText())
                .isEqualTo(matchedArtist);
        assertThat(json("getAlbumInfo2", "&id=" + albumId(other)).get("albumInfo").get("musicBrainzId").asText())
                .isEqualTo(matchedRelease);
    }

    @Test
    void albumInfo_andAlbumInfo2_answerAlbumInfo_withTheReleaseIdAndCoverUrls() {
        for (String method : List.of("getAlbumInfo", "getAlbumInfo2")) {
            JsonNode info = json(method, "&id=" + albumId(plain)).get("albumInfo");
            assertThat(info.get("notes").asText()).isEmpty();
            assertThat(info.get("musicBrainzId").asText()).as(method).isEqualTo(RELEASE_MBID);
            assertThat(info.get("largeImageUrl").asText()).endsWith("getCoverArt?id=" + albumId(plain) + "&size=600");
        }
        JsonNode bare = json("getAlbumInfo2", "&id=" + albumId(other)).get("albumInfo");
        assertThat(bare.has("musicBrainzId")).isFalse();
        assertThat(bare.has("smallImageUrl")).isFalse();
    }

    @Test
    void topSongs_areTheArtistsSongs_theMostPlayedOnTheServerFirst_atMostCount() {
        Instant now = Instant.now();
        api.library.recordTrackPlay(plain.id(), now);
        api.library.recordTrackPlay(plain.id(), now);
        api.library.recordTrackPlay(tagged.id(), now);
        api.library.recordTrackPlay(other.id(), now);
        api.library.recordTrackPlay(other.id(), now);
        api.library.recordTrackPlay(other.id(), now);

        JsonNode top = json("getTopSongs", "&artist=radiohead").get("topSongs").get("song");
        assertThat(top.findValuesAsText("title")).containsExactly("Lucky", "Airbag");
        assertThat(json("getTopSongs", "&artist=Radiohead&count=1").get("topSongs").get("song")
                .findValuesAsText("title")).containsExactly("Lucky");
        assertThat(json("getTopSongs", "&artist=Nobody").get("topSongs").get("song")).isEmpty();
    }

    @Test
    void similarSongs_areEmptyLists_forASongAnAlbumOrAnArtist() throws Exception {
        for (String id : List.of("tr-" + plain.id().value(), albumId(plain), artistId(plain))) {
            JsonNode similar = json("getSimilarSongs2", "&id=" + id).get("similarSongs2");
            assertThat(similar.get("song").isArray()).as(id).isTrue();
            assertThat(similar.get("song")).isEmpty();
        }
        Element root = SubsonicApiTest.xml(rest("getSimilarSongs", "&id=tr-" + plain.id().value()));
        assertThat(root.getAttribute("status")).isEqualTo("ok");
        assertThat(root.getElementsByTagName("similarSongs").getLength()).isEqualTo(1);
    }

    @Test
    void aFormPost_isAnsweredAsAGet() {
        RunningApi.Response response = api.anonymous().send(HttpRequest.newBuilder(api.uri("/rest/getAlbumInfo2"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(asListener() + "&f=json&id=" + albumId(tagged))));

        assertThat(SubsonicApiTest.json(response).get("albumInfo").get("musicBrainzId").asText())
                .isEqualTo(RELEASE_MBID);
    }

    @ParameterizedTest(name = "{0}{1} -> {2}")
    @CsvSource({
            "getArtistInfo2, '', 10",
            "getArtistInfo2, &id=ar-999999, 70",
            "getArtistInfo2, &id=al-1, 70",
            "getArtistInfo, &id=ar-999999, 70",
            "getAlbumInfo2, '', 10",
            "getAlbumInfo2, &id=al-999999, 70",
            "getAlbumInfo, &id=tr-1, 70",
            "getTopSongs, '', 10",
            "getTopSongs, &artist=x&count=abc, 0",
            "getSimilarSongs2, '', 10",
            "getSimilarSongs2, &id=tr-999999, 70",
            "getSimilarSongs2, &id=al-999999, 70",
            "getSimilarSongs, &id=ar-999999, 70",
            "getSimilarSongs, &id=nonsense, 70",
    })
    void badCalls_areAnsweredWithTheirErrorCode(String method, String query, int code) throws Exception {
        assertThat(SubsonicApiTest.errorCode(rest(method, query))).isEqualTo(code);
    }

    @Test
    void withoutCredentials_everyInfoMethodIsRefused() throws Exception {
        for (String method : List.of("getArtistInfo2", "getAlbumInfo2", "getTopSongs", "getSimilarSongs2")) {
            assertThat(SubsonicApiTest.errorCode(api.anonymous().get("/rest/" + method + "?u=" + TestUsers.USER
                    + "&p=wrong&v=1.16.1&c=test&id=ar-1&artist=x"))).as(method).isEqualTo(40);
        }
    }
}
