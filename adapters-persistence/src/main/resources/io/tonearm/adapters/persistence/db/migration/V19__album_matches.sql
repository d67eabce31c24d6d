-- Enrichment (docs/enrichment.md): an album's match with a MusicBrainz release, and the candidates kept for a
-- person to choose from. The release is kept as MusicBrainz described it when matched, as JSON; removing an
-- album removes its match and candidates.
CREATE TABLE album_matches (
    album_id     BIGINT      NOT NULL,
    release_id   CHAR(36)    CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    source       VARCHAR(8)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    release_json MEDIUMTEXT  NOT NULL,
    matched_at   DATETIME(6) NOT NULL,
    PRIMARY KEY (album_id),
    KEY ix_album_matches_release (release_id),
    CONSTRAINT fk_album_matches_album FOREIGN KEY (album_id) REFERENCES albums (id) ON DELETE CASCADE,
    CONSTRAINT ck_album_matches_json CHECK (JSON_VALID(release_json))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_ai_ci;

CREATE TABLE album_candidates (
    album_id     BIGINT     NOT NULL,
    position     INT        NOT NULL,
    score        INT        NOT NULL,
    release_json MEDIUMTEXT NOT NULL,
    PRIMARY KEY (album_id, position),
    CONSTRAINT fk_album_candidates_album FOREIGN KEY (album_id) REFERENCES albums (id) ON DELETE CASCADE,
    CONSTRAINT ck_album_candidates_json CHECK (JSON_VALID(release_json))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_ai_ci;
