-- Scans look for moved files among the known tracks of the same size (TrackFileMapper.selectBySizes).
CREATE INDEX ix_tracks_file_size ON tracks (file_size);
