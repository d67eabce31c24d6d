package io.tonearm.domain.enrichment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tonearm.domain.InvalidValueException;
import io.tonearm.domain.MusicBrainzTags;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The values that enrichment exchanges with remote services: what each accepts, and what each refuses. */
class EnrichmentRecordsTest {
    private static final MusicBrainzId ID = MusicBrainzId.of("f5093c06-23e3-404f-aeaa-40f72885ee3a");
    private static final ArtistCredit MILES = new ArtistCredit(
            MusicBrainzId.of("561d854a-6a28-4aa7-8c99-323e6ce46c2a"), "Miles Davis");

    @Test
    void aMusicBrainzId_isCanonicalLowerCase_andAnythingElseIsRefusedByName() {
        assertThat(MusicBrainzId.of("  F5093C06-23E3-404F-AEAA-40F72885EE3A ")).isEqualTo(ID);
        assertThatThrownBy(() -> new MusicBrainzId("F5093C06-23E3-404F-AEAA-40F72885EE3A"))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> MusicBrainzId.of("f5093c06-23e3-404f-aeaa-40f72885ee3"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("f5093c06-23e3-404f-aeaa-40f72885ee3")
                .satisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo("mbid"));
        assertThatThrownBy(() -> MusicBrainzId.of("../../etc/passwd")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void aReleasesTracks_sayWhichRecordingIsWhere_andAReleaseWithoutThemHasNone() {
        MusicBrainzId recording = MusicBrainzId.of("c5d3ad8a-98f1-4a0e-b1bd-7b0b5b0f9b3a");
        Release release = new Release(ID, "Kind of Blue", List.of(MILES), null, null, 2, List.of(), ID,
                List.of(new ReleaseTrack(2, 1, recording)));

        assertThat(release.recordingAt(2, 1)).contains(recording);
        assertThat(release.recordingAt(1, 1)).isEmpty();
        Release plain = new Release(ID, "Kind of Blue", List.of(MILES), null, null, 2, List.of());
        assertThat(plain.tracks()).isEmpty();
        assertThat(plain.releaseGroup()).isNull();
        assertThat(new Release(ID, "Stored earlier", List.of(MILES), null, null, 2, List.of(), null, null).tracks())
                .as("a match stored before tracks were kept").isEmpty();
        assertThatThrownBy(() -> new ReleaseTrack(0, 1, recording)).hasMessageContaining("start at 1");
        assertThatThrownBy(() -> new ReleaseTrack(1, 1, null)).hasMessage("recording");
    }

    @Test
    void musicBrainzTags_turnBlanksIntoNothing_andRefuseWhatIsTooLongByName() {
        MusicBrainzTags tags = new MusicBrainzTags(" ", null,
                Arrays.asList(ID.value(), " ", null), null, null, "");

        assertThat(tags.releaseId()).isNull();
        assertThat(tags.albumArtistIds()).containsExactly(ID.value());
        assertThat(tags.label()).isNull();
        assertThat(MusicBrainzTags.NONE.isEmpty()).isTrue();
        assertThat(tags.isEmpty()).isFalse();
        assertThatThrownBy(() -> new MusicBrainzTags("x".repeat(37), null, List.of(), null, null,
                "l".repeat(256))).isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
                .extracting(InvalidValueException.Violation::field).containsExactly("musicBrainz.releaseId", "label"));
    }

    @Test
    void aRelease_joinsItsArtists_andKeepsItsListsUnchangeable() {
        ArtistCredit gil = new ArtistCredit(MusicBrainzId.of("0b8a3c3a-6c8e-4e6b-9d2f-8f1f3e3c9d11"), "Gil Evans");
        Release release = new Release(ID, "Miles Ahead", List.of(MILES, gil), "1957", "Columbia", 10, List.of("jazz"));

        assertThat(release.artistName()).isEqualTo("Miles Davis, Gil Evans");
        assertThatThrownBy(() -> release.genres().add("pop")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> new Release(ID, "No One", List.of(), null, null, 1, List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one artist");
        assertThatThrownBy(() -> new Release(ID, "Minus", List.of(MILES), null, null, -1, List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
        assertThat(new Release(ID, "Empty", List.of(MILES), null, null, 0, List.of()).trackCount()).isZero();
    }

    @Test
    void aCandidate_hasAScoreFrom0To100() {
        Release release = new Release(ID, "Kind of Blue", List.of(MILES), null, null, 5, List.of());

        assertThat(new ReleaseCandidate(release, 0).score()).isZero();
        assertThat(new ReleaseCandidate(release, 100).score()).isEqualTo(100);
        assertThatThrownBy(() -> new ReleaseCandidate(release, 101)).hasMessageContaining("101");
        assertThatThrownBy(() -> new ReleaseCandidate(release, -1)).hasMessageContaining("-1");
    }

    @Test
    void aSearch_namesItsBadField_andTrimsWhatItKeeps() {
        assertThat(new ReleaseSearch("  Miles Davis ", " Kind of Blue ", 0))
                .isEqualTo(new ReleaseSearch("Miles Davis", "Kind of Blue", 0));
        assertThatThrownBy(() -> new ReleaseSearch(" ", "Kind of Blue", 5))
                .satisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo("artist"));
        assertThatThrownBy(() -> new ReleaseSearch("Miles Davis", "", 5))
                .satisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo("album"));
        assertThatThrownBy(() -> new ReleaseSearch("Miles Davis", "Kind of Blue", -1))
                .satisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo("trackCount"));
    }

    @Test
    void artwork_isCopiedInAndOut_andComparedByContent() {
        byte[] bytes = {1, 2, 3};
        Artwork artwork = new Artwork("image/jpeg", bytes);
        bytes[0] = 9;
        artwork.bytes()[1] = 9;

        assertThat(artwork.bytes()).containsExactly(1, 2, 3);
        assertThat(artwork).isEqualTo(new Artwork("image/jpeg", new byte[] {1, 2, 3}))
                .hasSameHashCodeAs(new Artwork("image/jpeg", new byte[] {1, 2, 3}))
                .isNotEqualTo(new Artwork("image/png", new byte[] {1, 2, 3}))
                .isNotEqualTo(new Artwork("image/jpeg", new byte[] {1, 2}));
        assertThat(artwork.toString()).isEqualTo("Artwork[image/jpeg, 3 bytes]");
        assertThatThrownBy(() -> new Artwork("image/jpeg", new byte[0])).hasMessageContaining("at least one byte");
    }

    @Test
    void coverSizes_areTheArchivesThree() {
        assertThat(CoverSize.SMALL.pixels()).isEqualTo(250);
        assertThat(CoverSize.MEDIUM.pixels()).isEqualTo(500);
        assertThat(CoverSize.LARGE.pixels()).isEqualTo(1200);
    }

    @Test
    void aListen_mayHaveNoAlbumOrLength_butNoNegativeLength() {
        Instant at = Instant.parse("2026-12-01T10:00:00Z");

        assertThat(new Listen(at, "Miles Davis", "So What", null, 0).release()).isNull();
        assertThatThrownBy(() -> new Listen(at, "Miles Davis", "So What", null, -1)).hasMessageContaining("-1");
    }

    @Test
    void aRemoteFailure_namesItsService_andSaysWhetherToTryAgain() {
        RemoteServiceException outage = new RemoteServiceException("musicbrainz", "answered 503", true,
                Duration.ofSeconds(3), null);
        RemoteServiceException refusal = new RemoteServiceException("listenbrainz", "answered 400", false, null, null);

        assertThat(outage).hasMessage("musicbrainz: answered 503");
        assertThat(outage.service()).isEqualTo("musicbrainz");
        assertThat(outage.isRetryable()).isTrue();
        assertThat(outage.retryAfter()).contains(Duration.ofSeconds(3));
        assertThat(refusal.isRetryable()).isFalse();
        assertThat(refusal.retryAfter()).isEmpty();
        assertThatThrownBy(() -> new RemoteServiceException("x", "y", true, Duration.ofSeconds(-1), null))
                .hasMessageContaining("negative");
    }

    @Test
    void aMatch_namesWhatIsMissing() {
        Release release = new Release(ID, "Kind of Blue", List.of(MILES), null, null, 5, List.of());
        io.tonearm.domain.AlbumId album = new io.tonearm.domain.AlbumId(3);
        Instant at = Instant.parse("2026-12-01T10:00:00Z");

        assertThat(new AlbumMatch(album, release, MatchSource.TAGS, at).source()).isEqualTo(MatchSource.TAGS);
        assertThatThrownBy(() -> new AlbumMatch(null, release, MatchSource.TAGS, at)).hasMessage("album");
        assertThatThrownBy(() -> new AlbumMatch(album, null, MatchSource.TAGS, at)).hasMessage("release");
        assertThatThrownBy(() -> new AlbumMatch(album, release, null, at)).hasMessage("source");
        assertThatThrownBy(() -> new AlbumMatch(album, release, MatchSource.PERSON, null)).hasMessage("matchedAt");
    }
}
