/** Playlists on MariaDB: the playlists and their ordered entries. */
package io.tonearm.adapters.persistence.playlists;
