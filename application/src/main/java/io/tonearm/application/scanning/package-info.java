/**
 * Scanning: taking a directory of audio files into the catalog, and keeping the catalog in step with it.
 * Obtain a scanner with {@link io.tonearm.application.scanning.LibraryScanner#create}; background scans (one
 * at a time, with their progress) with {@link io.tonearm.application.scanning.LibraryScans#create}.
 */
package io.tonearm.application.scanning;
