package io.tonearm.bootstrap;

import java.util.List;

/**
 * The {@code artwork} section: how cover images are found beside the audio files (kept, scaled, under
 * {@code <data-dir>/cache/artwork}).
 *
 * @param files     a directory's cover image names, in the order they are looked for, ignoring case ({@code cover.*}:
 *                  any image extension)
 * @param maxPixels an image declaring more pixels is refused before it is decoded
 */
record ArtworkConfig(List<String> files, int maxPixels) {

    /** @throws InvalidConfigurationException naming every invalid field */
    ArtworkConfig {
        files = List.copyOf(files);
        List<String> names = files;
        new ConfigProblems()
                .require(names.stream().noneMatch(String::isBlank),
                        () -> "artwork.files must not contain a blank name but was " + names)
                .require(maxPixels >= 1, () -> "artwork.max-pixels must be positive but was " + maxPixels)
                .throwIfAny();
    }
}
