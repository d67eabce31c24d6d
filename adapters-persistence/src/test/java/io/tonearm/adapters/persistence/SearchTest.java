package io.tonearm.adapters.persistence;

import static io.tonearm.adapters.persistence.testing.NewTrackBuilder.aTrack;
import static org.assertj.core.api.Assertions.assertThat;

import io.tonearm.domain.Album;
import io.tonearm.domain.Artist;
import io.tonearm.domain.Page;
import io.tonearm.domain.PageRequest;
import io.tonearm.domain.SearchQuery;
import io.tonearm.domain.Track;
import io.tonearm.domain.TrackChanges;
import io.tonearm.domain.TrackId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchTest extends DatabaseTest {

    private List<TrackId> searchTracks(String text) {
        return tracks.search(new SearchQuery(text), PageRequest.first(100)).items();
    }

    private List<String> searchAlbums(String text) {
        return albums.search(new SearchQuery(text), PageRequest.first(100)).items().stream().map(Album::title).toList();
    }

    private List<String> searchArtists(String text) {
        return artists.search(new SearchQuery(text), PageRequest.first(100)).items().stream().map(Artist::name).toList();
    }

    @Test
    void aWord_matchesThePrefixOfAWordOfTitleArtistsOrAlbum() {
        Track byTitle = tracks.add(aTrack().title("Paranoid Android").artists("Radiohead").album("OK Computer").build());
        Track byArtist = tracks.add(aTrack().title("Creep").artists("Radiohead").album("Pablo Honey").build());
        Track byAlbum = tracks.add(aTrack().title("Other").artists("Someone").album("Androgynous").build());
        tracks.add(aTrack().title("Nothing").artists("Nobody").album("Nowhere").build());

        assertThat(searchTracks("andro")).containsExactly(byTitle.id(), byAlbum.id());
        assertThat(searchTracks("radio")).containsExactly(byTitle.id(), byArtist.id());
        assertThat(searchTracks("android")).containsExactly(byTitle.id());
        assertThat(searchTracks("droid")).as("inside a word is not a prefix").isEmpty();
    }

    @Test
    void severalWords_mustAllMatch_inAnyField() {
        Track halo = tracks.add(aTrack().title("Halo").artists("Beyoncé").album("I Am... Sasha Fierce").build());
        tracks.add(aTrack().title("Halo").artists("Someone").album("Covers").build());
        tracks.add(aTrack().title("Crazy in Love").artists("Beyoncé").album("Dangerously").build());

        assertThat(searchTracks("halo beyonce")).containsExactly(halo.id());
        assertThat(searchTracks("sasha HALO bey")).containsExactly(halo.id());
        assertThat(searchTracks("halo missing")).isEmpty();
    }

    @Test
    void caseAndAccents_areIgnored_bothWays() {
        Track beyonce = tracks.add(aTrack().title("Déjà Vu").artists("Beyoncé").build());
        Track motorhead = tracks.add(aTrack().title("ace of spades").artists("MOTORHEAD").build());

        assertThat(searchTracks("beyonce")).containsExactly(beyonce.id());
        assertThat(searchTracks("BEYONCÉ")).containsExactly(beyonce.id());
        assertThat(searchTracks("deja vu")).containsExactly(beyonce.id());
        assertThat(searchTracks("Motörhead ACE")).containsExactly(motorhead.id());
    }

    @Test
    void percentAndUnderscore_typedByAUser_areLiterals() {
        Track percent = tracks.add(aTrack().title("100% Pure").build());
        Track underscore = tracks.add(aTrack().title("snake_case blues").build());
        Track plain = tracks.add(aTrack().title("1000 Miles snakeXcase").build());

        assertThat(searchTracks("100%")).containsExactly(percent.id());
        assertThat(searchTracks("100")).containsExactly(percent.id(), plain.id());
        assertThat(searchTracks("snake_")).containsExactly(underscore.id());
        assertThat(searchTracks("%")).isEmpty();
        assertThat(searchTracks("_")).isEmpty();
        assertThat(searchTracks("!")).as("only punctuation: no word to match").isEmpty();
    }

    @Test
    void changedAndDeletedTracks_areFoundByTheirNewTextOnly() {
        Track track = tracks.add(aTrack().title("Yesterday").artists("Beatles").album("Help").build());
        Track other = tracks.add(aTrack().title("Yesterday Once More").artists("Carpenters").build());

        tracks.update(track.id(), new TrackChanges("Tomorrow", List.of("Wings"), "Venus", null, null, null, null, null));

        assertThat(searchTracks("yesterday")).containsExactly(other.id());
        assertThat(searchTracks("beatles")).isEmpty();
        assertThat(searchTracks("tomorrow wings venus")).containsExactly(track.id());
        tracks.delete(other.id());
        assertThat(searchTracks("yesterday")).isEmpty();
    }

    @Test
    void searchPages_haveExactTotals_andCursorsThatWalkTheMatches() {
        List<TrackId> love = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            love.add(tracks.add(aTrack().title("Love Song " + i).build()).id());
            tracks.add(aTrack().title("Hate Song " + i).build());
        }

        Page<TrackId> first = tracks.search(new SearchQuery("love song"), PageRequest.first(3));
        Page<TrackId> second = tracks.search(new SearchQuery("love song"), first.nextPage().orElseThrow());
        Page<TrackId> third = tracks.search(new SearchQuery("love song"), second.nextPage().orElseThrow());

        assertThat(first.total()).isEqualTo(7);
        assertThat(second.request().after()).isNotNull();
        assertThat(first.items()).containsExactlyElementsOf(love.subList(0, 3));
        assertThat(second.items()).containsExactlyElementsOf(love.subList(3, 6));
        assertThat(third.items()).containsExactly(love.get(6));
        assertThat(third.nextCursor()).isNull();
        assertThat(tracks.search(new SearchQuery("song"), PageRequest.of(13, 5)).items()).hasSize(1);
        Page<TrackId> pastTheEnd = tracks.search(new SearchQuery("song"), PageRequest.of(50, 5));
        assertThat(pastTheEnd.items()).isEmpty();
        assertThat(pastTheEnd.total()).isEqualTo(14);
    }

    @Test
    void albums_areFoundByTitleAndAlbumArtist_byTitle() {
        tracks.add(aTrack().artists("Pink Floyd").album("The Wall").build());
        tracks.add(aTrack().artists("Pink Floyd").album("Animals").build());
        tracks.add(aTrack().artists("Guest").albumArtist("Various Artists").album("Wall of Sound").build());

        assertThat(searchAlbums("wall")).containsExactly("The Wall", "Wall of Sound");
        assertThat(searchAlbums("floyd")).containsExactly("Animals", "The Wall");
        assertThat(searchAlbums("pink wall")).containsExactly("The Wall");
        assertThat(searchAlbums("guest")).as("a track artist is not the album artist").isEmpty();
        assertThat(albums.search(new SearchQuery("pink"), PageRequest.first(1)).total()).isEqualTo(2);
    }

    @Test
    void artists_areFoundByName_byName_ignoringCaseAndAccents() {
        tracks.add(aTrack().artists("Sigur Rós", "Björk").build());
        tracks.add(aTrack().artists("Rosalía").build());
        tracks.add(aTrack().artists("The Rolling Stones").build());

        assertThat(searchArtists("ros")).containsExactly("Rosalía", "Sigur Rós");
        assertThat(searchArtists("BJORK")).containsExactly("Björk");
        assertThat(searchArtists("rolling the")).containsExactly("The Rolling Stones");
        assertThat(searchArtists("ro")).containsExactly("Rosalía", "Sigur Rós", "The Rolling Stones");
        Page<Artist> first = artists.search(new SearchQuery("ro"), PageRequest.first(2));
        assertThat(artists.search(new SearchQuery("ro"), first.nextPage().orElseThrow()).items())
                .extracting(Artist::name).containsExactly("The Rolling Stones");
    }
}
