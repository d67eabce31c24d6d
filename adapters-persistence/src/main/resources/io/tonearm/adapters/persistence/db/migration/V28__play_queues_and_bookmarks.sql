-- Where each listener left off (domain.playback): their saved play queue (one per user, its tracks in order,
-- a track possibly more than once) and their bookmarks (one per user and track). Removing a user removes theirs;
-- removing a track takes it out of every queue (the others keep their order) and removes its bookmarks.
CREATE TABLE play_queues (
    user_id       BIGINT       NOT NULL,
    -- the position of the current entry, or -1 (none; also when that entry's track was removed)
    current_position INT       NOT NULL,
    position_ms   BIGINT       NOT NULL,
    changed_at    DATETIME(6)  NOT NULL,
    changed_by    VARCHAR(200) NOT NULL,
    PRIMARY KEY (user_id),
    CONSTRAINT fk_play_queues_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_ai_ci;

CREATE TABLE play_queue_entries (
    user_id  BIGINT NOT NULL,
    position INT    NOT NULL,
    track_id BIGINT NOT NULL,
    PRIMARY KEY (user_id, position),
    KEY ix_play_queue_entries_track (track_id),
    CONSTRAINT fk_play_queue_entries_queue FOREIGN KEY (user_id) REFERENCES play_queues (user_id) ON DELETE CASCADE,
    CONSTRAINT fk_play_queue_entries_track FOREIGN KEY (track_id) REFERENCES tracks (id) ON DELETE CASCADE
) ENGINE = InnoDB;

CREATE TABLE bookmarks (
    user_id     BIGINT        NOT NULL,
    track_id    BIGINT        NOT NULL,
    position_ms BIGINT        NOT NULL,
    comment     VARCHAR(1000) NOT NULL,
    created_at  DATETIME(6)   NOT NULL,
    changed_at  DATETIME(6)   NOT NULL,
    PRIMARY KEY (user_id, track_id),
    KEY ix_bookmarks_changed (user_id, changed_at, track_id),
    KEY ix_bookmarks_track (track_id),
    CONSTRAINT fk_bookmarks_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
    CONSTRAINT fk_bookmarks_track FOREIGN KEY (track_id) REFERENCES tracks (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_ai_ci;

-- What each listener says they are playing now (Subsonic's scrobble with submission=false), per player; entries
-- older than a track's length are ignored by the readers and replaced by the next one of the same player.
CREATE TABLE now_playing (
    user_id    BIGINT       NOT NULL,
    player     VARCHAR(200) NOT NULL,
    track_id   BIGINT       NOT NULL,
    started_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (user_id, player),
    KEY ix_now_playing_started (started_at),
    CONSTRAINT fk_now_playing_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
    CONSTRAINT fk_now_playing_track FOREIGN KEY (track_id) REFERENCES tracks (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_ai_ci;
