package io.tonearm.adapters.http;

import io.tonearm.domain.TrackChanges;
import java.lang.reflect.RecordComponent;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The body of a partial change: only the fields present change. A field cannot be cleared (null is refused
 * before this record is built, see {@link TrackCommandRoutes}); file facts and the favorite flag are not here.
 */
record TrackChangesRequest(
        String title,
        List<String> artists,
        String album,
        String albumArtist,
        Integer trackNumber,
        Integer discNumber,
        Integer year,
        String genre) {

    /** The JSON names of the changeable fields, in declaration order. */
    static final Set<String> FIELDS = orderedFieldNames();

    TrackChanges toCommand() {
        return new TrackChanges(title, artists, album, albumArtist, trackNumber, discNumber, year, genre);
    }

    private static Set<String> orderedFieldNames() {
        Set<String> names = new LinkedHashSet<>();
        for (RecordComponent component : TrackChangesRequest.class.getRecordComponents()) {
            names.add(component.getName());
        }
        return Collections.unmodifiableSet(names);
    }
}
