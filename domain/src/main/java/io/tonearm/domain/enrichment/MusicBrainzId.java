package io.tonearm.domain.enrichment;

import io.tonearm.domain.InvalidValueException;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A MusicBrainz identifier (MBID): a UUID in its canonical lower-case form.
 *
 * @param value the identifier, for example {@code "f5093c06-23e3-404f-aeaa-40f72885ee3a"}
 */
public record MusicBrainzId(String value) {
    private static final Pattern UUID =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    /** @throws InvalidValueException if the value is not a UUID */
    public MusicBrainzId {
        Objects.requireNonNull(value, "value");
        if (!UUID.matcher(value).matches()) {
            throw new InvalidValueException("mbid", "a MusicBrainz id must be a lower-case UUID but was '" + value + "'");
        }
    }

    /**
     * @param text an identifier in any case, with surrounding spaces
     * @return the identifier in canonical form
     * @throws InvalidValueException if the text is not a UUID
     */
    public static MusicBrainzId of(String text) {
        return new MusicBrainzId(Objects.requireNonNull(text, "text").strip().toLowerCase(Locale.ROOT));
    }
}
