package io.tonearm.adapters.http.subsonic;

/** A Subsonic method: what it adds to a successful {@code subsonic-response}. */
@FunctionalInterface
interface SubsonicMethod {
    /** Returned by a method that has sent its answer itself (a stream, a download, an image). */
    Element SENT = Element.of("sent");

    /**
     * @return a fragment ({@link Element#fragment()}) whose children go into the response (none for a bare
     *     {@code status="ok"}), or {@link #SENT}
     * @throws SubsonicError to refuse the call with a Subsonic error
     */
    Element answer(SubsonicCall call);

    /** Who may call a method. */
    enum Need {
        /** Anybody, without credentials. */
        NOBODY,
        /** Any signed-in user. */
        USER,
        /** Admins only (error 50 for others). */
        ADMIN
    }

    /** A method with who may call it. */
    record Entry(Need need, SubsonicMethod method) {
    }
}
