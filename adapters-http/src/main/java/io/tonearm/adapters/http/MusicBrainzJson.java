package io.tonearm.adapters.http;

import io.tonearm.domain.MusicBrainzIds;

/** The MusicBrainz ids of a track, in responses and in requests to add one. */
record MusicBrainzJson(String recordingId, String releaseId, String artistId) {

    /** @return the ids, or null (left out) when the track carries none */
    static MusicBrainzJson of(MusicBrainzIds ids) {
        if (ids == null || ids.equals(MusicBrainzIds.NONE)) {
            return null;
        }
        return new MusicBrainzJson(ids.recordingId(), ids.releaseId(), ids.artistId());
    }

    MusicBrainzIds toDomain() {
        return new MusicBrainzIds(recordingId, releaseId, artistId);
    }
}
