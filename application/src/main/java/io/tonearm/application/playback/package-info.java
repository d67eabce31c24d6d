/**
 * Where each listener left off: their saved play queue and their bookmarks ({@link
 * io.tonearm.application.playback.SavedPlayback}), as Subsonic apps keep them to move between devices.
 */
package io.tonearm.application.playback;
