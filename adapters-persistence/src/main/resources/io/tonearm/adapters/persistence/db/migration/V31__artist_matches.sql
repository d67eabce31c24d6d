-- Enrichment (docs/enrichment.md): a catalog artist's match with a MusicBrainz artist: its id, canonical name,
-- sort name and genres as MusicBrainz gave them when matched. The catalog's own name of the artist (artists.name)
-- is never changed by it. Removing an artist removes its match.
CREATE TABLE artist_matches (
    artist_id   BIGINT        NOT NULL,
    mbid        CHAR(36)      CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    source      VARCHAR(8)    CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    name        VARCHAR(1024) NOT NULL,
    sort_name   VARCHAR(1024) NULL,
    genres_json TEXT          NOT NULL,
    matched_at  DATETIME(6)   NOT NULL,
    PRIMARY KEY (artist_id),
    KEY ix_artist_matches_mbid (mbid),
    CONSTRAINT fk_artist_matches_artist FOREIGN KEY (artist_id) REFERENCES artists (id) ON DELETE CASCADE,
    CONSTRAINT ck_artist_matches_genres CHECK (JSON_VALID(genres_json))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_ai_ci;
