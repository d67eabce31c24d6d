-- Scrobbling (docs/enrichment.md): each user's ListenBrainz token, and the durable queue of their listens. A play
-- enters the queue in the transaction that records it (AnnotationMapper.queueListen), with the track's tags as
-- they are then, so that a track renamed or removed later is still sent as it was heard. A listen leaves the
-- pending state only when the service accepted it (sent, kept for a while for the counts) or refused it for good
-- (failed). Removing a user removes their token and listens.
CREATE TABLE listenbrainz_accounts (
    user_id      BIGINT       NOT NULL,
    token        VARCHAR(255) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    connected_at DATETIME(6)  NOT NULL,
    rejected_at  DATETIME(6)  NULL,
    rejection    VARCHAR(500) NULL,
    PRIMARY KEY (user_id),
    CONSTRAINT fk_listenbrainz_accounts_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_ai_ci;

CREATE TABLE scrobble_queue (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    user_id       BIGINT        NOT NULL,
    listened_at   DATETIME(6)   NOT NULL,
    artist        VARCHAR(1024) NOT NULL,
    title         VARCHAR(255)  NOT NULL,
    release_title VARCHAR(255)  NULL,
    duration_ms   BIGINT        NOT NULL,
    -- 0 pending, 1 sent, 2 failed
    state         TINYINT       NOT NULL DEFAULT 0,
    attempts      INT           NOT NULL DEFAULT 0,
    due_at        DATETIME(6)   NOT NULL,
    leased_until  DATETIME(6)   NULL,
    sent_at       DATETIME(6)   NULL,
    last_error    VARCHAR(500)  NULL,
    PRIMARY KEY (id),
    KEY ix_scrobble_queue_due (state, due_at, id),
    KEY ix_scrobble_queue_user (user_id, state),
    KEY ix_scrobble_queue_sent (state, sent_at),
    CONSTRAINT fk_scrobble_queue_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_ai_ci;
