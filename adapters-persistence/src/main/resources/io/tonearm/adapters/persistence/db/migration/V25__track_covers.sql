-- Whether a track has a cover of its own, as the last scan found (the API's coverUrl, docs/http-api.md):
-- embedded_cover says whether the file holds a picture, NULL for tracks stored before this column (the next scan
-- reads their files again to find out); folder_cover whether the file's directory held a cover image by the names of
-- the artwork.files setting (a scan lists each directory once, and updates it when only the image changed).
-- Both are added at the end of the row, which MariaDB does in place (ALGORITHM=INSTANT) whatever the table's size.
ALTER TABLE tracks
    ADD COLUMN embedded_cover BOOLEAN NULL,
    ADD COLUMN folder_cover BOOLEAN NOT NULL DEFAULT FALSE;
