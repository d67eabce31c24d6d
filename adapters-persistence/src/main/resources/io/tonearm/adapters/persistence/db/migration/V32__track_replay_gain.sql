-- The ReplayGain a track's file is tagged with (REPLAYGAIN_TRACK_GAIN and the like; Subsonic's replayGain, the
-- API's replayGain): gains in dB, peaks as amplitudes (1.0 is full scale), each NULL when the file does not say.
-- Tracks stored before these columns have none until their file is read again: a full scan (scan --full, or
-- "full": true in the API) reads every file, docs/scanning.md. Added at the end of the row, which MariaDB does in
-- place (ALGORITHM=INSTANT) whatever the table's size.
ALTER TABLE tracks
    ADD COLUMN rg_track_gain DOUBLE NULL,
    ADD COLUMN rg_track_peak DOUBLE NULL,
    ADD COLUMN rg_album_gain DOUBLE NULL,
    ADD COLUMN rg_album_peak DOUBLE NULL;
