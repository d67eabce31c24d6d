package io.tonearm.adapters.persistence;

import io.tonearm.domain.KnownFile;
import io.tonearm.domain.TrackId;
import java.time.Instant;

/**
 * A track's file facts as MyBatis maps them: through the constructor (TrackFileMapper.xml's fileRow), which is
 * several times cheaper per row than automatic mapping onto fields; a scan reads every known file.
 */
record FileRow(long id, String path, long fileSize, Instant fileModifiedAt, Boolean embeddedCover,
               boolean folderCover) {

    KnownFile toKnownFile() {
        return new KnownFile(TrackId.of(id), path, fileSize, fileModifiedAt, embeddedCover != null, folderCover);
    }
}
