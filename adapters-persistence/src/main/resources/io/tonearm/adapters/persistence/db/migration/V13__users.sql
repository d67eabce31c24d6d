-- Users and their API tokens (docs/security.md). A name is unique ignoring case but not accents
-- (utf8mb4_uca1400_as_ci): "Jose" and "José" are two people, "ann" and "Ann" one. credentials_version moves on
-- with every change that must end remembered sign-ins (a new password, a revoked token). A token is stored as
-- the SHA-256 of its secret; removing a user removes their tokens.
CREATE TABLE users (
    id                  BIGINT       NOT NULL AUTO_INCREMENT,
    name                VARCHAR(64)  CHARACTER SET utf8mb4 COLLATE utf8mb4_uca1400_as_ci NOT NULL,
    password_hash       VARCHAR(255) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    admin               BOOLEAN      NOT NULL DEFAULT FALSE,
    credentials_version BIGINT       NOT NULL DEFAULT 0,
    created_at          DATETIME(6)  NOT NULL,
    last_seen_at        DATETIME(6)  NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_users_name (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_ai_ci;

CREATE TABLE api_tokens (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    user_id    BIGINT      NOT NULL,
    name       VARCHAR(64) NOT NULL,
    token_hash BINARY(32)  NOT NULL,
    created_at DATETIME(6) NOT NULL,
    expires_at DATETIME(6) NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_api_tokens_hash (token_hash),
    KEY ix_api_tokens_user (user_id, id),
    CONSTRAINT fk_api_tokens_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_ai_ci;
