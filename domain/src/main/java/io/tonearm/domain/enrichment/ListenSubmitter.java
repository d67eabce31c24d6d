package io.tonearm.domain.enrichment;

import java.util.List;

/** Forwards a user's listens to a listening service (ListenBrainz). */
public interface ListenSubmitter {
    /** The most listens one call may carry. */
    int MAX_BATCH = 100;

    /**
     * @param token   the user's token at the service
     * @param listens one to {@link #MAX_BATCH} listens
     * @return whether the service accepted them or refused the token
     * @throws RemoteServiceException if the service could not answer or refused the listens themselves
     */
    SubmissionResult submit(String token, List<Listen> listens);
}
