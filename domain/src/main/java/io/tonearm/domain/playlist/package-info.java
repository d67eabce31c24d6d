/**
 * Playlists: a user's named, ordered lists of the catalog's tracks, private to them or public to every user, with
 * their port {@link io.tonearm.domain.playlist.Playlists}.
 */
package io.tonearm.domain.playlist;
