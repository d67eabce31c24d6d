package io.tonearm.domain.playlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tonearm.domain.InvalidValueException;
import io.tonearm.domain.TrackId;
import io.tonearm.domain.user.UserId;
import io.tonearm.domain.user.UserName;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlaylistValuesTest {
    private static final Instant T = Instant.parse("2026-12-07T10:00:00Z");
    private static final UserId ANN = new UserId(1);
    private static final UserId BOB = new UserId(2);

    private static Playlist playlist(String name, String comment, boolean isPublic, int entries) {
        return new Playlist(PlaylistId.of(7), ANN, UserName.of("ann"), name, comment, isPublic, entries,
                Duration.ofMinutes(3), T, T);
    }

    private static void assertField(Runnable make, String field) {
        assertThatThrownBy(make::run).isInstanceOf(InvalidValueException.class)
                .satisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo(field));
    }

    @Test
    void aName_isStripped_andMustBeOneToTwoHundredPrintableCharacters() {
        assertThat(playlist("  Road trip  ", null, false, 0).name()).isEqualTo("Road trip");
        assertThat(playlist("n".repeat(Playlist.MAX_NAME_LENGTH), null, false, 0).name())
                .hasSize(Playlist.MAX_NAME_LENGTH);
        assertThat(playlist(" " + "n".repeat(Playlist.MAX_NAME_LENGTH) + " ", null, false, 0).name())
                .as("measured after stripping").hasSize(Playlist.MAX_NAME_LENGTH);
        assertThat(playlist("Family 👨\u200d👩\u200d👧", null, false, 0).name()).as("a joiner is printable")
                .contains("\u200d");
        assertField(() -> playlist(null, null, false, 0), "name");
        assertField(() -> playlist("   ", null, false, 0), "name");
        assertField(() -> playlist("n".repeat(Playlist.MAX_NAME_LENGTH + 1), null, false, 0), "name");
        assertField(() -> playlist("bell\u0007", null, false, 0), "name");
        assertField(() -> playlist("hidden\u200bspace", null, false, 0), "name");
        assertThatThrownBy(() -> playlist("a\nb", null, false, 0)).hasMessageContaining("U+000A")
                .hasMessageContaining("position 1");
    }

    @Test
    void aComment_isStrippedOrAbsent_mayHoldLineBreaks_andAtMostAThousandCharacters() {
        assertThat(playlist("P", null, false, 0).comment()).isNull();
        assertThat(playlist("P", "  ", false, 0).comment()).isNull();
        assertThat(playlist("P", " for\nthe\r\nroad\t! ", false, 0).comment()).isEqualTo("for\nthe\r\nroad\t!");
        assertThat(playlist("P", "c".repeat(Playlist.MAX_COMMENT_LENGTH), false, 0).comment())
                .hasSize(Playlist.MAX_COMMENT_LENGTH);
        assertField(() -> playlist("P", "c".repeat(Playlist.MAX_COMMENT_LENGTH + 1), false, 0), "comment");
        assertField(() -> playlist("P", "nul\u0000", false, 0), "comment");
    }

    @Test
    void aPlaylist_countsNoNegativeEntries_andIsSeenByItsOwnerOrByAllWhenPublic() {
        assertThat(playlist("P", null, false, 0).entryCount()).isZero();
        assertField(() -> playlist("P", null, false, -1), "entryCount");
        assertThat(playlist("P", null, false, 3).isVisibleTo(ANN)).isTrue();
        assertThat(playlist("P", null, false, 3).isVisibleTo(BOB)).isFalse();
        assertThat(playlist("P", null, true, 3).isVisibleTo(BOB)).isTrue();
    }

    @Test
    void changes_checkWhatTheySet_andSayWhetherTheySetAnything() {
        assertThat(new PlaylistChanges(null, null, null).isEmpty()).isTrue();
        assertThat(new PlaylistChanges(" New ", null, null)).satisfies(c -> {
            assertThat(c.name()).isEqualTo("New");
            assertThat(c.isEmpty()).isFalse();
        });
        assertThat(new PlaylistChanges(null, "  ", null).comment()).as("a blank comment clears it").isEmpty();
        assertThat(new PlaylistChanges(null, " note ", null).comment()).isEqualTo("note");
        assertThat(new PlaylistChanges(null, "", null).isEmpty()).isFalse();
        assertThat(new PlaylistChanges(null, null, true).isEmpty()).isFalse();
        assertField(() -> new PlaylistChanges("  ", null, null), "name");
        assertField(() -> new PlaylistChanges(null, "c".repeat(Playlist.MAX_COMMENT_LENGTH + 1), null), "comment");

        Playlist hidden = playlist("P", null, false, 0);
        Playlist shown = playlist("P", null, true, 0);
        assertThat(new PlaylistChanges(null, null, null).publicAfter(hidden)).isFalse();
        assertThat(new PlaylistChanges(null, null, null).publicAfter(shown)).isTrue();
        assertThat(new PlaylistChanges(null, null, true).publicAfter(hidden)).isTrue();
        assertThat(new PlaylistChanges(null, null, false).publicAfter(shown)).isFalse();
    }

    @Test
    void aNewPlaylist_checksItsFields_andKeepsACopyOfItsTracks() {
        List<TrackId> tracks = new ArrayList<>(List.of(new TrackId(1), new TrackId(1)));
        NewPlaylist made = new NewPlaylist(ANN, " Mix ", " c ", true, tracks, T);
        tracks.add(new TrackId(2));

        assertThat(made.name()).isEqualTo("Mix");
        assertThat(made.comment()).isEqualTo("c");
        assertThat(made.tracks()).as("repeats kept, later changes not").containsExactly(new TrackId(1),
                new TrackId(1));
        assertThat(new NewPlaylist(ANN, "Empty", null, false, null, T).tracks()).isEmpty();
        assertThat(new NewPlaylist(ANN, "Full", null, false,
                Collections.nCopies(Playlist.MAX_ENTRIES, new TrackId(1)), T).tracks()).hasSize(Playlist.MAX_ENTRIES);
        assertField(() -> new NewPlaylist(ANN, "Too long", null, false,
                Collections.nCopies(Playlist.MAX_ENTRIES + 1, new TrackId(1)), T), "trackIds");
        assertThatThrownBy(() -> new NewPlaylist(ANN, "Hole", null, false,
                Arrays.asList(new TrackId(1), null), T)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("trackIds[1]");
        assertField(() -> new NewPlaylist(ANN, "", null, false, List.of(), T), "name");
    }

    @Test
    void anId_isPositive_andWritesItselfAsItsNumber() {
        assertThat(PlaylistId.of(1).value()).isEqualTo(1);
        assertThat(PlaylistId.of(42)).hasToString("42").isEqualTo(new PlaylistId(42));
        assertField(() -> PlaylistId.of(0), "playlistId");
        assertField(() -> PlaylistId.of(-5), "playlistId");
    }
}
