package io.tonearm.bootstrap;

import io.tonearm.adapters.persistence.users.SubsonicKey;
import java.nio.file.Path;
import io.tonearm.domain.InvalidValueException;
import io.tonearm.domain.user.Password;
import io.tonearm.domain.user.UserName;
import java.util.Optional;

/**
 * The {@code auth} section: the first admin, created on a start with no user at all (ignored once users exist).
 *
 * @param adminUser     the first admin's name, or null
 * @param adminPassword the first admin's password, or null; set both or neither
 * @param subsonicKey   the key the users' Subsonic passwords are encrypted with (32 bytes in base64), or null for
 *                      the one in {@code <data-dir>/subsonic.key}, made on the first start
 */
record AuthConfig(String adminUser, String adminPassword, String subsonicKey) {
    /** @throws InvalidConfigurationException naming each bad setting (never showing a secret) */
    AuthConfig(String adminUser, String adminPassword) {
        this(adminUser, adminPassword, null);
    }

    /** @throws InvalidConfigurationException naming each bad setting (never showing the password) */
    AuthConfig {
        ConfigProblems problems = new ConfigProblems();
        problems.require((adminUser == null) == (adminPassword == null),
                () -> "auth.admin-user and auth.admin-password (TONEARM_ADMIN_USER, TONEARM_ADMIN_PASSWORD) must be "
                        + "set together or not at all");
        if (adminUser != null) {
            problems.require(valid(() -> UserName.of(adminUser)) == null,
                    () -> "auth.admin-user is not a valid user name: " + valid(() -> UserName.of(adminUser)));
        }
        if (adminPassword != null) {
            problems.require(valid(() -> Password.of(adminPassword)) == null,
                    () -> "auth.admin-password is not a valid password: " + valid(() -> Password.of(adminPassword)));
        }
        if (subsonicKey != null) {
            problems.require(valid(() -> SubsonicKey.of(subsonicKey)) == null,
                    () -> "auth.subsonic-key (TONEARM_SUBSONIC_KEY) is not a key: " + valid(() ->
                            SubsonicKey.of(subsonicKey)));
        }
        problems.throwIfAny();
    }

    /** @return the reason the value is invalid, or null if it is valid */
    private static String valid(Runnable value) {
        try {
            value.run();
            return null;
        } catch (InvalidValueException e) {
            return e.getMessage();
        }
    }

    /** @return the first admin to create on a start with no user, if configured */
    Optional<FirstAdmin> firstAdmin() {
        return adminUser == null ? Optional.empty()
                : Optional.of(new FirstAdmin(UserName.of(adminUser), Password.of(adminPassword)));
    }

    @Override
    public String toString() {
        return "AuthConfig[adminUser=" + adminUser + ", adminPassword=" + (adminPassword == null ? null : "hidden")
                + ", subsonicKey=" + (subsonicKey == null ? null : "hidden") + "]";
    }

    /** @return the Subsonic passwords' key: the configured one, else that of the file (made if missing) */
    SubsonicKey subsonicKey(Path dataDir) {
        return subsonicKey != null ? SubsonicKey.of(subsonicKey) : SubsonicKey.loadOrCreate(
                dataDir.resolve("subsonic.key"));
    }

    /** The configured first admin. */
    record FirstAdmin(UserName name, Password password) {
    }
}
