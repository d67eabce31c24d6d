-- A track whose file names no album artist (no tag, no compilation flag) gets one derived from the other such
-- tracks of its album title in its directory (CatalogWriter, docs/scanning.md): their common first artist, or
-- "Various Artists" when they differ. album_artist_derived says the album artist was derived; directory_hash
-- with album_id finds the tracks of an album in a directory (a directory may hold thousands of singles): the SHA-256 of the path up to its last '/' or '\' (the separator included),
-- the same rule as CatalogWriter.directory().
ALTER TABLE tracks
    ADD COLUMN album_artist_derived BOOLEAN NOT NULL DEFAULT FALSE AFTER album_artist_id,
    ADD COLUMN directory_hash BINARY(32) AS (UNHEX(SHA2(LEFT(path, CHAR_LENGTH(path)
        - LEAST(CHAR_LENGTH(SUBSTRING_INDEX(path, '/', -1)), CHAR_LENGTH(SUBSTRING_INDEX(path, '\\', -1)))), 256))) STORED,
    ADD KEY ix_tracks_directory_album (directory_hash, album_id);

-- Before, an album artist not named by the file was the first track artist: such tracks count as derived (a
-- file tagged with its own first artist as album artist is derived the same way, unless its folder's album has
-- several artists). Albums split by earlier versions merge when a scan stores their files again (scan --full).
UPDATE tracks t SET album_artist_derived = EXISTS (
    SELECT 1 FROM track_artists ta WHERE ta.track_id = t.id AND ta.position = 0 AND ta.artist_id = t.album_artist_id);
