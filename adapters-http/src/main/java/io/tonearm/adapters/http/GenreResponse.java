package io.tonearm.adapters.http;

import io.tonearm.application.Genre;

/** A genre as the API writes it: its name and how many tracks and albums have it. */
record GenreResponse(String name, int trackCount, int albumCount) {

    static GenreResponse of(Genre genre) {
        return new GenreResponse(genre.name(), genre.trackCount(), genre.albumCount());
    }
}
