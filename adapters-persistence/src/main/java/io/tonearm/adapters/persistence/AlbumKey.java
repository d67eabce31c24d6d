package io.tonearm.adapters.persistence;

/** What makes an album unique: its album artist and its title (compared ignoring case and accents). */
record AlbumKey(long artistId, String title) {
}
