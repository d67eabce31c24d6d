package io.tonearm.adapters.persistence;

import io.tonearm.domain.NewTrack;
import java.text.CollationKey;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The album artist of tracks whose files name none (no album artist tag, no compilation flag), decided per
 * folder as beets, Picard and Navidrome users expect: the tracks of one album title in one directory without
 * album artist share their first artist, which is then the album artist, or they do not, and the album is by
 * "Various Artists". So an untagged compilation is one album, not one album per track artist.
 *
 * <p>The decision takes in the folder's tracks already in the catalog (read in the same transaction and
 * locked), not only those being written: a rescan that reads one changed or new file of the folder, or a batch
 * boundary that cuts the folder in two, decides as if the whole folder were written at once, and the stored
 * tracks whose album artist changes with the decision move to the decided album.
 *
 * <p>Album titles of one folder are grouped ignoring case and accents, as the catalog compares them.
 */
final class DerivedAlbumArtists {
    static final DerivedAlbumArtists NONE = new DerivedAlbumArtists(Map.of(), List.of());

    /**
     * A stored track whose album artist changes with its folder's decision.
     *
     * @param albumTitle the stored title of its album, which it keeps
     */
    record Move(long trackId, long oldAlbumId, long oldAlbumArtistId, long albumArtistId, String albumTitle) {
    }

    private final Map<String, Long> byPath;
    private final List<Move> moves;

    private DerivedAlbumArtists(Map<String, Long> byPath, List<Move> moves) {
        this.byPath = byPath;
        this.moves = moves;
    }

    /** @return the decided album artist's id of the track being written at {@code path}, or null: not derived */
    Long albumArtistOf(String path) {
        return byPath.get(path);
    }

    /** @return the stored tracks to move to another album artist's album of the same title */
    List<Move> moves() {
        return moves;
    }

    /** @return the directory of a file: its path up to the last '/' or '\' (included), as in V12's directory_hash */
    static String directory(String path) {
        return path.substring(0, Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
    }

    /**
     * Decides the album artist of every draft that names none and has an album.
     *
     * @param replaced      the stored tracks the drafts replace: their stored facts do not count
     * @param artistIds     the ids of the drafts' artists
     * @param variousArtist gives the id of the artist of this name, creating it if needed
     */
    static DerivedAlbumArtists decide(TrackMapper tracks, List<NewTrack> drafts, Collection<Long> replaced,
                                      Map<String, Long> artistIds, Function<String, Long> variousArtist) {
        Collator collator = collator();
        Map<Group, List<NewTrack>> groups = new LinkedHashMap<>();
        Map<String, CollationKey> titleKeys = new HashMap<>(); // a batch holds few titles, each many times
        for (NewTrack draft : drafts) {
            if (draft.albumArtist() == null && draft.album() != null) {
                CollationKey titleKey = titleKeys.computeIfAbsent(draft.album(), collator::getCollationKey);
                groups.computeIfAbsent(new Group(directory(draft.path()), titleKey, draft.album()),
                        group -> new ArrayList<>()).add(draft);
            }
        }
        return decide(tracks, groups, artistIds, Set.copyOf(replaced), variousArtist);
    }

    /**
     * Decides again the folders that lost tracks, from the tracks they keep: once the one track by another
     * artist is gone, an album by "Various Artists" is by the remaining artist again. Called in the deleting
     * transaction, after the deletes.
     *
     * @param folders       (directory, album title) of each deleted track whose album artist was derived
     * @param variousArtist gives the id of the artist of this name, creating it if needed
     */
    static DerivedAlbumArtists afterRemoval(TrackMapper tracks, Collection<Map.Entry<String, String>> folders,
                                            Function<String, Long> variousArtist) {
        Collator collator = collator();
        Map<Group, List<NewTrack>> groups = new LinkedHashMap<>();
        for (Map.Entry<String, String> folder : folders) {
            groups.putIfAbsent(new Group(folder.getKey(), collator.getCollationKey(folder.getValue()),
                    folder.getValue()), List.of());
        }
        return decide(tracks, groups, Map.of(), Set.of(), variousArtist);
    }

    private static Collator collator() {
        Collator collator = Collator.getInstance(Locale.ROOT);
        collator.setStrength(Collator.PRIMARY);
        return collator;
    }

    private static DerivedAlbumArtists decide(TrackMapper tracks, Map<Group, List<NewTrack>> groups,
                                              Map<String, Long> artistIds, Set<Long> rewritten,
                                              Function<String, Long> variousArtist) {
        if (groups.isEmpty()) {
            return NONE;
        }
        List<Group> keys = List.copyOf(groups.keySet());
        List<Set<Long>> firstArtists = new ArrayList<>();
        for (Group group : keys) {
            Set<Long> ids = new HashSet<>();
            groups.get(group).forEach(draft -> ids.add(artistIds.get(draft.artists().get(0))));
            firstArtists.add(ids);
        }
        List<List<DerivedRow>> stored = new ArrayList<>();
        keys.forEach(group -> stored.add(new ArrayList<>()));
        for (int offset = 0; offset < keys.size(); offset += Json.CHUNK) {
            List<Group> chunk = keys.subList(offset, Math.min(keys.size(), offset + Json.CHUNK));
            List<Map.Entry<String, String>> pairs = chunk.stream()
                    .map(group -> Map.entry(group.directory(), group.title())).toList();
            for (DerivedRow row : tracks.selectDerivedInDirectories(Json.stringPairs(pairs))) {
                if (!rewritten.contains(row.trackId)) {
                    stored.get(offset + row.groupIndex).add(row);
                    firstArtists.get(offset + row.groupIndex).add(row.firstArtistId);
                }
            }
        }
        Long various = null;
        Map<String, Long> byPath = new HashMap<>();
        List<Move> moves = new ArrayList<>();
        Set<Long> movedTracks = new LinkedHashSet<>();
        for (int i = 0; i < keys.size(); i++) {
            if (firstArtists.get(i).isEmpty()) {
                continue; // a folder whose last derived track was removed
            }
            long decided;
            if (firstArtists.get(i).size() == 1) {
                decided = firstArtists.get(i).iterator().next();
            } else {
                if (various == null) {
                    various = variousArtist.apply(TrackTags.VARIOUS_ARTISTS);
                }
                decided = various;
            }
            for (NewTrack draft : groups.get(keys.get(i))) {
                byPath.put(draft.path(), decided);
            }
            for (DerivedRow row : stored.get(i)) {
                // a track could match two groups whose titles Java and MariaDB compare differently: move it once
                if (row.albumArtistId != decided && movedTracks.add(row.trackId)) {
                    moves.add(new Move(row.trackId, row.albumId, row.albumArtistId, decided, row.albumTitle));
                }
            }
        }
        return new DerivedAlbumArtists(byPath, moves);
    }

    /** One album title in one directory; titles equal ignoring case and accents are one group. */
    private record Group(String directory, CollationKey titleKey, String title) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Group group && directory.equals(group.directory)
                    && titleKey.compareTo(group.titleKey) == 0;
        }

        @Override
        public int hashCode() {
            return directory.hashCode() * 31 + java.util.Arrays.hashCode(titleKey.toByteArray());
        }
    }
}
