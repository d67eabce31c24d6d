package io.tonearm.application.scrobbling;

/**
 * What one round of sending did.
 *
 * @param sent          listens the service accepted
 * @param postponed     listens left for a later attempt (the service was down or asked to wait)
 * @param failed        listens the service refused for good
 * @param rejectedUsers users whose token the service refused (their listens wait for a new token)
 */
public record SendReport(int sent, int postponed, int failed, int rejectedUsers) {
    /** Nothing was due. */
    public static final SendReport NOTHING = new SendReport(0, 0, 0, 0);

    /** @return true if the round claimed no listen */
    public boolean idle() {
        return sent + postponed + failed == 0 && rejectedUsers == 0;
    }
}
