-- Per-user annotations (issue 10): favorites and plays become each user's own. A row exists for a (user, track)
-- the user starred or played; favorites are listed in the order the tracks were added (track id), recent and
-- popular lists by the user's last played time and play count. Removing a user or a track removes its rows.
CREATE TABLE track_annotations (
    user_id        BIGINT      NOT NULL,
    track_id       BIGINT      NOT NULL,
    favorite       BOOLEAN     NOT NULL DEFAULT FALSE,
    starred_at     DATETIME(6) NULL,
    play_count     BIGINT      NOT NULL DEFAULT 0,
    last_played_at DATETIME(6) NULL,
    PRIMARY KEY (user_id, track_id),
    KEY ix_track_annotations_favorite (user_id, favorite, track_id),
    KEY ix_track_annotations_recent (user_id, last_played_at, track_id),
    KEY ix_track_annotations_popular (user_id, play_count, track_id),
    KEY ix_track_annotations_track (track_id),
    CONSTRAINT fk_track_annotations_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
    CONSTRAINT fk_track_annotations_track FOREIGN KEY (track_id) REFERENCES tracks (id) ON DELETE CASCADE
) ENGINE = InnoDB;

-- Every play is some user's. A play without user is one recorded before this migration that no admin has
-- claimed yet (below); the server's charts count it all the same.
ALTER TABLE plays
    ADD COLUMN user_id BIGINT NULL AFTER track_id,
    ADD KEY ix_plays_user_window (user_id, played_at, track_id),
    ADD CONSTRAINT fk_plays_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE;

-- The favorites, counts and plays kept so far for everybody become the first admin's (the admin with the lowest
-- id). With no admin yet they stay where they are (tracks.favorite, tracks.play_count, tracks.last_played_at and
-- plays without user), which nothing reads any more, and the first admin created takes them in the transaction
-- that creates it (adapters.persistence.users.MyBatisUsers; the same four statements).
SET @first_admin = (SELECT MIN(id) FROM users WHERE admin);

INSERT INTO track_annotations (user_id, track_id, favorite, starred_at, play_count, last_played_at)
SELECT @first_admin, id, favorite, IF(favorite, updated_at, NULL), play_count,
       IF(play_count > 0, COALESCE(last_played_at, updated_at), NULL)
FROM tracks
WHERE @first_admin IS NOT NULL AND (favorite OR play_count > 0);

UPDATE plays SET user_id = @first_admin WHERE @first_admin IS NOT NULL AND user_id IS NULL;

UPDATE tracks SET favorite = FALSE, play_count = 0, last_played_at = NULL
WHERE @first_admin IS NOT NULL AND (favorite OR play_count > 0 OR last_played_at IS NOT NULL);

UPDATE counters SET value = 0 WHERE @first_admin IS NOT NULL AND name IN ('favorites', 'played');
