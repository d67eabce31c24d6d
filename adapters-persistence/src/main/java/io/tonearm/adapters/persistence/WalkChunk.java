package io.tonearm.adapters.persistence;

import io.tonearm.domain.AudioFile;
import io.tonearm.domain.FileFailure;
import java.util.List;

/**
 * What a walker hands to the consumer of a {@link LibraryWalk} at a time: some files and the problems met
 * beside them, or the walker's own failure.
 */
record WalkChunk(List<AudioFile> files, List<FileFailure> problems, Throwable failure) {
}
