package io.tonearm.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tonearm.adapters.http.auth.AuthSettings;
import io.tonearm.application.users.IssuedToken;
import io.tonearm.application.users.testing.TestUsers;
import io.tonearm.domain.ReplayGain;
import io.tonearm.domain.Track;
import io.tonearm.domain.user.Password;
import io.tonearm.domain.user.TokenName;
import io.tonearm.domain.user.User;
import io.tonearm.domain.user.UserName;
import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The Subsonic API through the running server: every way of signing in and every error code, the envelope in XML,
 * JSON and jsonp, GET and form POST, and the browsing methods with the fields clients read.
 */
class SubsonicApiTest {
    static final String SUBSONIC_PASSWORD = "listener-subsonic";
    static final String ADMIN_SUBSONIC_PASSWORD = "admin-subsonic-pw";

    private static RunningApi api;
    private static User listener;

    @BeforeAll
    static void start() {
        api = RunningApi.start();
        listener = api.users.accounts.findUserByName(UserName.of(TestUsers.USER)).orElseThrow();
        api.users.accounts.setSubsonicPassword(listener.id(), Password.of(SUBSONIC_PASSWORD));
        User admin = api.users.accounts.findUserByName(UserName.of(TestUsers.ADMIN)).orElseThrow();
        api.users.accounts.setSubsonicPassword(admin.id(), Password.of(ADMIN_SUBSONIC_PASSWORD));
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @BeforeEach
    void reset() {
        api.library.reset();
    }

    // ---- helpers

    static String md5(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** As the listener with u and p, version 1.16.1, client "test". */
    static String asListener() {
        return "u=" + TestUsers.USER + "&p=" + SUBSONIC_PASSWORD + "&v=1.16.1&c=test";
    }

    static String asAdmin() {
        return "u=" + TestUsers.ADMIN + "&p=" + ADMIN_SUBSONIC_PASSWORD + "&v=1.16.1&c=test";
    }

    private static RunningApi.Response rest(String method, String query) {
        return api.anonymous().get("/rest/" + method + "?" + query);
    }

    static Element xml(RunningApi.Response response) throws Exception {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("text/xml");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
        Element root = document.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("subsonic-response");
        assertThat(root.getNamespaceURI()).isEqualTo("http://subsonic.org/restapi");
        return root;
    }

    static JsonNode json(RunningApi.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/json");
        return response.json().get("subsonic-response");
    }

    /** @return the error code of a failed XML answer */
    static int errorCode(RunningApi.Response response) throws Exception {
        Element root = xml(response);
        assertThat(root.getAttribute("status")).as(response.body()).isEqualTo("failed");
        Element error = (Element) root.getElementsByTagName("error").item(0);
        assertThat(error.getAttribute("message")).isNotBlank();
        return Integer.parseInt(error.getAttribute("code"));
    }

    static Element first(Element parent, String tag) {
        NodeList list = parent.getElementsByTagName(tag);
        assertThat(list.getLength()).as("<" + tag + "> in " + parent.getTagName()).isPositive();
        return (Element) list.item(0);
    }

    /** A track whose directory holds a cover image, as a scan found. */
    private Track song(String title, String artist, String album) {
        return api.library.addWithCover(Path.of(System.getProperty("java.io.tmpdir"), "Music", artist, album,
                title + ".mp3").toString(), title, artist, album);
    }

    // ---- the envelope and signing in

    @Test
    void ping_withUserAndPassword_answersTheEnvelopeInXml() throws Exception {
        Element root = xml(rest("ping", asListener()));

        assertThat(root.getAttribute("status")).isEqualTo("ok");
        assertThat(root.getAttribute("version")).isEqualTo("1.16.1");
        assertThat(root.getAttribute("type")).isEqualTo("tonearm");
        assertThat(root.getAttribute("serverVersion")).isNotBlank();
        assertThat(root.getAttribute("openSubsonic")).isEqualTo("true");
    }

    @Test
    void theEnvelope_inJson_hasTypedFields_andJsonpWrapsItInTheCallback() {
        JsonNode response = json(rest("ping", asListener() + "&f=json"));
        assertThat(response.get("status").asText()).isEqualTo("ok");
        assertThat(response.get("version").asText()).isEqualTo("1.16.1");
        assertThat(response.get("type").asText()).isEqualTo("tonearm");
        assertThat(response.get("openSubsonic").isBoolean()).isTrue();

        RunningApi.Response jsonp = rest("ping", asListener() + "&f=jsonp&callback=app.cb_1");
        assertThat(jsonp.contentType()).startsWith("application/javascript");
        assertThat(jsonp.body()).startsWith("app.cb_1({\"subsonic-response\":{").endsWith("});");

        RunningApi.Response script = rest("ping", asListener() + "&f=jsonp&callback=" + enc("alert(1)//"));
        assertThat(script.contentType()).as("a callback that is not a name gets XML").startsWith("text/xml");
    }

    @Test
    void theDotViewPath_andAFormPost_areTheSameMethod() throws Exception {
        assertThat(xml(rest("ping.view", asListener())).getAttribute("status")).isEqualTo("ok");

        RunningApi.Response posted = api.anonymous().send(HttpRequest.newBuilder(api.uri("/rest/ping.view?f=json"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(asListener())));
        assertThat(json(posted).get("status").asText()).isEqualTo("ok");
    }

    @Test
    void encodedPassword_andSaltedToken_signIn() throws Exception {
        String hex = HexFormat.of().formatHex(SUBSONIC_PASSWORD.getBytes(StandardCharsets.UTF_8));
        assertThat(xml(rest("ping", "u=" + TestUsers.USER + "&p=enc:" + hex + "&v=1.16.1&c=t"))
                .getAttribute("status")).isEqualTo("ok");

        String salt = "a1b2c3";
        assertThat(xml(rest("ping", "u=" + TestUsers.USER + "&t=" + md5(SUBSONIC_PASSWORD + salt) + "&s=" + salt
                + "&v=1.16.1&c=t")).getAttribute("status")).isEqualTo("ok");
    }

    @Test
    void theApiKey_signsInWithAnApiToken() throws Exception {
        IssuedToken token = api.users.accounts.issueToken(listener.id(), TokenName.of("subsonic-app"), null);

        assertThat(xml(rest("ping", "apiKey=" + token.secret() + "&v=1.16.1&c=t")).getAttribute("status"))
                .isEqualTo("ok");
    }

    @Test
    void everyAuthenticationError_hasItsCode() throws Exception {
        IssuedToken token = api.users.accounts.issueToken(listener.id(), TokenName.of("conflict"), null);
        String salt = "s4lt";

        assertThat(errorCode(rest("ping", "v=1.16.1&c=t"))).as("no credentials").isEqualTo(10);
        assertThat(errorCode(rest("ping", "u=" + TestUsers.USER + "&t=abc&v=1.16.1"))).as("t without s")
                .isEqualTo(10);
        assertThat(errorCode(rest("ping", "u=" + TestUsers.USER + "&p=wrong-password"))).isEqualTo(40);
        assertThat(errorCode(rest("ping", "u=" + TestUsers.USER + "&p=" + TestUsers.USER_PASSWORD)))
                .as("the login password is not the Subsonic password").isEqualTo(40);
        assertThat(errorCode(rest("ping", "u=nobody&p=" + SUBSONIC_PASSWORD))).isEqualTo(40);
        assertThat(errorCode(rest("ping", "u=" + TestUsers.USER + "&t=" + md5("wrong" + salt) + "&s=" + salt)))
                .isEqualTo(40);
        assertThat(errorCode(rest("ping", "u=" + TestUsers.USER + "&p=enc:zz"))).isEqualTo(40);
        assertThat(errorCode(api.get("/rest/ping?v=1.16.1"))).as("an Authorization header alone").isEqualTo(42);
        assertThat(errorCode(rest("ping", "apiKey=" + token.secret() + "&u=" + TestUsers.USER))).isEqualTo(43);
        assertThat(errorCode(rest("ping", "apiKey=tnrm_" + "x".repeat(43)))).isEqualTo(44);
    }

    @Test
    void aUserWithoutASubsonicPassword_getsError41_untilTheySetOne() throws Exception {
        User newcomer = api.users.accounts.addUser(UserName.of("newcomer"), Password.of("newcomer-password"), false);
        String salt = "abcdef";
        String token = md5("newcomer-subsonic" + salt);

        RunningApi.Response refused = rest("ping", "u=newcomer&t=" + token + "&s=" + salt);
        assertThat(errorCode(refused)).isEqualTo(41);
        assertThat(xml(refused).getElementsByTagName("error").item(0).getAttributes().getNamedItem("message")
                .getNodeValue()).contains("PUT /api/users/me/subsonic-password");

        RunningApi.Response set = api.as("newcomer", "newcomer-password").send("PUT",
                "/api/users/me/subsonic-password", "{\"password\":\"newcomer-subsonic\"}");
        assertThat(set.status()).isEqualTo(204);
        assertThat(xml(rest("ping", "u=newcomer&t=" + token + "&s=" + salt)).getAttribute("status")).isEqualTo("ok");
        api.users.accounts.deleteUser(newcomer.id());
    }

    @Test
    void aGeneratedSubsonicPassword_isAnsweredOnce_andSignsIn() throws Exception {
        User phone = api.users.accounts.addUser(UserName.of("phone"), Password.of("phone-password"), false);

        RunningApi.Response generated = api.as("phone", "phone-password").send(HttpRequest.newBuilder(
                api.uri("/api/users/me/subsonic-password")).PUT(HttpRequest.BodyPublishers.noBody()));

        assertThat(generated.status()).isEqualTo(200);
        assertThat(generated.header("Cache-Control")).isEqualTo("no-store");
        String password = generated.json().get("password").asText();
        assertThat(password).hasSize(24).matches("[A-Za-z0-9]+");
        assertThat(generated.json().get("user").asText()).isEqualTo("phone");
        assertThat(xml(rest("ping", "u=phone&p=" + password)).getAttribute("status")).isEqualTo("ok");
        api.users.accounts.deleteUser(phone.id());
    }

    @Test
    void aSubsonicPasswordTooShort_isA400NamingIt() {
        RunningApi.Response refused = api.asUser().send("PUT", "/api/users/me/subsonic-password",
                "{\"password\":\"short\"}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.invalidParamNames()).containsExactly("password");
    }

    @Test
    void tooManyFailures_areError40_withRetryAfter() throws Exception {
        try (RunningApi limited = RunningApi.start(new AuthSettings(Duration.ofMinutes(2), 100, 2,
                Duration.ofMinutes(10)))) {
            limited.users.accounts.setSubsonicPassword(limited.users.accounts.findUserByName(
                    UserName.of(TestUsers.USER)).orElseThrow().id(), Password.of(SUBSONIC_PASSWORD));
            String wrong = "/rest/ping?u=" + TestUsers.USER + "&p=wrong-password";
            errorCode(limited.anonymous().get(wrong));
            errorCode(limited.anonymous().get(wrong));

            RunningApi.Response refused = limited.anonymous().get("/rest/ping?" + asListener());

            assertThat(errorCode(refused)).isEqualTo(40);
            assertThat(refused.body()).contains("too many failed sign-ins");
            assertThat(refused.header("Retry-After")).isNotNull();
        }
    }

    @Test
    void otherMajorVersions_areRefused_withTheirCodes() throws Exception {
        assertThat(errorCode(rest("ping", "u=" + TestUsers.USER + "&p=" + SUBSONIC_PASSWORD + "&v=2.0.0")))
                .isEqualTo(30);
        assertThat(errorCode(rest("ping", "u=" + TestUsers.USER + "&p=" + SUBSONIC_PASSWORD + "&v=0.9")))
                .isEqualTo(20);
        assertThat(errorCode(rest("ping", "u=" + TestUsers.USER + "&p=" + SUBSONIC_PASSWORD + "&v=one")))
                .isEqualTo(0);
    }

    @Test
    void anAdminMethod_isError50_forAPlainUser_andStartsAScanForAnAdmin() throws Exception {
        assertThat(errorCode(rest("startScan", asListener()))).isEqualTo(50);

        Element status = first(xml(rest("startScan", asAdmin())), "scanStatus");
        assertThat(status.getAttribute("scanning")).isIn("true", "false");
        assertThat(first(xml(rest("getScanStatus", asListener())), "scanStatus").hasAttribute("count")).isTrue();
    }

    @Test
    void anUnknownMethod_orId_isError70_neverAnHtmlPage() throws Exception {
        assertThat(errorCode(rest("noSuchMethod", asListener()))).isEqualTo(70);
        assertThat(errorCode(rest("getSong", asListener() + "&id=tr-999"))).isEqualTo(70);
        assertThat(errorCode(rest("getSong", asListener() + "&id=al-1"))).isEqualTo(70);
        assertThat(errorCode(rest("getAlbum", asListener() + "&id=not-an-id"))).isEqualTo(70);
        assertThat(errorCode(rest("getSong", asListener()))).as("id missing").isEqualTo(10);
    }

    @Test
    void theOpenSubsonicExtensions_arePublic_andListedAsAnArray() {
        JsonNode response = json(rest("getOpenSubsonicExtensions", "f=json"));

        assertThat(response.get("status").asText()).isEqualTo("ok");
        JsonNode extensions = response.get("openSubsonicExtensions");
        assertThat(extensions.isArray()).isTrue();
        assertThat(extensions.findValuesAsText("name")).containsExactly("apiKeyAuthentication", "formPost",
                "songLyrics", "transcodeOffset");
        assertThat(extensions.get(0).get("versions").get(0).asInt()).isEqualTo(1);
    }

    @Test
    void getUser_answersTheCallersRoles_andOthersOnlyToAnAdmin() throws Exception {
        Element user = first(xml(rest("getUser", asListener() + "&username=" + TestUsers.USER)), "user");
        assertThat(user.getAttribute("username")).isEqualTo(TestUsers.USER);
        assertThat(user.getAttribute("adminRole")).isEqualTo("false");
        assertThat(user.getAttribute("streamRole")).isEqualTo("true");

        assertThat(errorCode(rest("getUser", asListener() + "&username=" + TestUsers.ADMIN))).isEqualTo(50);
        assertThat(first(xml(rest("getUser", asAdmin() + "&username=" + TestUsers.USER)), "user")
                .getAttribute("username")).isEqualTo(TestUsers.USER);
        assertThat(errorCode(rest("getUser", asAdmin() + "&username=nobody"))).isEqualTo(70);
    }

    // ---- browsing

    @Test
    void getSong_inXml_hasTheFieldsClientsRead_andEscapesSpecialCharacters() throws Exception {
        Track track = song("Rock & Roll <\"Live\"> 'n'", "AC/DC", "Highway");
        String id = "tr-" + track.id().value();

        Element song = first(xml(rest("getSong", asListener() + "&id=" + id)), "song");

        assertThat(song.getAttribute("id")).isEqualTo(id);
        assertThat(song.getAttribute("title")).isEqualTo("Rock & Roll <\"Live\"> 'n'");
        assertThat(song.getAttribute("parent")).isEqualTo("al-" + track.albumId().value());
        assertThat(song.getAttribute("albumId")).isEqualTo("al-" + track.albumId().value());
        assertThat(song.getAttribute("artistId")).startsWith("ar-");
        assertThat(song.getAttribute("album")).isEqualTo("Highway");
        assertThat(song.getAttribute("artist")).isEqualTo("AC/DC");
        assertThat(song.getAttribute("track")).isEqualTo("1");
        assertThat(song.getAttribute("year")).isEqualTo("2001");
        assertThat(song.getAttribute("genre")).isEqualTo("Rock");
        assertThat(song.getAttribute("coverArt")).isEqualTo("al-" + track.albumId().value());
        assertThat(song.getAttribute("size")).isEqualTo("5000000");
        assertThat(song.getAttribute("contentType")).isEqualTo("audio/mpeg");
        assertThat(song.getAttribute("suffix")).isEqualTo("mp3");
        assertThat(song.getAttribute("duration")).isEqualTo("216");
        assertThat(song.getAttribute("bitRate")).isEqualTo("320");
        assertThat(song.getAttribute("path")).isEqualTo("Music/AC/DC/Highway/Rock & Roll <\"Live\"> 'n'.mp3");
        assertThat(song.getAttribute("type")).isEqualTo("music");
        assertThat(song.getAttribute("isDir")).isEqualTo("false");
    }

    @Test
    void aSong_listsItsArtistsTheCatalogHas_withTheirIds() {
        Track guestsOwn = api.library.addTrack(new io.tonearm.domain.NewTrack("/music/guest/own/1.mp3", "Own",
                java.util.List.of("Guest Star"), "Own", "Guest Star", 1, 1, 2001, "Rock", java.time.Duration.ofSeconds(200), 320,
                44_100, "MP3", 1_000L, java.time.Instant.parse("2024-01-01T00:00:00Z"), null));
        Track duet = api.library.addTrack(new io.tonearm.domain.NewTrack("/music/singer/duets/1.mp3", "Duet",
                java.util.List.of("Singer", "Guest Star", "Nobody Listed"), "Duets", "Singer", 1, 1, 2001, "Rock",
                java.time.Duration.ofSeconds(200), 320, 44_100, "MP3", 1_000L,
                java.time.Instant.parse("2024-01-01T00:00:00Z"), null));

        JsonNode artists = json(rest("getSong", asListener() + "&f=json&id=tr-" + duet.id().value()))
                .get("song").get("artists");

        String singer = "ar-" + api.library.getAlbum(duet.albumId()).orElseThrow().artistId().value();
        String guest = "ar-" + api.library.getAlbum(guestsOwn.albumId()).orElseThrow().artistId().value();
        assertThat(artists).hasSize(3);
        assertThat(artists.get(0).toString()).isEqualTo("{\"id\":\"" + singer + "\",\"name\":\"Singer\"}");
        assertThat(artists.get(1).toString()).isEqualTo("{\"id\":\"" + guest + "\",\"name\":\"Guest Star\"}");
        assertThat(artists.get(2).get("name").asText()).isEqualTo("Nobody Listed");
        assertThat(artists.get(2).get("id").asText()).startsWith("ar-").isNotIn(singer, guest);
    }

    @Test
    void aSongTaggedWithReplayGain_hasOpenSubsonicsReplayGain_withTheKnownValues_inXmlAndJson() throws Exception {
        Track track = api.library.addWithReplayGain("/music/loud/1.flac", "Loud", "Loud Band", "Loud Album",
                new ReplayGain(-6.54, 0.988547, -7.2, null));
        String query = asListener() + "&id=tr-" + track.id().value();

        Element gain = first(first(xml(rest("getSong", query)), "song"), "replayGain");
        JsonNode json = json(rest("getSong", query + "&f=json")).get("song").get("replayGain");

        assertThat(gain.getAttribute("trackGain")).isEqualTo("-6.54");
        assertThat(gain.getAttribute("albumGain")).isEqualTo("-7.2");
        assertThat(gain.getAttribute("trackPeak")).isEqualTo("0.988547");
        assertThat(gain.hasAttribute("albumPeak")).as("not in the file").isFalse();
        assertThat(json.toString()).isEqualTo("{\"trackGain\":-6.54,\"albumGain\":-7.2,\"trackPeak\":0.988547}");
    }

    @Test
    void aSongWithoutReplayGain_hasNoReplayGain_inXmlOrJson() throws Exception {
        Track track = song("Quiet", "Quiet Band", "Quiet Album");
        String query = asListener() + "&id=tr-" + track.id().value();

        Element song = first(xml(rest("getSong", query)), "song");
        JsonNode json = json(rest("getSong", query + "&f=json")).get("song");

        assertThat(song.getElementsByTagName("replayGain").getLength()).isZero();
        assertThat(json.has("replayGain")).isFalse();
        assertThat(json.get("title").asText()).isEqualTo("Quiet");
    }

    @Test
    void aSongAndAnAlbumWithoutCover_sayNoCoverArt_soThatAppsDoNotAskForIt() throws Exception {
        Track track = api.library.add(Path.of(System.getProperty("java.io.tmpdir"), "Music", "Bare", "Plain",
                "Bare.mp3").toString(), "Bare", "Bare", "Plain");

        Element song = first(xml(rest("getSong", asListener() + "&id=tr-" + track.id().value())), "song");
        JsonNode album = json(rest("getAlbum", asListener() + "&f=json&id=al-" + track.albumId().value()))
                .get("album");

        assertThat(song.hasAttribute("coverArt")).isFalse();
        assertThat(album.has("coverArt")).isFalse();
        assertThat(album.get("name").asText()).isEqualTo("Plain");
    }

    @Test
    void getAlbum_inJson_listsItsSongsAsAnArray_withTypedNumbers() {
        Track first = song("One", "Band", "Record");
        song("Two", "Band", "Record");
        String albumId = "al-" + first.albumId().value();

        JsonNode album = json(rest("getAlbum", asListener() + "&f=json&id=" + albumId)).get("album");

        assertThat(album.get("id").asText()).isEqualTo(albumId);
        assertThat(album.get("name").asText()).isEqualTo("Record");
        assertThat(album.get("artist").asText()).isEqualTo("Band");
        assertThat(album.get("artistId").asText()).startsWith("ar-");
        assertThat(album.get("coverArt").asText()).isEqualTo(albumId);
        assertThat(album.get("songCount").asInt()).isEqualTo(2);
        assertThat(album.get("duration").asInt()).isEqualTo(432);
        JsonNode songs = album.get("song");
        assertThat(songs.isArray()).isTrue();
        assertThat(songs.findValuesAsText("title")).containsExactly("One", "Two");
        JsonNode song = songs.get(0);
        assertThat(song.get("id").asText()).isEqualTo("tr-" + first.id().value());
        assertThat(song.get("parent").asText()).isEqualTo(albumId);
        assertThat(song.get("size").isNumber()).isTrue();
        assertThat(song.get("duration").isInt()).isTrue();
        assertThat(song.get("bitRate").asInt()).isEqualTo(320);
        assertThat(song.get("year").asInt()).isEqualTo(2001);
        assertThat(song.get("isDir").isBoolean()).isTrue();
        for (String field : new String[] {"title", "album", "artist", "track", "genre", "coverArt", "contentType",
                "suffix", "path", "albumId", "artistId", "type"}) {
            assertThat(song.has(field)).as(field).isTrue();
        }
    }

    @Test
    void getArtists_indexesByFirstLetter_ignoringArticles_andGetArtistListsTheirAlbums() throws Exception {
        song("Help", "The Beatles", "Help!");
        song("Abbey", "ABBA", "Gold");
        song("Go", "2Pac", "Me");
        JsonNode artists = json(rest("getArtists", asListener() + "&f=json")).get("artists");

        assertThat(artists.get("ignoredArticles").asText()).contains("The");
        assertThat(artists.get("index").findValuesAsText("name")).contains("A", "B", "#");
        JsonNode b = artists.get("index").findParents("name").stream()
                .filter(index -> index.get("name").asText().equals("B")).findFirst().orElseThrow();
        assertThat(b.get("artist").get(0).get("name").asText()).isEqualTo("The Beatles");
        String beatles = b.get("artist").get(0).get("id").asText();

        JsonNode artist = json(rest("getArtist", asListener() + "&f=json&id=" + beatles)).get("artist");
        assertThat(artist.get("name").asText()).isEqualTo("The Beatles");
        assertThat(artist.get("albumCount").asInt()).isEqualTo(1);
        assertThat(artist.get("album").get(0).get("name").asText()).isEqualTo("Help!");

        Element indexes = first(xml(rest("getIndexes", asListener())), "indexes");
        assertThat(indexes.getElementsByTagName("artist").getLength()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void getMusicDirectory_walksFromAnArtistToItsAlbumsToTheirSongs() throws Exception {
        Track track = song("Song", "Walker", "Walk");
        String album = "al-" + track.albumId().value();
        String artist = json(rest("getAlbum", asListener() + "&f=json&id=" + album)).get("album").get("artistId")
                .asText();

        Element artistDirectory = first(xml(rest("getMusicDirectory", asListener() + "&id=" + artist)),
                "directory");
        assertThat(artistDirectory.getAttribute("name")).isEqualTo("Walker");
        Element albumChild = first(artistDirectory, "child");
        assertThat(albumChild.getAttribute("id")).isEqualTo(album);
        assertThat(albumChild.getAttribute("isDir")).isEqualTo("true");

        Element albumDirectory = first(xml(rest("getMusicDirectory", asListener() + "&id=" + album)), "directory");
        assertThat(albumDirectory.getAttribute("parent")).isEqualTo(artist);
        assertThat(first(albumDirectory, "child").getAttribute("id")).isEqualTo("tr-" + track.id().value());
        assertThat(errorCode(rest("getMusicDirectory", asListener() + "&id=tr-" + track.id().value())))
                .isEqualTo(70);
    }

    @Test
    void getMusicFolders_hasOnePerLibraryRoot_andGetGenresAnEmptyList() {
        JsonNode folders = json(rest("getMusicFolders", asListener() + "&f=json")).get("musicFolders")
                .get("musicFolder");
        assertThat(folders.isArray()).isTrue();
        assertThat(folders.get(0).get("id").asInt()).isEqualTo(1);

        JsonNode genres = json(rest("getGenres", asListener() + "&f=json")).get("genres").get("genre");
        assertThat(genres.isArray()).isTrue();
    }

    @Test
    void getLicense_isValid() throws Exception {
        assertThat(first(xml(rest("getLicense", asListener())), "license").getAttribute("valid")).isEqualTo("true");
    }
}
