-- Counts every change to the set of tracks (an insert or a delete), never reset: a snapshot of positions in the
-- id order (TrackIdAnchors) is valid exactly as long as this value is unchanged.
INSERT INTO counters (name, value) VALUES ('track_set_version', 0);
