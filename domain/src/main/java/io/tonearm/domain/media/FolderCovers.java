package io.tonearm.domain.media;

/**
 * The cover image files that sit beside audio files: what a scan looks at once per directory, so that the catalog
 * knows which tracks have a cover without reading a picture.
 */
public interface FolderCovers {
    /** Finds no cover image anywhere: for a scan that does not look. */
    FolderCovers NONE = directory -> false;

    /**
     * @param directory a directory of the library, as the catalog writes paths (without trailing separator)
     * @return true if it holds a cover image by the configured names ({@code artwork.files}); false if it holds none
     *     or cannot be listed
     */
    boolean hasCoverImage(String directory);
}
