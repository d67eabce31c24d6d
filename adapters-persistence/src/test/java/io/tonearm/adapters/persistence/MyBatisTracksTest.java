package io.tonearm.adapters.persistence;

import static io.tonearm.adapters.persistence.testing.NewTrackBuilder.aTrack;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tonearm.domain.DuplicateTrackPathException;
import io.tonearm.domain.MusicBrainzIds;
import io.tonearm.domain.NewTrack;
import io.tonearm.domain.PlayEvent;
import io.tonearm.domain.ReplayGain;
import io.tonearm.domain.TitleAndArtist;
import io.tonearm.domain.Track;
import io.tonearm.domain.TrackChanges;
import io.tonearm.domain.TrackId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MyBatisTracksTest extends DatabaseTest {

    @Test
    void addingATrack_storesEveryFactAndReadsItBack() {
        NewTrack command = aTrack().path("/music/Beyoncé/Halo.flac").title("Halo").artists("Beyoncé", "Jay-Z")
                .album("I Am... Sasha Fierce").albumArtist("Beyoncé").trackNumber(3).discNumber(2).year(2008)
                .genre("R&B").duration(Duration.ofMillis(261_123)).bitrate(1_000).sampleRate(96_000)
                .format("FLAC").fileSize(42_000_000).fileModifiedAt(Instant.parse("2023-03-04T05:06:07.891234Z"))
                .musicBrainz(new MusicBrainzIds("11111111-2222-3333-4444-555555555555",
                        "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee", "99999999-8888-7777-6666-555555555555"))
                .build();

        Track added = tracks.add(command);

        assertThat(added.id().value()).isPositive();
        assertThat(added.path()).isEqualTo("/music/Beyoncé/Halo.flac");
        assertThat(added.title()).isEqualTo("Halo");
        assertThat(added.artists()).containsExactly("Beyoncé", "Jay-Z");
        assertThat(added.albumId()).isNotNull();
        assertThat(added.album()).isEqualTo("I Am... Sasha Fierce");
        assertThat(added.albumArtist()).isEqualTo("Beyoncé");
        assertThat(added.trackNumber()).isEqualTo(3);
        assertThat(added.discNumber()).isEqualTo(2);
        assertThat(added.year()).isEqualTo(2008);
        assertThat(added.genre()).isEqualTo("R&B");
        assertThat(added.duration()).isEqualTo(Duration.ofMillis(261_123));
        assertThat(added.bitrate()).isEqualTo(1_000);
        assertThat(added.sampleRate()).isEqualTo(96_000);
        assertThat(added.format()).isEqualTo("FLAC");
        assertThat(added.fileSize()).isEqualTo(42_000_000);
        assertThat(added.fileModifiedAt()).isEqualTo(Instant.parse("2023-03-04T05:06:07.891234Z"));
        assertThat(added.musicBrainz()).isEqualTo(command.musicBrainz());
        assertThat(added.favorite()).isFalse();
        assertThat(added.playCount()).isZero();
        assertThat(added.lastPlayedAt()).isNull();
        assertThat(added.addedAt()).isEqualTo(added.updatedAt()).isAfter(Instant.parse("2025-01-01T00:00:00Z"));
        assertThat(tracks.findById(added.id())).contains(added);
        assertCountersMatchRows();
    }

    @Test
    void aTrackWithoutOptionalTags_readsBackWithNulls_andItsFirstArtistAsAlbumArtist() {
        Track added = tracks.add(aTrack().artists("Solo", "Guest").album(null).trackNumber(null).discNumber(null)
                .year(null).genre(null).bitrate(null).sampleRate(null).build());

        assertThat(added.albumId()).isNull();
        assertThat(added.album()).isNull();
        assertThat(added.albumArtist()).isEqualTo("Solo");
        assertThat(added.trackNumber()).isNull();
        assertThat(added.year()).isNull();
        assertThat(added.genre()).isNull();
        assertThat(added.bitrate()).isNull();
        assertThat(added.sampleRate()).isNull();
        assertThat(added.musicBrainz()).isEqualTo(MusicBrainzIds.NONE);
        assertThat(queryLong("SELECT COUNT(*) FROM albums")).isZero();
    }

    @Test
    void addingAnExistingPath_throwsNamingThePath_andWritesNothing() {
        tracks.add(aTrack().path("/music/a.mp3").artists("First").build());

        assertThatThrownBy(() -> tracks.add(aTrack().path("/music/a.mp3").artists("Second").album("Other").build()))
                .isInstanceOf(DuplicateTrackPathException.class)
                .hasMessageContaining("/music/a.mp3")
                .extracting(e -> ((DuplicateTrackPathException) e).path()).isEqualTo("/music/a.mp3");
        assertThat(queryLong("SELECT COUNT(*) FROM tracks")).isOne();
        assertThat(queryLong("SELECT COUNT(*) FROM artists WHERE name = 'Second'")).isZero();
        assertThat(queryLong("SELECT COUNT(*) FROM albums WHERE title = 'Other'")).isZero();
        assertCountersMatchRows();
    }

    @Test
    void pathsDifferingOnlyInCase_areDifferentTracks() {
        tracks.add(aTrack().path("/music/Song.mp3").build());
        tracks.add(aTrack().path("/music/song.mp3").build());

        assertThat(queryLong("SELECT COUNT(*) FROM tracks")).isEqualTo(2);
    }

    @Test
    void findByIds_returnsTheExistingOnes() {
        Track a = tracks.add(aTrack().build());
        Track b = tracks.add(aTrack().build());

        assertThat(tracks.findByIds(List.of(a.id(), b.id(), TrackId.of(999_999)))).containsExactlyInAnyOrder(a, b);
        assertThat(tracks.findByIds(List.of())).isEmpty();
        assertThat(tracks.findById(TrackId.of(999_999))).isEmpty();
    }

    @Test
    void artistsSpelledWithOtherCaseOrAccents_areOneArtist() {
        Track a = tracks.add(aTrack().artists("Beyoncé").album("4").build());
        Track b = tracks.add(aTrack().artists("BEYONCE").album("4").build());

        assertThat(queryLong("SELECT COUNT(*) FROM artists")).isOne();
        assertThat(queryLong("SELECT COUNT(*) FROM albums")).isOne();
        assertThat(b.artists()).containsExactly("Beyoncé");
        assertThat(b.albumId()).isEqualTo(a.albumId());
        assertCountersMatchRows();
    }

    @Test
    void updatingTags_changesThem_keepsFileFactsAndListenerFacts_andMovesUpdatedAt() {
        Track track = tracks.add(aTrack().title("Old").artists("A").album("X").year(1999).build());
        tracks.setFavorite(track.id(), true);
        plays.record(new PlayEvent(track.id(), Instant.parse("2025-02-01T00:00:00Z")));

        Track updated = tracks.update(track.id(),
                new TrackChanges("New", List.of("B", "C"), "Y", null, 7, 2, 2000, "Jazz")).orElseThrow();

        assertThat(updated.id()).isEqualTo(track.id());
        assertThat(updated.title()).isEqualTo("New");
        assertThat(updated.artists()).containsExactly("B", "C");
        assertThat(updated.album()).isEqualTo("Y");
        assertThat(updated.albumArtist()).isEqualTo("A");
        assertThat(updated.trackNumber()).isEqualTo(7);
        assertThat(updated.discNumber()).isEqualTo(2);
        assertThat(updated.year()).isEqualTo(2000);
        assertThat(updated.genre()).isEqualTo("Jazz");
        assertThat(updated.path()).isEqualTo(track.path());
        assertThat(updated.fileSize()).isEqualTo(track.fileSize());
        assertThat(updated.favorite()).isTrue();
        assertThat(updated.playCount()).isOne();
        assertThat(updated.addedAt()).isEqualTo(track.addedAt());
        assertThat(updated.updatedAt()).isAfter(track.updatedAt());
        assertThat(tracks.findById(track.id())).contains(updated);
        assertCountersMatchRows();
    }

    @Test
    void aTracksReplayGain_isStoredExactly_andKeptByATagEdit() {
        ReplayGain gain = new ReplayGain(-6.54, 0.988547, -7.2, 1.0000001);
        Track added = tracks.add(aTrack().replayGain(gain).build());
        Track partly = tracks.add(aTrack().replayGain(new ReplayGain(null, null, 3.25, null)).build());
        Track none = tracks.add(aTrack().build());

        Track edited = tracks.update(added.id(), new TrackChanges("Renamed", null, null, null, null, null, null,
                null)).orElseThrow();

        assertThat(added.replayGain()).isEqualTo(gain);
        assertThat(tracks.findById(added.id()).orElseThrow().replayGain()).isEqualTo(gain);
        assertThat(tracks.findById(partly.id()).orElseThrow().replayGain())
                .isEqualTo(new ReplayGain(null, null, 3.25, null));
        assertThat(tracks.findById(none.id()).orElseThrow().replayGain()).isEqualTo(ReplayGain.NONE);
        assertThat(edited.title()).isEqualTo("Renamed");
        assertThat(edited.replayGain()).isEqualTo(gain);
    }

    @Test
    void aRescanFindingOtherReplayGain_changesTheTrack_andTheSameReplayGainChangesNothing() {
        NewTrack first = aTrack().replayGain(new ReplayGain(-6.54, 0.98, null, null)).build();
        NewTrack second = aTrack().build();
        TrackId id = tracks.add(first).id();
        tracks.add(second);

        int unchanged = tracks.upsertAll(List.of(first, second));
        int retagged = tracks.upsertAll(List.of(first.withReplayGain(new ReplayGain(-6.54, 0.98, -7.0, 1.0)),
                second));
        ReplayGain afterRetag = tracks.findById(id).orElseThrow().replayGain();
        int removed = tracks.upsertAll(List.of(first.withReplayGain(ReplayGain.NONE), second));

        assertThat(unchanged).isZero();
        assertThat(retagged).isOne();
        assertThat(afterRetag).isEqualTo(new ReplayGain(-6.54, 0.98, -7.0, 1.0));
        assertThat(removed).isOne();
        assertThat(tracks.findById(id).orElseThrow().replayGain()).isEqualTo(ReplayGain.NONE);
    }

    @Test
    void updatingTheAlbum_removesTheAlbumAndArtistsLeftWithoutTracks() {
        Track track = tracks.add(aTrack().artists("Gone").album("Old Album").build());

        tracks.update(track.id(), new TrackChanges(null, List.of("Stays"), "New Album", "Stays", null, null, null, null));

        assertThat(queryLong("SELECT COUNT(*) FROM albums WHERE title = 'Old Album'")).isZero();
        assertThat(queryLong("SELECT COUNT(*) FROM artists WHERE name = 'Gone'")).isZero();
        assertThat(queryLong("SELECT COUNT(*) FROM albums WHERE title = 'New Album'")).isOne();
        assertCountersMatchRows();
    }

    @Test
    void updatingAnUnknownTrack_isEmpty_andAnEmptyChangeWritesNothing() {
        assertThat(tracks.update(TrackId.of(424_242), new TrackChanges("T", null, null, null, null, null, null, null)))
                .isEmpty();
        Track track = tracks.add(aTrack().build());

        assertThat(tracks.update(track.id(), new TrackChanges(null, null, null, null, null, null, null, null)))
                .contains(track);
    }

    @Test
    void deletingATrack_removesItsPlays_andOrphanAlbumsAndArtists_butKeepsShared() {
        Track gone = tracks.add(aTrack().artists("Shared", "Lonely").album("Shared Album").albumArtist("Shared").build());
        Track kept = tracks.add(aTrack().artists("Shared").album("Shared Album").build());
        Track alone = tracks.add(aTrack().artists("Solo").album("Solo Album").build());
        plays.record(new PlayEvent(gone.id(), Instant.parse("2025-02-01T00:00:00Z")));
        tracks.setFavorite(gone.id(), true);

        assertThat(tracks.delete(gone.id())).isTrue();
        assertThat(tracks.delete(alone.id())).isTrue();

        assertThat(tracks.findById(gone.id())).isEmpty();
        assertThat(queryLong("SELECT COUNT(*) FROM plays")).isZero();
        assertThat(queryLong("SELECT COUNT(*) FROM artists WHERE name IN ('Lonely', 'Solo')")).isZero();
        assertThat(queryLong("SELECT COUNT(*) FROM albums WHERE title = 'Solo Album'")).isZero();
        assertThat(queryLong("SELECT track_count FROM albums WHERE title = 'Shared Album'")).isOne();
        assertThat(queryLong("SELECT COUNT(*) FROM track_terms WHERE track_id = " + gone.id())).isZero();
        assertThat(tracks.findById(kept.id())).isPresent();
        assertThat(tracks.delete(gone.id())).isFalse();
        assertCountersMatchRows();
    }

    @Test
    void deletingManyTracks_removesThemInOneGo_skipsUnknownIds_andKeepsTheCountersExact() {
        Track played = tracks.add(aTrack().path("/m/a/1.flac").artists("Ana").album("One").build());
        Track favorite = tracks.add(aTrack().path("/m/a/2.flac").artists("Ana", "Bo").album("One").build());
        Track other = tracks.add(aTrack().path("/m/b/1.flac").artists("Cy").album("Two").build());
        Track kept = tracks.add(aTrack().path("/m/c/1.flac").artists("Ana").album("Three").build());
        plays.record(new PlayEvent(played.id(), Instant.parse("2025-02-01T00:00:00Z")));
        tracks.setFavorite(favorite.id(), true);

        int deleted = tracks.deleteAll(List.of(played.id(), favorite.id(), other.id(), TrackId.of(999_999),
                played.id()));

        assertThat(deleted).as("three known tracks, one given twice").isEqualTo(3);
        assertThat(tracks.findByIds(List.of(played.id(), favorite.id(), other.id()))).isEmpty();
        assertThat(tracks.findById(kept.id())).isPresent();
        assertThat(queryLong("SELECT COUNT(*) FROM plays")).isZero();
        assertThat(queryLong("SELECT COUNT(*) FROM artists WHERE name IN ('Bo', 'Cy')")).isZero();
        assertThat(queryLong("SELECT COUNT(*) FROM artists WHERE name = 'Ana'")).isOne();
        assertThat(queryLong("SELECT COUNT(*) FROM albums WHERE title IN ('One', 'Two')")).isZero();
        assertThat(queryLong("SELECT COUNT(*) FROM track_terms")).isEqualTo(
                queryLong("SELECT COUNT(*) FROM track_terms WHERE track_id = " + kept.id()));
        assertThat(tracks.deleteAll(List.of(played.id()))).isZero();
        assertThat(tracks.deleteAll(List.of())).isZero();
        assertCountersMatchRows();
    }

    @Test
    void settingFavorite_isTrueForAKnownTrack_andIdempotent() {
        Track track = tracks.add(aTrack().build());

        assertThat(tracks.setFavorite(track.id(), true)).isTrue();
        assertThat(tracks.setFavorite(track.id(), true)).isTrue();
        assertThat(tracks.findById(track.id()).orElseThrow().favorite()).isTrue();
        assertCountersMatchRows();
        assertThat(tracks.setFavorite(track.id(), false)).isTrue();
        assertThat(tracks.findById(track.id()).orElseThrow().favorite()).isFalse();
        assertThat(tracks.setFavorite(TrackId.of(777_777), true)).isFalse();
        assertCountersMatchRows();
    }

    @Test
    void findByTitleAndArtist_matchesAnyPairIgnoringCaseAndAccents_inOneQuery() {
        Track halo = tracks.add(aTrack().title("Halo").artists("Jay-Z", "Beyoncé").build());
        Track creep = tracks.add(aTrack().title("Creep").artists("Radiohead").build());
        tracks.add(aTrack().title("Halo").artists("Someone Else").build());
        tracks.add(aTrack().title("Other").artists("Radiohead").build());

        List<TrackId> found = tracks.findByTitleAndArtist(List.of(
                new TitleAndArtist("HALO", "beyonce"),
                new TitleAndArtist("creep", "RADIOHEAD"),
                new TitleAndArtist("Missing", "Radiohead")));

        assertThat(found).containsExactlyInAnyOrder(halo.id(), creep.id());
        assertThat(tracks.findByTitleAndArtist(List.of())).isEmpty();
    }

    @Test
    void anInstantOutsideWhatTheDatabaseStores_isRejectedByName() {
        assertThatThrownBy(() -> tracks.add(aTrack().fileModifiedAt(Instant.parse("0900-01-01T00:00:00Z")).build()))
                .isInstanceOf(io.tonearm.domain.InvalidValueException.class)
                .hasMessageContaining("fileModifiedAt");
        assertThat(queryLong("SELECT COUNT(*) FROM artists")).isZero();
    }
}
