package io.tonearm.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tonearm.application.users.Caller;
import io.tonearm.application.users.testing.TestUsers;
import io.tonearm.domain.Track;
import io.tonearm.domain.user.Password;
import io.tonearm.domain.user.User;
import io.tonearm.domain.user.UserName;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Subsonic's playlist methods through the running server: the fields clients read, the caller's own and the public
 * playlists, the same rights as {@code /api/playlists} (70 for another user's private playlist, 50 for changing
 * another user's public one).
 */
class SubsonicPlaylistsTest {
    private static final String AUTH = "u=" + TestUsers.USER + "&p=" + SubsonicApiTest.SUBSONIC_PASSWORD
            + "&v=1.16.1&c=test";
    private RunningApi api;
    private Track one;
    private Track two;

    @BeforeEach
    void start() {
        api = RunningApi.start();
        api.users.accounts.setSubsonicPassword(api.users.accounts.findUserByName(UserName.of(TestUsers.USER))
                .orElseThrow().id(), Password.of(SubsonicApiTest.SUBSONIC_PASSWORD));
        one = api.library.add("/music/a/one.mp3", "One", "Ann", "First");
        two = api.library.add("/music/b/two.flac", "Two", "Bob", "Second");
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private JsonNode rest(String method, String query) {
        RunningApi.Response response = api.anonymous().get("/rest/" + method + "?" + AUTH + "&f=json" + query);
        assertThat(response.status()).isEqualTo(200);
        return response.json().get("subsonic-response");
    }

    private String song(Track track) {
        return "tr-" + track.id().value();
    }

    private Caller admin() {
        User admin = api.users.accounts.findUserByName(UserName.of(TestUsers.ADMIN)).orElseThrow();
        return new Caller(admin.id(), admin.name(), true);
    }

    @Test
    void createPlaylist_answersThePlaylistWithItsEntries_asClientsReadIt() {
        JsonNode created = rest("createPlaylist", "&name=Road%20trip&songId=" + song(two) + "&songId=" + song(one)
                + "&songId=" + song(two));

        assertThat(created.get("status").asText()).isEqualTo("ok");
        JsonNode playlist = created.get("playlist");
        assertThat(playlist.get("id").asText()).startsWith("pl-");
        assertThat(playlist.get("name").asText()).isEqualTo("Road trip");
        assertThat(playlist.get("owner").asText()).isEqualTo(TestUsers.USER);
        assertThat(playlist.get("public").asBoolean()).isFalse();
        assertThat(playlist.get("songCount").asInt()).isEqualTo(3);
        assertThat(playlist.get("duration").asLong()).as("whole seconds of 3 x 215.5 s").isEqualTo(646);
        assertThat(playlist.get("created").asText()).isNotBlank();
        assertThat(playlist.get("changed").asText()).isNotBlank();
        assertThat(playlist.get("entry")).hasSize(3);
        assertThat(playlist.get("entry").findValuesAsText("title")).containsExactly("Two", "One", "Two");
        assertThat(playlist.get("entry").get(0).get("id").asText()).isEqualTo(song(two));

        JsonNode listed = rest("getPlaylists", "").get("playlists").get("playlist");
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("id").asText()).isEqualTo(playlist.get("id").asText());
        assertThat(listed.get(0).has("entry")).isFalse();
        assertThat(rest("getPlaylist", "&id=" + playlist.get("id").asText()).get("playlist").get("entry"))
                .hasSize(3);
    }

    @Test
    void getPlaylist_inXml_hasThePlaylistElementWithEntryChildren() {
        String id = rest("createPlaylist", "&name=x&songId=" + song(one)).get("playlist").get("id").asText();

        String xml = api.anonymous().get("/rest/getPlaylist?" + AUTH + "&id=" + id).body();

        assertThat(xml).contains("<playlist id=\"" + id + "\" name=\"x\"").contains("<entry id=\"" + song(one) + "\"");
    }

    @Test
    void updatePlaylist_renamesPublishesRemovesByIndexThenAdds() {
        String id = rest("createPlaylist", "&name=old&songId=" + song(one) + "&songId=" + song(two)).get("playlist")
                .get("id").asText();

        assertThat(rest("updatePlaylist", "&playlistId=" + id + "&name=new&comment=hi&public=true"
                + "&songIndexToRemove=0&songIdToAdd=" + song(one) + "&songIdToAdd=" + song(one)).get("status")
                .asText()).isEqualTo("ok");

        JsonNode playlist = rest("getPlaylist", "&id=" + id).get("playlist");
        assertThat(playlist.get("name").asText()).isEqualTo("new");
        assertThat(playlist.get("comment").asText()).isEqualTo("hi");
        assertThat(playlist.get("public").asBoolean()).isTrue();
        assertThat(playlist.get("entry").findValuesAsText("title")).containsExactly("Two", "One", "One");
    }

    @Test
    void createPlaylist_withAPlaylistId_replacesItsEntries() {
        String id = rest("createPlaylist", "&name=mix&songId=" + song(one)).get("playlist").get("id").asText();

        JsonNode replaced = rest("createPlaylist", "&playlistId=" + id + "&songId=" + song(two) + "&songId="
                + song(two)).get("playlist");

        assertThat(replaced.get("id").asText()).isEqualTo(id);
        assertThat(replaced.get("name").asText()).isEqualTo("mix");
        assertThat(replaced.get("entry").findValuesAsText("title")).containsExactly("Two", "Two");
        assertThat(rest("getPlaylists", "").get("playlists").get("playlist")).hasSize(1);
    }

    @Test
    void createPlaylist_withAPlaylistIdAndAName_renamesItAndReplacesItsEntries_orOnABadSongDoesNeither() {
        String id = rest("createPlaylist", "&name=mix&songId=" + song(one)).get("playlist").get("id").asText();

        JsonNode replaced = rest("createPlaylist", "&playlistId=" + id + "&name=road%20trip&songId=" + song(two)
                + "&songId=" + song(one)).get("playlist");

        assertThat(replaced.get("name").asText()).isEqualTo("road trip");
        assertThat(replaced.get("songCount").asInt()).isEqualTo(2);
        assertThat(replaced.get("entry").findValuesAsText("title")).containsExactly("Two", "One");
        assertThat(rest("createPlaylist", "&playlistId=" + id + "&name=other&songId=" + song(one)
                + "&songId=tr-999").at("/error/code").asInt()).isEqualTo(70);
        JsonNode stored = rest("getPlaylist", "&id=" + id).get("playlist");
        assertThat(stored.get("name").asText()).isEqualTo("road trip");
        assertThat(stored.get("entry").findValuesAsText("title")).containsExactly("Two", "One");
    }

    @Test
    void createPlaylist_replacingAnotherUsersPublicPlaylist_isRefused_andChangesNothing() {
        long shared = api.playlists.createPlaylist(admin(), "admin's shared", null, true, List.of(one.id()))
                .id().value();

        assertThat(rest("createPlaylist", "&playlistId=pl-" + shared + "&name=mine&songId=" + song(two))
                .at("/error/code").asInt()).isEqualTo(50);

        JsonNode stored = rest("getPlaylist", "&id=pl-" + shared).get("playlist");
        assertThat(stored.get("name").asText()).isEqualTo("admin's shared");
        assertThat(stored.get("entry").findValuesAsText("title")).containsExactly("One");
    }

    @Test
    void deletePlaylist_removesIt() {
        String id = rest("createPlaylist", "&name=mix").get("playlist").get("id").asText();

        assertThat(rest("deletePlaylist", "&id=" + id).get("status").asText()).isEqualTo("ok");

        assertThat(rest("getPlaylist", "&id=" + id).at("/error/code").asInt()).isEqualTo(70);
        assertThat(rest("deletePlaylist", "&id=" + id).at("/error/code").asInt()).isEqualTo(70);
        assertThat(rest("getPlaylists", "").get("playlists").get("playlist")).isEmpty();
    }

    @Test
    void anotherUsersPrivatePlaylist_isNotFound_andTheirPublicOneCannotBeChanged() {
        long hidden = api.playlists.createPlaylist(admin(), "admin's secret", null, false, List.of()).id().value();
        long shared = api.playlists.createPlaylist(admin(), "admin's shared", null, true, List.of(one.id()))
                .id().value();

        assertThat(rest("getPlaylist", "&id=pl-" + hidden).at("/error/code").asInt()).isEqualTo(70);
        assertThat(rest("updatePlaylist", "&playlistId=pl-" + hidden + "&name=x").at("/error/code").asInt())
                .isEqualTo(70);
        assertThat(rest("getPlaylists", "").get("playlists").get("playlist").findValuesAsText("name"))
                .containsExactly("admin's shared");
        assertThat(rest("getPlaylist", "&id=pl-" + shared).get("playlist").get("owner").asText())
                .isEqualTo(TestUsers.ADMIN);
        assertThat(rest("updatePlaylist", "&playlistId=pl-" + shared + "&name=x").at("/error/code").asInt())
                .isEqualTo(50);
        assertThat(rest("deletePlaylist", "&id=pl-" + shared).at("/error/code").asInt()).isEqualTo(50);
    }

    @Test
    void updatePlaylist_isOneChange_aBadIndexKeepsTheNameCommentAndFlagToo() {
        String id = rest("createPlaylist", "&name=old&songId=" + song(one)).get("playlist").get("id").asText();

        assertThat(rest("updatePlaylist", "&playlistId=" + id + "&name=new&comment=hi&public=true"
                + "&songIdToAdd=" + song(two) + "&songIndexToRemove=5").at("/error/code").asInt()).isEqualTo(0);

        JsonNode playlist = rest("getPlaylist", "&id=" + id).get("playlist");
        assertThat(playlist.get("name").asText()).isEqualTo("old");
        assertThat(playlist.has("comment")).isFalse();
        assertThat(playlist.get("public").asBoolean()).isFalse();
        assertThat(playlist.get("entry").findValuesAsText("title")).containsExactly("One");
    }

    @Test
    void getPlaylists_withAUsername_givesAnAdminThatUsersPlaylists_publicAndPrivate_andRefusesAnybodyElse() {
        rest("createPlaylist", "&name=mine&songId=" + song(one));
        api.playlists.createPlaylist(admin(), "admin's shared", null, true, List.of());
        api.playlists.createPlaylist(admin(), "admin's secret", null, false, List.of());
        String asAdmin = "u=" + TestUsers.ADMIN + "&p=" + SubsonicApiTest.ADMIN_SUBSONIC_PASSWORD
                + "&v=1.16.1&c=test&f=json";
        api.users.accounts.setSubsonicPassword(admin().id(), Password.of(SubsonicApiTest.ADMIN_SUBSONIC_PASSWORD));

        JsonNode listed = api.anonymous().get("/rest/getPlaylists?" + asAdmin + "&username=" + TestUsers.USER)
                .json().get("subsonic-response");
        assertThat(listed.get("playlists").get("playlist").findValuesAsText("name")).containsExactly("mine");
        assertThat(api.anonymous().get("/rest/getPlaylists?" + asAdmin + "&username=" + TestUsers.ADMIN).json()
                .get("subsonic-response").get("playlists").get("playlist").findValuesAsText("name"))
                .containsExactly("admin's secret", "admin's shared");
        assertThat(api.anonymous().get("/rest/getPlaylists?" + asAdmin + "&username=nobody").json()
                .at("/subsonic-response/error/code").asInt()).isEqualTo(70);

        assertThat(rest("getPlaylists", "&username=" + TestUsers.ADMIN).at("/error/code").asInt()).isEqualTo(50);
        assertThat(rest("getPlaylists", "&username=" + TestUsers.USER).get("playlists").get("playlist")
                .findValuesAsText("name")).as("their own name: their usual list").containsExactly("admin's shared",
                        "mine");
    }

    @Test
    void badInput_isAnError_andChangesNothing() {
        assertThat(rest("createPlaylist", "").at("/error/code").asInt()).isEqualTo(10);
        assertThat(rest("getPlaylist", "").at("/error/code").asInt()).isEqualTo(10);
        assertThat(rest("getPlaylist", "&id=tr-1").at("/error/code").asInt()).isEqualTo(70);
        assertThat(rest("createPlaylist", "&name=x&songId=tr-999").at("/error/code").asInt()).isEqualTo(70);
        String id = rest("createPlaylist", "&name=x&songId=" + song(one)).get("playlist").get("id").asText();
        assertThat(rest("updatePlaylist", "&playlistId=" + id + "&songIndexToRemove=5").at("/error/code").asInt())
                .isEqualTo(0);
        assertThat(rest("updatePlaylist", "&playlistId=" + id + "&songIdToAdd=tr-999").at("/error/code").asInt())
                .isEqualTo(70);
        assertThat(rest("getPlaylist", "&id=" + id).get("playlist").get("songCount").asInt()).isEqualTo(1);
    }
}
