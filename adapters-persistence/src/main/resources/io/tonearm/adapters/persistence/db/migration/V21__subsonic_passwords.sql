-- Each user's Subsonic password (docs/subsonic.md, docs/security.md): a second password for Subsonic clients,
-- whose token authentication needs the password itself. Stored encrypted with AES-256-GCM under the key of
-- <data-dir>/subsonic.key (or the subsonic.key setting): a version byte, a random 12-byte nonce, then the
-- ciphertext and its 16-byte tag, authenticated together with the user's id. NULL: the user has none.
ALTER TABLE users ADD COLUMN subsonic_password VARBINARY(1100) NULL;
