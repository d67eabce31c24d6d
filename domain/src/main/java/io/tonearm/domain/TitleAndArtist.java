package io.tonearm.domain;

/**
 * A track as a listener names it, for bulk lookups: the title and one of its artists, compared ignoring case
 * and accents.
 */
public record TitleAndArtist(String title, String artist) {
    /** @throws InvalidValueException if either part is blank */
    public TitleAndArtist {
        title = Check.notBlank("title", title, NewTrack.MAX_TEXT_LENGTH).strip();
        artist = Check.notBlank("artist", artist, NewTrack.MAX_TEXT_LENGTH).strip();
    }
}
