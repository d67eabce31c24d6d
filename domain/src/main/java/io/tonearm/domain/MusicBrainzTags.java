package io.tonearm.domain;

import java.util.List;
import java.util.Objects;

/**
 * The MusicBrainz tags that enrichment writes into a file besides the fields of {@link TrackChanges}, as
 * MusicBrainz Picard names them. A null field (an empty list) is left as the file has it.
 *
 * @param releaseId      {@code MUSICBRAINZ_ALBUMID}: the release
 * @param releaseGroupId {@code MUSICBRAINZ_RELEASEGROUPID}: the release group
 * @param albumArtistIds {@code MUSICBRAINZ_ALBUMARTISTID}: the release's credited artists, in credit order
 * @param artistId       {@code MUSICBRAINZ_ARTISTID}: the track's (first) artist
 * @param recordingId    {@code MUSICBRAINZ_TRACKID}: the track's recording
 * @param label          {@code LABEL}: the release's label
 */
public record MusicBrainzTags(String releaseId, String releaseGroupId, List<String> albumArtistIds, String artistId,
                              String recordingId, String label) {
    /** No tag to write. */
    public static final MusicBrainzTags NONE = new MusicBrainzTags(null, null, List.of(), null, null, null);

    /** Blank values are null; an id longer than 36 characters (a UUID) or a label over 255 is refused, each named. */
    public MusicBrainzTags {
        Violations check = new Violations();
        releaseId = check.blankToNull("musicBrainz.releaseId", releaseId, 36);
        releaseGroupId = check.blankToNull("musicBrainz.releaseGroupId", releaseGroupId, 36);
        albumArtistIds = albumArtistIds == null ? List.of()
                : albumArtistIds.stream().map(id -> check.blankToNull("musicBrainz.albumArtistIds", id, 36))
                        .filter(Objects::nonNull).toList();
        artistId = check.blankToNull("musicBrainz.artistId", artistId, 36);
        recordingId = check.blankToNull("musicBrainz.recordingId", recordingId, 36);
        label = check.blankToNull("label", label, NewTrack.MAX_TEXT_LENGTH);
        check.throwIfAny();
    }

    /** @return true if no tag is to be written */
    public boolean isEmpty() {
        return releaseId == null && releaseGroupId == null && albumArtistIds.isEmpty() && artistId == null
                && recordingId == null && label == null;
    }
}
