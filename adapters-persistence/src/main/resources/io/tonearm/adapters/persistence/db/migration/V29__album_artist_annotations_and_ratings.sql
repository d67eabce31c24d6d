-- Per-user annotations of albums and artists (stars with the time they were given, ratings 1-5; 0 is "not
-- rated"), and per-user ratings of tracks. A row exists for a (user, album) or (user, artist) the user starred or
-- rated; the starred lists go by the time of the star, the "highest" album list by rating. Removing a user, an
-- album or an artist removes its rows.
ALTER TABLE track_annotations
    ADD COLUMN rating TINYINT NOT NULL DEFAULT 0;

CREATE TABLE album_annotations (
    user_id    BIGINT      NOT NULL,
    album_id   BIGINT      NOT NULL,
    starred_at DATETIME(6) NULL,
    rating     TINYINT     NOT NULL DEFAULT 0,
    PRIMARY KEY (user_id, album_id),
    KEY ix_album_annotations_starred (user_id, starred_at, album_id),
    KEY ix_album_annotations_rating (user_id, rating, album_id),
    KEY ix_album_annotations_album (album_id),
    CONSTRAINT fk_album_annotations_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
    CONSTRAINT fk_album_annotations_album FOREIGN KEY (album_id) REFERENCES albums (id) ON DELETE CASCADE
) ENGINE = InnoDB;

CREATE TABLE artist_annotations (
    user_id    BIGINT      NOT NULL,
    artist_id  BIGINT      NOT NULL,
    starred_at DATETIME(6) NULL,
    rating     TINYINT     NOT NULL DEFAULT 0,
    PRIMARY KEY (user_id, artist_id),
    KEY ix_artist_annotations_starred (user_id, starred_at, artist_id),
    KEY ix_artist_annotations_artist (artist_id),
    CONSTRAINT fk_artist_annotations_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
    CONSTRAINT fk_artist_annotations_artist FOREIGN KEY (artist_id) REFERENCES artists (id) ON DELETE CASCADE
) ENGINE = InnoDB;
