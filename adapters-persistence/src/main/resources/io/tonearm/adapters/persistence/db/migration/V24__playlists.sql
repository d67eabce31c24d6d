-- Playlists (issue 15, docs/playlists.md): a user's named, ordered lists of tracks, private or public. Entries are
-- numbered from 0 in order; a track may appear more than once. Removing a track removes its entries (leaving a gap
-- in the numbers, which only orders them), removing a user removes their playlists, removing a playlist its
-- entries. A playlist's entry count and duration are counted from its entries when it is read.
CREATE TABLE playlists (
    id         BIGINT        NOT NULL AUTO_INCREMENT,
    owner_id   BIGINT        NOT NULL,
    name       VARCHAR(200)  NOT NULL,
    comment    VARCHAR(1000) NULL,
    public     BOOLEAN       NOT NULL DEFAULT FALSE,
    created_at DATETIME(6)   NOT NULL,
    changed_at DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    KEY ix_playlists_owner (owner_id, name, id),
    KEY ix_playlists_public (public, name, id),
    CONSTRAINT fk_playlists_owner FOREIGN KEY (owner_id) REFERENCES users (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_ai_ci;

CREATE TABLE playlist_entries (
    playlist_id BIGINT NOT NULL,
    position    INT    NOT NULL,
    track_id    BIGINT NOT NULL,
    PRIMARY KEY (playlist_id, position),
    KEY ix_playlist_entries_track (track_id),
    CONSTRAINT fk_playlist_entries_playlist FOREIGN KEY (playlist_id) REFERENCES playlists (id) ON DELETE CASCADE,
    CONSTRAINT fk_playlist_entries_track FOREIGN KEY (track_id) REFERENCES tracks (id) ON DELETE CASCADE
) ENGINE = InnoDB;
