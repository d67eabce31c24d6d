package io.tonearm.adapters.persistence;

/** A stored track whose album artist was derived, found in the group (directory, album title) it belongs to. */
final class DerivedRow {
    /** The position, from 0, of the group asked for. */
    int groupIndex;
    long trackId;
    long albumId;
    long albumArtistId;
    long firstArtistId;
    String albumTitle;
}
