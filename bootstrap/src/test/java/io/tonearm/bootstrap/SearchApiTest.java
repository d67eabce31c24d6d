package io.tonearm.bootstrap;

import static io.tonearm.bootstrap.TrackJson.track;
import static org.assertj.core.api.Assertions.assertThat;

import io.tonearm.bootstrap.Api.Response;
import org.junit.jupiter.api.Test;

/** Searching tracks over HTTP: words ANDed, prefixes, case and accents ignored, wildcards literal. */
class SearchApiTest extends FullStackTest {

    @Test
    void aSearch_matchesTitlesArtistsAndAlbums() {
        long byTitle = api.add(track("Blue Train").by("John Coltrane").on("Blue Train").json());
        long byArtist = api.add(track("Naima").by("John Coltrane").on("Giant Steps").json());
        long byAlbum = api.add(track("Mr. P.C.").by("Someone Else").on("Coltrane Tribute").json());
        api.add(track("Unrelated").by("Nobody").on("Nothing").json());

        Response found = api.get("/api/tracks/search?q=coltrane");

        assertThat(found.status()).isEqualTo(200);
        assertThat(found.ids()).containsExactlyInAnyOrder(byTitle, byArtist, byAlbum);
        assertThat(found.body().get("total").asLong()).isEqualTo(3);
    }

    @Test
    void everyWordMustMatch_andAWordMatchesAsAPrefix() {
        long wanted = api.add(track("Giant Steps").by("John Coltrane").json());
        api.add(track("Giant Leap").by("Someone").json());
        api.add(track("Little Steps").by("John Coltrane").json());

        assertThat(api.get("/api/tracks/search?q=gia%20colt").ids()).containsExactly(wanted);
        assertThat(api.get("/api/tracks/search?q=giant").body().get("total").asLong()).isEqualTo(2);
    }

    @Test
    void caseAndAccents_areIgnored() {
        long id = api.add(track("Crazy in Love").by("Beyoncé").json());

        assertThat(api.get("/api/tracks/search?q=BEYONCE").ids()).containsExactly(id);
        assertThat(api.get("/api/tracks/search?q=beyonc%C3%A9").ids()).containsExactly(id);
    }

    @Test
    void wildcardCharactersTypedByAUser_matchOnlyThemselves() {
        long percent = api.add(track("100% Pure").json());
        api.add(track("1000 Pure").json());
        api.add(track("abc").json());

        assertThat(api.get("/api/tracks/search?q=100%25").ids()).containsExactly(percent);
        assertThat(api.get("/api/tracks/search?q=a_c").ids()).isEmpty();
    }

    @Test
    void aSearchIsPagedWithAnExactTotal() {
        for (int i = 1; i <= 5; i++) {
            api.add(track("Love Song " + i).json());
        }

        Response page = api.get("/api/tracks/search?q=love&offset=2&limit=2");

        assertThat(page.ids()).hasSize(2);
        assertThat(page.body().get("total").asLong()).isEqualTo(5);
        assertThat(page.body().get("offset").asInt()).isEqualTo(2);
    }

    @Test
    void aMissingOrBlankQuery_is400NamingQ() {
        for (String path : new String[] {"/api/tracks/search", "/api/tracks/search?q=%20%20",
            "/api/albums/search?q=", "/api/artists/search"}) {
            Response response = api.get(path);

            assertThat(response.status()).as(path).isEqualTo(400);
            assertThat(response.invalidParams()).as(path).containsExactly("q");
        }
    }

    @Test
    void anAddedTrack_isFoundByASearchThatWasCachedBefore() {
        api.add(track("First Light").json());
        assertThat(api.get("/api/tracks/search?q=light").ids()).hasSize(1);

        long added = api.add(track("Light Years").json());

        assertThat(api.get("/api/tracks/search?q=light").ids()).hasSize(2).contains(added);
    }
}
