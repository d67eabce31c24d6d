package io.tonearm.domain;

/**
 * The MusicBrainz identifiers a file was tagged with. Each one may be null when the file does not carry it.
 *
 * @param recordingId the MusicBrainz recording (track) id
 * @param releaseId   the MusicBrainz release (album) id
 * @param artistId    the MusicBrainz id of the track's (first) artist
 */
public record MusicBrainzIds(String recordingId, String releaseId, String artistId) {
    /** No MusicBrainz ids at all. */
    public static final MusicBrainzIds NONE = new MusicBrainzIds(null, null, null);

    /** Blank ids are stored as null; ids longer than 36 characters (a UUID) are rejected, each named. */
    public MusicBrainzIds {
        Violations check = new Violations();
        recordingId = check.blankToNull("musicBrainz.recordingId", recordingId, 36);
        releaseId = check.blankToNull("musicBrainz.releaseId", releaseId, 36);
        artistId = check.blankToNull("musicBrainz.artistId", artistId, 36);
        check.throwIfAny();
    }
}
