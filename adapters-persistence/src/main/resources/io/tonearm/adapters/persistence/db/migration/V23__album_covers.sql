-- Covers fetched from the Cover Art Archive for albums whose own files have none (docs/enrichment.md), kept in the
-- database so that every server sharing the catalog serves them; each server scales them into its own disk cache.
-- Removing an album removes its cover.
CREATE TABLE album_covers (
    album_id   BIGINT       NOT NULL,
    media_type VARCHAR(64)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    image      MEDIUMBLOB   NOT NULL,
    fetched_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (album_id),
    CONSTRAINT fk_album_covers_album FOREIGN KEY (album_id) REFERENCES albums (id) ON DELETE CASCADE
) ENGINE = InnoDB;
