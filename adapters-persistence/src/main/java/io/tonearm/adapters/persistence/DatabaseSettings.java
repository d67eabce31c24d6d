package io.tonearm.adapters.persistence;

import io.tonearm.domain.InvalidValueException;

/**
 * How to reach the MariaDB server that holds the catalog.
 *
 * @param jdbcUrl     a {@code jdbc:mariadb://} (or {@code jdbc:mysql://}) URL naming the database
 * @param user        the user to log in as
 * @param password    the password, empty for none
 * @param maxPoolSize the most connections the pool opens, 1 to 100
 */
public record DatabaseSettings(String jdbcUrl, String user, String password, int maxPoolSize) {

    /** The pool size used when a configuration names none. */
    public static final int DEFAULT_POOL_SIZE = 10;

    /** @throws InvalidValueException naming the first setting that is missing or out of range */
    public DatabaseSettings {
        if (jdbcUrl == null || !(jdbcUrl.startsWith("jdbc:mariadb:") || jdbcUrl.startsWith("jdbc:mysql:"))) {
            throw new InvalidValueException("jdbcUrl",
                    "jdbcUrl must start with jdbc:mariadb: or jdbc:mysql: but was " + jdbcUrl);
        }
        if (user == null || user.isBlank()) {
            throw new InvalidValueException("user", "user must not be blank");
        }
        password = password == null ? "" : password;
        if (maxPoolSize < 1 || maxPoolSize > 100) {
            throw new InvalidValueException("maxPoolSize",
                    "maxPoolSize must be between 1 and 100 but was " + maxPoolSize);
        }
    }

    /** @return settings with the default pool size */
    public static DatabaseSettings of(String jdbcUrl, String user, String password) {
        return new DatabaseSettings(jdbcUrl, user, password, DEFAULT_POOL_SIZE);
    }

    /** Keeps the password out of logs. */
    @Override
    public String toString() {
        return "DatabaseSettings[jdbcUrl=" + jdbcUrl + ", user=" + user + ", password="
                + (password.isEmpty() ? "" : "***") + ", maxPoolSize=" + maxPoolSize + "]";
    }
}
