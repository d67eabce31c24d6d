package io.tonearm.domain;

/**
 * A track as a listener names it, for bulk lookups: the title and one of its artists, compared ignoring case
 * and accents.
 */
public record TitleAndArtist(String title, String artist) {
    /** @throws InvalidValueException naming each part that is blank or too long */
    public TitleAndArtist {
        Violations check = new Violations();
        title = check.notBlankStripped("title", title, NewTrack.MAX_TEXT_LENGTH);
        artist = check.notBlankStripped("artist", artist, NewTrack.MAX_TEXT_LENGTH);
        check.throwIfAny();
    }
}
