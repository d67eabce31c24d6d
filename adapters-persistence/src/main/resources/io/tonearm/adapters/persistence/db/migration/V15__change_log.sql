-- The durable change log (transactional outbox, docs/cache-system.md): every change of the catalog writes one row,
-- in its own transaction, saying what it made stale in the query cache. Every process follows the log by position
-- (a range scan of the primary key: WHERE position > ?) and drops from its own cache what other processes changed.
-- origin is a random id of the writing process, so that a process skips what it has already applied itself.
-- payload: "*" (everything), or lines "q <query>", "p <query> <partition>", "e <query> <key>".
-- Rows older than cache.coherence.retention are pruned (by created_at).
CREATE TABLE change_log (
    position   BIGINT      NOT NULL AUTO_INCREMENT,
    created_at DATETIME(6) NOT NULL,
    origin     CHAR(16)    CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    payload    TEXT        CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    PRIMARY KEY (position),
    KEY ix_change_log_created (created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_ai_ci;
