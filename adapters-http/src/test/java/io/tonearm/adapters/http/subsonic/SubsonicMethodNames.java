package io.tonearm.adapters.http.subsonic;

import java.util.Set;

/** The Subsonic methods a server answers, for tests outside this package (the method table's completeness). */
public final class SubsonicMethodNames {
    private SubsonicMethodNames() {
    }

    /** @return the name of every method these routes answer */
    public static Set<String> of(SubsonicRoutes routes) {
        return routes.methodNames();
    }
}
