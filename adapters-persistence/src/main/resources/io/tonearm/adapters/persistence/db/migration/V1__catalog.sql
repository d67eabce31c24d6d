-- The catalog. Every text column compares ignoring case and accents (utf8mb4_uca1400_ai_ci, MariaDB >= 10.10),
-- except file paths, which are exact (utf8mb4_bin): two files differing only in case are two files.

CREATE TABLE artists (
    id   BIGINT       NOT NULL AUTO_INCREMENT,
    name VARCHAR(255) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_artists_name (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_ai_ci;

-- year and track_count are derived from the album's tracks and refreshed in every transaction that moves a
-- track, so that "albums by artist, by year" has an index and an album needs no aggregate to be shown.
CREATE TABLE albums (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    title       VARCHAR(255) NOT NULL,
    artist_id   BIGINT       NOT NULL,
    year        INT          NULL,
    track_count INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_albums_artist_title (artist_id, title),
    KEY ix_albums_title (title, id),
    CONSTRAINT fk_albums_artist FOREIGN KEY (artist_id) REFERENCES artists (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_ai_ci;

-- A unique index on a VARCHAR(1024) utf8mb4 column would exceed InnoDB's 3072-byte key limit: the path is
-- unique through its SHA-256, and lookups compare the path itself too.
CREATE TABLE tracks (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    path             VARCHAR(1024) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    path_hash        BINARY(32) AS (UNHEX(SHA2(path, 256))) STORED,
    title            VARCHAR(255)  NOT NULL,
    album_id         BIGINT        NULL,
    album_artist_id  BIGINT        NOT NULL,
    track_number     INT           NULL,
    disc_number      INT           NULL,
    year             INT           NULL,
    genre            VARCHAR(255)  NULL,
    duration_ms      BIGINT        NOT NULL,
    bitrate          INT           NULL,
    sample_rate      INT           NULL,
    format           VARCHAR(32)   NOT NULL,
    file_size        BIGINT        NOT NULL,
    file_modified_at DATETIME(6)   NOT NULL,
    mb_recording_id  VARCHAR(36)   NULL,
    mb_release_id    VARCHAR(36)   NULL,
    mb_artist_id     VARCHAR(36)   NULL,
    favorite         BOOLEAN       NOT NULL DEFAULT FALSE,
    play_count       BIGINT        NOT NULL DEFAULT 0,
    last_played_at   DATETIME(6)   NULL,
    added_at         DATETIME(6)   NOT NULL,
    updated_at       DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_tracks_path_hash (path_hash),
    -- a narrow copy of the id order: skipping rows for an OFFSET walks this instead of the wide clustered rows
    KEY ix_tracks_id (id),
    KEY ix_tracks_favorite (favorite, id),
    KEY ix_tracks_recent (last_played_at, id),
    KEY ix_tracks_popular (play_count, id),
    KEY ix_tracks_album (album_id, disc_number, track_number, id),
    KEY ix_tracks_album_artist (album_artist_id),
    CONSTRAINT fk_tracks_album FOREIGN KEY (album_id) REFERENCES albums (id),
    CONSTRAINT fk_tracks_album_artist FOREIGN KEY (album_artist_id) REFERENCES artists (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_ai_ci;

CREATE TABLE track_artists (
    track_id  BIGINT NOT NULL,
    position  INT    NOT NULL,
    artist_id BIGINT NOT NULL,
    PRIMARY KEY (track_id, position),
    KEY ix_track_artists_artist (artist_id, track_id),
    CONSTRAINT fk_track_artists_track FOREIGN KEY (track_id) REFERENCES tracks (id) ON DELETE CASCADE,
    CONSTRAINT fk_track_artists_artist FOREIGN KEY (artist_id) REFERENCES artists (id)
) ENGINE = InnoDB;

CREATE TABLE plays (
    id        BIGINT      NOT NULL AUTO_INCREMENT,
    track_id  BIGINT      NOT NULL,
    played_at DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    KEY ix_plays_window (played_at, track_id),
    CONSTRAINT fk_plays_track FOREIGN KEY (track_id) REFERENCES tracks (id) ON DELETE CASCADE
) ENGINE = InnoDB;

-- Search: the words of each searchable text, so that "every word matches a word's prefix" is an index range
-- (term LIKE 'prefix%') per word instead of a scan with LIKE '%word%'. Terms are at most 64 characters.
CREATE TABLE track_terms (
    term     VARCHAR(64) NOT NULL,
    track_id BIGINT      NOT NULL,
    PRIMARY KEY (term, track_id),
    KEY ix_track_terms_track (track_id, term),
    CONSTRAINT fk_track_terms_track FOREIGN KEY (track_id) REFERENCES tracks (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_ai_ci;

CREATE TABLE album_terms (
    term     VARCHAR(64) NOT NULL,
    album_id BIGINT      NOT NULL,
    PRIMARY KEY (term, album_id),
    KEY ix_album_terms_album (album_id, term),
    CONSTRAINT fk_album_terms_album FOREIGN KEY (album_id) REFERENCES albums (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_ai_ci;

CREATE TABLE artist_terms (
    term      VARCHAR(64) NOT NULL,
    artist_id BIGINT      NOT NULL,
    PRIMARY KEY (term, artist_id),
    KEY ix_artist_terms_artist (artist_id, term),
    CONSTRAINT fk_artist_terms_artist FOREIGN KEY (artist_id) REFERENCES artists (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_ai_ci;

-- Exact totals of the unfiltered lists in O(1): COUNT(*) over 100k rows costs milliseconds. Each counter is
-- changed in the transaction that changes what it counts.
CREATE TABLE counters (
    name  VARCHAR(32) NOT NULL,
    value BIGINT      NOT NULL,
    PRIMARY KEY (name)
) ENGINE = InnoDB DEFAULT CHARSET = ascii COLLATE = ascii_bin;

INSERT INTO counters (name, value) VALUES ('tracks', 0), ('favorites', 0), ('played', 0), ('albums', 0), ('artists', 0);
