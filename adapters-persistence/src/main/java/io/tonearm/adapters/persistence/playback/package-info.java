/** The listeners' saved play queues and bookmarks ({@link io.tonearm.domain.playback}) on MariaDB. */
package io.tonearm.adapters.persistence.playback;
