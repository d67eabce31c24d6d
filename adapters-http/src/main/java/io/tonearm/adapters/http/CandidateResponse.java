package io.tonearm.adapters.http;

import io.tonearm.domain.enrichment.ReleaseCandidate;

/** A release that may be an album's, with MusicBrainz's score. */
record CandidateResponse(int score, MatchResponse.ReleaseResponse release) {
    static CandidateResponse of(ReleaseCandidate candidate) {
        return new CandidateResponse(candidate.score(), MatchResponse.ReleaseResponse.of(candidate.release()));
    }
}
