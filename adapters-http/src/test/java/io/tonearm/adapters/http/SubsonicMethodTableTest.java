package io.tonearm.adapters.http;

import static io.tonearm.adapters.http.SubsonicApiTest.asAdmin;
import static io.tonearm.adapters.http.SubsonicApiTest.asListener;
import static io.tonearm.adapters.http.SubsonicApiTest.errorCode;
import static io.tonearm.adapters.http.SubsonicApiTest.first;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tonearm.adapters.http.subsonic.SubsonicMethodNames;
import io.tonearm.adapters.http.subsonic.SubsonicRoutes;
import io.tonearm.application.users.testing.TestUsers;
import io.tonearm.domain.NewTrack;
import io.tonearm.domain.Track;
import io.tonearm.domain.lyrics.Lyrics;
import io.tonearm.domain.user.Password;
import io.tonearm.domain.user.UserName;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;

/**
 * Every Subsonic method in one table, through the running server: its valid call in XML and JSON, by GET and by form
 * POST, answers {@code status="ok"} with the element clients read (a binary method its bytes' type instead), and its
 * errors have their codes: 10 without its required parameter, 40 for a wrong password (HTTP 200), 70 for an unknown
 * id, 50 for a plain user calling an admin method. The table must name every method the server answers, so that a
 * new method without a row fails here. A row's valid call may be made many times in any order: what a call uses up
 * (a playlist to delete, a bookmark to remove) its row makes first.
 */
class SubsonicMethodTableTest {
    private static final String UNKNOWN_SONG = "tr-999999";
    private static final String UNKNOWN_ALBUM = "al-999999";
    private static final String UNKNOWN_ARTIST = "ar-999999";
    private static final String UNKNOWN_PLAYLIST = "pl-999999";
    private static final String[] SONG_FIELDS = {"id", "parent", "isDir", "title", "album", "artist", "track",
        "discNumber", "year", "genre", "coverArt", "size", "contentType", "suffix", "duration", "bitRate", "path",
        "albumId", "artistId", "type", "created", "displayArtist"};

    private static RunningApi api;
    private static String song;
    private static String album;
    private static String artist;
    private static String playlist;

    @BeforeAll
    static void start() throws IOException {
        api = RunningApi.start();
        api.users.accounts.setSubsonicPassword(api.users.accounts.findUserByName(UserName.of(TestUsers.USER))
                .orElseThrow().id(), Password.of(SubsonicApiTest.SUBSONIC_PASSWORD));
        api.users.accounts.setSubsonicPassword(api.users.accounts.findUserByName(UserName.of(TestUsers.ADMIN))
                .orElseThrow().id(), Password.of(SubsonicApiTest.ADMIN_SUBSONIC_PASSWORD));
        // a real file and a cover beside it, for stream, download and getCoverArt
        Path directory = Files.createDirectories(Files.createTempDirectory("method-table").resolve("Band/First"));
        Path file = Files.write(directory.resolve("one.mp3"), new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
        Instant scanned = Instant.parse("2024-01-01T00:00:00Z");
        Files.setLastModifiedTime(file, FileTime.from(scanned)); // as the scan saw it, or streaming refuses it
        Files.write(directory.resolve("cover.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0});
        Track track = api.library.addTrack(new NewTrack(file.toString(), "One", List.of("Band"), "First", null, 1, 1,
                2001, "Rock", Duration.ofSeconds(200), 320, 44_100, "MP3", Files.size(file),
                scanned, null).withFolderImage(true));
        api.lyrics.put(track.path(), Lyrics.plain(List.of("one line", "another")));
        song = "tr-" + track.id().value();
        album = "al-" + track.albumId().value();
        artist = "ar-" + api.library.getAlbum(track.albumId()).orElseThrow().artistId().value();
        playlist = newPlaylist();
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    // ---- the table

    static Stream<Row> methods() {
        return Stream.of(
                // system
                row("ping", Need.USER).valid(""),
                row("getLicense", Need.USER).valid("").element("license", "valid"),
                row("getOpenSubsonicExtensions", Need.PUBLIC).valid("").element("openSubsonicExtensions", "name"),
                row("getScanStatus", Need.USER).valid("").element("scanStatus", "scanning", "count"),
                row("startScan", Need.ADMIN).valid("").element("scanStatus", "scanning", "count"),
                row("getUser", Need.USER).valid(() -> "username=" + TestUsers.USER)
                        .element("user", "username", "adminRole", "streamRole").unknown("username", "nobody"),
                row("getUsers", Need.ADMIN).valid("").element("users/user", "username", "adminRole"),
                // browsing
                row("getMusicFolders", Need.USER).valid("").element("musicFolders/musicFolder", "id", "name"),
                row("getIndexes", Need.USER).valid("").element("indexes/index/artist", "id", "name"),
                row("getArtists", Need.USER).valid("").element("artists/index/artist", "id", "name"),
                row("getArtist", Need.USER).valid(() -> "id=" + artist).element("artist", "id", "name", "albumCount")
                        .required("id").unknown("id", UNKNOWN_ARTIST),
                row("getAlbum", Need.USER).valid(() -> "id=" + album)
                        .element("album", "id", "name", "artist", "artistId", "coverArt", "songCount", "duration")
                        .required("id").unknown("id", UNKNOWN_ALBUM),
                row("getSong", Need.USER).valid(() -> "id=" + song).element("song", SONG_FIELDS)
                        .required("id").unknown("id", UNKNOWN_SONG),
                row("getMusicDirectory", Need.USER).valid(() -> "id=" + album).element("directory/child", SONG_FIELDS)
                        .required("id").unknown("id", UNKNOWN_ALBUM),
                row("getGenres", Need.USER).valid("").element("genres/genre", "songCount", "albumCount"),
                // information
                row("getArtistInfo", Need.USER).valid(() -> "id=" + artist).element("artistInfo")
                        .required("id").unknown("id", UNKNOWN_ARTIST),
                row("getArtistInfo2", Need.USER).valid(() -> "id=" + artist).element("artistInfo2")
                        .required("id").unknown("id", UNKNOWN_ARTIST),
                row("getAlbumInfo", Need.USER).valid(() -> "id=" + album).element("albumInfo")
                        .required("id").unknown("id", UNKNOWN_ALBUM),
                row("getAlbumInfo2", Need.USER).valid(() -> "id=" + album).element("albumInfo")
                        .required("id").unknown("id", UNKNOWN_ALBUM),
                row("getTopSongs", Need.USER).valid("artist=Band").element("topSongs").required("artist"),
                row("getSimilarSongs", Need.USER).valid(() -> "id=" + song).element("similarSongs")
                        .required("id").unknown("id", UNKNOWN_SONG),
                row("getSimilarSongs2", Need.USER).valid(() -> "id=" + song).element("similarSongs2")
                        .required("id").unknown("id", UNKNOWN_SONG),
                // lists
                row("getAlbumList", Need.USER).valid("type=alphabeticalByName&size=5")
                        .element("albumList/album", "id", "parent", "isDir", "title", "artist").required("type"),
                row("getAlbumList2", Need.USER).valid("type=newest&size=5")
                        .element("albumList2/album", "id", "name", "artist", "artistId", "songCount")
                        .required("type"),
                row("getRandomSongs", Need.USER).valid("size=3").element("randomSongs/song", SONG_FIELDS),
                row("getSongsByGenre", Need.USER).valid("genre=Rock").element("songsByGenre/song", SONG_FIELDS)
                        .required("genre"),
                row("getStarred", Need.USER).valid("").element("starred"),
                row("getStarred2", Need.USER).valid("").element("starred2"),
                row("getNowPlaying", Need.USER).valid(() -> nowPlaying())
                        .element("nowPlaying/entry", "username", "minutesAgo", "playerId"),
                // search
                row("search2", Need.USER).valid("query=one").element("searchResult2/song", SONG_FIELDS),
                row("search3", Need.USER).valid("query=one&artistCount=5&albumCount=5&songCount=5")
                        .element("searchResult3/song", SONG_FIELDS),
                // annotation
                row("star", Need.USER).valid(() -> "id=" + song).required("id").unknown("id", UNKNOWN_SONG),
                row("unstar", Need.USER).valid(() -> "id=" + song).required("id").unknown("id", UNKNOWN_SONG),
                row("setRating", Need.USER).valid(() -> "id=" + album + "&rating=4").required("id")
                        .unknown("id", UNKNOWN_ALBUM),
                row("scrobble", Need.USER).valid(() -> "id=" + song + "&submission=true").required("id")
                        .unknown("id", UNKNOWN_SONG),
                // media
                row("stream", Need.USER).valid(() -> "id=" + song).binary("audio/mpeg").required("id")
                        .unknown("id", UNKNOWN_SONG),
                row("download", Need.USER).valid(() -> "id=" + song).binary("audio/mpeg").required("id")
                        .unknown("id", UNKNOWN_SONG),
                row("getCoverArt", Need.USER).valid(() -> "id=" + album + "&size=300").binary("image/jpeg")
                        .required("id").unknown("id", UNKNOWN_ALBUM),
                // no user has an avatar: error 70, which apps take for "draw initials"
                row("getAvatar", Need.USER).valid(() -> "username=" + TestUsers.USER).notFound()
                        .required("username").unknown("username", "nobody"),
                // lyrics
                row("getLyricsBySongId", Need.USER).valid(() -> "id=" + song)
                        .element("lyricsList/structuredLyrics", "displayArtist", "displayTitle", "synced")
                        .required("id").unknown("id", UNKNOWN_SONG),
                row("getLyrics", Need.USER).valid("artist=Band&title=One").element("lyrics", "artist", "title"),
                // playlists
                row("getPlaylists", Need.USER).valid("")
                        .element("playlists/playlist", "id", "name", "owner", "public", "songCount", "duration",
                                "created", "changed")
                        .unknown("username", "nobody"),
                row("getPlaylist", Need.USER).valid(() -> "id=" + playlist)
                        .element("playlist", "id", "name", "owner", "songCount").required("id")
                        .unknown("id", UNKNOWN_PLAYLIST),
                row("createPlaylist", Need.USER).valid(() -> "name=Table&songId=" + song)
                        .element("playlist", "id", "name", "owner", "songCount").required("name")
                        .unknown("songId", UNKNOWN_SONG),
                row("updatePlaylist", Need.USER).valid(() -> "playlistId=" + playlist + "&comment=table")
                        .required("playlistId").unknown("playlistId", UNKNOWN_PLAYLIST),
                row("deletePlaylist", Need.USER).valid(() -> "id=" + newPlaylist()).required("id")
                        .unknown("id", UNKNOWN_PLAYLIST),
                // play queue and bookmarks
                row("getPlayQueue", Need.USER).valid(() -> savedQueue())
                        .element("playQueue", "current", "position", "username", "changed"),
                // an unknown song in a queue is error 0 naming it, as docs/subsonic.md says (the use case refuses it)
                row("savePlayQueue", Need.USER).valid(() -> "id=" + song + "&current=" + song + "&position=1000")
                        .unknown("id", UNKNOWN_SONG, 0),
                row("getBookmarks", Need.USER).valid(() -> bookmarked())
                        .element("bookmarks/bookmark", "position", "username", "created", "changed"),
                row("createBookmark", Need.USER).valid(() -> "id=" + song + "&position=1000").required("id")
                        .unknown("id", UNKNOWN_SONG),
                row("deleteBookmark", Need.USER).valid(() -> "id=" + song + "&" + bookmarked()).required("id")
                        .unknown("id", UNKNOWN_SONG));
    }

    static Stream<Row> methodsWithARequiredParameter() {
        return methods().filter(row -> row.required != null);
    }

    static Stream<Row> methodsWithAnId() {
        return methods().filter(row -> row.idParameter != null);
    }

    static Stream<Row> signedInMethods() {
        return methods().filter(row -> row.need != Need.PUBLIC);
    }

    static Stream<Row> adminMethods() {
        return methods().filter(row -> row.need == Need.ADMIN);
    }

    // ---- the checks

    @Test
    void theTable_namesEveryMethodTheServerAnswers_andNoOther() {
        List<String> names = methods().map(row -> row.method).toList();

        assertThat(names).as("one row per method").doesNotHaveDuplicates();
        assertThat(names).containsExactlyInAnyOrderElementsOf(
                SubsonicMethodNames.of(api.instance(SubsonicRoutes.class)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("methods")
    void theValidCall_inXmlAndJson_byGetAndPost_answersItsElement(Row row) throws Exception {
        for (boolean post : new boolean[] {false, true}) {
            if (row.binaryType != null) {
                HttpResponse<byte[]> answer = api.anonymous().bytes(request(row, row.credentials(), row.valid.get(),
                        post));
                assertThat(answer.statusCode()).as(row + (post ? " by POST" : " by GET")).isEqualTo(200);
                assertThat(answer.headers().firstValue("Content-Type")).as(row + ": " + new String(answer.body(),
                        java.nio.charset.StandardCharsets.UTF_8)).hasValueSatisfying(
                        type -> assertThat(type).startsWith(row.binaryType));
                assertThat(answer.body()).isNotEmpty();
                continue;
            }
            RunningApi.Response xml = call(row, row.credentials(), row.valid.get(), post);
            RunningApi.Response json = call(row, row.credentials(), row.valid.get() + "&f=json", post);
            if (row.notFound) {
                assertThat(errorCode(xml)).as(xml.body()).isEqualTo(70);
                assertThat(SubsonicApiTest.json(json).get("error").get("code").asInt()).isEqualTo(70);
                continue;
            }
            checkXml(row, xml, post);
            checkJson(row, json, post);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("methodsWithARequiredParameter")
    void withoutItsRequiredParameter_isError10(Row row) throws Exception {
        RunningApi.Response answer = call(row, row.credentials(), without(row.valid.get(), row.required), false);

        assertThat(errorCode(answer)).as(answer.body()).isEqualTo(10);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("signedInMethods")
    void aWrongPassword_isError40_withHttp200(Row row) throws Exception {
        RunningApi.Response answer = call(row, "u=" + TestUsers.USER + "&p=wrong-password&v=1.16.1&c=test",
                row.valid.get(), false);

        assertThat(errorCode(answer)).as(answer.body()).isEqualTo(40);
    }

    @Test
    void aPublicMethod_readsNoCredentials_soAWrongPasswordIsNoError() throws Exception {
        RunningApi.Response answer = api.anonymous().get("/rest/getOpenSubsonicExtensions?u=" + TestUsers.USER
                + "&p=wrong-password");

        assertThat(SubsonicApiTest.xml(answer).getAttribute("status")).isEqualTo("ok");
    }

    /** As the admin, who may call every method: a 70 is not hidden behind a 50. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("methodsWithAnId")
    void anUnknownId_isError70_unlessItsRowSaysOtherwise(Row row) throws Exception {
        String query = join(without(row.valid.get(), row.idParameter), row.idParameter + "=" + row.unknownId);

        RunningApi.Response answer = call(row, asAdmin(), query, false);

        assertThat(errorCode(answer)).as(answer.body()).isEqualTo(row.unknownCode);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("adminMethods")
    void anAdminMethod_calledByAPlainUser_isError50(Row row) throws Exception {
        RunningApi.Response answer = call(row, asListener(), row.valid.get(), false);

        assertThat(errorCode(answer)).as(answer.body()).isEqualTo(50);
    }

    private static void checkXml(Row row, RunningApi.Response response, boolean post) throws Exception {
        Element root = SubsonicApiTest.xml(response);
        assertThat(root.getAttribute("status")).as(row + (post ? " by POST " : " by GET ") + response.body())
                .isEqualTo("ok");
        if (row.element == null) {
            assertThat(root.getChildNodes().getLength()).as(response.body()).isZero();
            return;
        }
        Element element = root;
        for (String name : row.element.split("/")) {
            element = first(element, name);
        }
        for (String field : row.fields) {
            assertThat(element.hasAttribute(field)).as(row + ": " + field + " in " + response.body()).isTrue();
        }
    }

    private static void checkJson(Row row, RunningApi.Response response, boolean post) {
        JsonNode root = SubsonicApiTest.json(response);
        assertThat(root.get("status").asText()).as(row + (post ? " by POST " : " by GET ") + response.body())
                .isEqualTo("ok");
        if (row.element == null) {
            assertThat(root.fieldNames()).toIterable()
                    .containsExactlyInAnyOrder("status", "version", "type", "serverVersion", "openSubsonic");
            return;
        }
        JsonNode node = root;
        for (String name : row.element.split("/")) {
            node = node.get(name);
            assertThat(node).as(row + ": " + name + " in " + response.body()).isNotNull();
            if (node.isArray()) {
                assertThat(node).as(row + ": " + name + " in " + response.body()).isNotEmpty();
                node = node.get(0);
            }
        }
        for (String field : row.fields) {
            assertThat(node.has(field)).as(row + ": " + field + " in " + response.body()).isTrue();
        }
    }

    // ---- calls

    private static RunningApi.Response call(Row row, String credentials, String query, boolean post) {
        return api.anonymous().send(request(row, credentials, query, post));
    }

    /** By GET everything in the query string; by POST everything in a form-encoded body. */
    private static HttpRequest.Builder request(Row row, String credentials, String query, boolean post) {
        String parameters = join(credentials, query);
        if (!post) {
            return HttpRequest.newBuilder(api.uri("/rest/" + row.method + "?" + parameters)).GET();
        }
        return HttpRequest.newBuilder(api.uri("/rest/" + row.method + ".view"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(parameters));
    }

    private static String join(String... parts) {
        return Arrays.stream(parts).filter(part -> !part.isEmpty()).collect(Collectors.joining("&"));
    }

    /** @return the query without any value of the parameter */
    private static String without(String query, String parameter) {
        return Arrays.stream(query.split("&")).filter(pair -> !pair.isEmpty() && !pair.split("=", 2)[0]
                .equals(parameter)).collect(Collectors.joining("&"));
    }

    /** @return the id of a new playlist of the listener's, with the song in it */
    private static String newPlaylist() {
        RunningApi.Response created = api.anonymous().get("/rest/createPlaylist?" + asListener()
                + "&f=json&name=Table&songId=" + song);
        return SubsonicApiTest.json(created).get("playlist").get("id").asText();
    }

    /** Says the listener plays the song now; @return no parameters */
    private static String nowPlaying() {
        ok("scrobble", "id=" + song + "&submission=false");
        return "";
    }

    /** Saves the listener's queue; @return no parameters */
    private static String savedQueue() {
        ok("savePlayQueue", "id=" + song + "&current=" + song + "&position=1000");
        return "";
    }

    /** Bookmarks the song for the listener; @return a parameter that changes nothing */
    private static String bookmarked() {
        ok("createBookmark", "id=" + song + "&position=2000");
        return "c=test";
    }

    private static void ok(String method, String query) {
        RunningApi.Response answer = api.anonymous().get("/rest/" + method + "?" + asListener() + "&f=json&" + query);
        assertThat(SubsonicApiTest.json(answer).get("status").asText()).as(answer.body()).isEqualTo("ok");
    }

    // ---- rows

    /** Who may call a method. */
    enum Need { PUBLIC, USER, ADMIN }

    private static Row row(String method, Need need) {
        return new Row(method, need);
    }

    /** One method: its valid call, what answers it, and its parameters for the error calls. */
    static final class Row {
        final String method;
        final Need need;
        Supplier<String> valid = () -> "";
        /** The path of the element the answer must have ({@code a/b}: a b in an a), or null for none. */
        String element;
        List<String> fields = new ArrayList<>();
        /** The Content-Type of a binary answer, or null for a {@code subsonic-response}. */
        String binaryType;
        /** Whether the valid call is answered error 70 (nothing to find, by design). */
        boolean notFound;
        String required;
        String idParameter;
        String unknownId;
        /** The error code of a call with {@link #unknownId}. */
        int unknownCode = 70;

        Row(String method, Need need) {
            this.method = method;
            this.need = need;
        }

        Row valid(String query) {
            this.valid = () -> query;
            return this;
        }

        /** The parameters of a valid call, made anew for each call (what it uses up is made first). */
        Row valid(Supplier<String> query) {
            this.valid = query;
            return this;
        }

        Row element(String path, String... attributes) {
            this.element = path;
            this.fields = List.of(attributes);
            return this;
        }

        Row binary(String contentType) {
            this.binaryType = contentType;
            return this;
        }

        Row notFound() {
            this.notFound = true;
            return this;
        }

        Row required(String parameter) {
            this.required = parameter;
            return this;
        }

        Row unknown(String parameter, String value) {
            return unknown(parameter, value, 70);
        }

        Row unknown(String parameter, String value, int code) {
            this.idParameter = parameter;
            this.unknownId = value;
            this.unknownCode = code;
            return this;
        }

        /** The admin for an admin method, else the plain user. */
        String credentials() {
            return need == Need.ADMIN ? asAdmin() : asListener();
        }

        @Override
        public String toString() {
            return method;
        }
    }
}
