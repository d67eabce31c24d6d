package io.tonearm.domain.playlist;

import io.tonearm.domain.InvalidValueException;
import io.tonearm.domain.user.UserId;
import io.tonearm.domain.user.UserName;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A user's named, ordered list of tracks. Its entries (track ids, a track possibly more than once) are read apart,
 * a page at a time ({@link Playlists#findEntries}); the playlist itself says how many there are and how long they
 * play.
 *
 * @param id         its identity
 * @param owner      the user who made it, the only one (with the admins) who may change it
 * @param ownerName  the owner's name, as other users are shown it
 * @param name       its name, 1 to {@value #MAX_NAME_LENGTH} printable characters
 * @param comment    what its owner says about it, or null
 * @param isPublic   whether every user may see it (else only its owner and the admins)
 * @param entryCount how many entries it has
 * @param duration   how long its entries play together
 * @param createdAt  when it was created
 * @param changedAt  when its name, comment, flag or entries last changed
 */
public record Playlist(PlaylistId id, UserId owner, UserName ownerName, String name, String comment,
                       boolean isPublic, int entryCount, Duration duration, Instant createdAt, Instant changedAt) {
    /** The longest name. */
    public static final int MAX_NAME_LENGTH = 200;
    /** The longest comment. */
    public static final int MAX_COMMENT_LENGTH = 1000;
    /** The most entries one playlist holds. */
    public static final int MAX_ENTRIES = 10_000;

    /** @throws InvalidValueException if a required part is missing or the name or comment is not acceptable */
    public Playlist {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(ownerName, "ownerName");
        name = checkName(name);
        comment = checkComment(comment);
        if (entryCount < 0) {
            throw new InvalidValueException("entryCount", "entryCount must be >= 0 but was " + entryCount);
        }
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(changedAt, "changedAt");
    }

    /** @return whether {@code user} may see it: its owner, or anybody when it is public */
    public boolean isVisibleTo(UserId user) {
        return isPublic || owner.equals(user);
    }

    /**
     * @return the name, stripped
     * @throws InvalidValueException naming {@code name} if it is missing, blank, longer than
     *     {@value #MAX_NAME_LENGTH} characters or holds a control character
     */
    public static String checkName(String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidValueException("name", "name must be 1 to " + MAX_NAME_LENGTH
                    + " printable characters but was " + (name == null ? "missing" : "blank"));
        }
        String stripped = name.strip();
        if (stripped.length() > MAX_NAME_LENGTH) {
            throw new InvalidValueException("name", "name must be at most " + MAX_NAME_LENGTH
                    + " characters but was " + stripped.length());
        }
        checkPrintable("name", stripped);
        return stripped;
    }

    /**
     * @return the comment, stripped, or null for a missing or blank one
     * @throws InvalidValueException naming {@code comment} if it is longer than {@value #MAX_COMMENT_LENGTH}
     *     characters or holds a control character other than a line break or tab
     */
    public static String checkComment(String comment) {
        if (comment == null || comment.isBlank()) {
            return null;
        }
        String stripped = comment.strip();
        if (stripped.length() > MAX_COMMENT_LENGTH) {
            throw new InvalidValueException("comment", "comment must be at most " + MAX_COMMENT_LENGTH
                    + " characters but was " + stripped.length());
        }
        checkPrintable("comment", stripped.replace('\n', ' ').replace('\r', ' ').replace('\t', ' '));
        return stripped;
    }

    private static void checkPrintable(String field, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT && c != '\u200d') {
                throw new InvalidValueException(field, field + " must hold printable characters only but has U+"
                        + String.format("%04X", (int) c) + " at position " + i);
            }
        }
    }
}
