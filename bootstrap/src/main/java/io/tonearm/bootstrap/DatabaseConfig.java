package io.tonearm.bootstrap;

import java.util.Optional;

/**
 * The {@code db} section: which MariaDB holds the catalog and how many connections to keep.
 *
 * @param url      the JDBC URL of a MariaDB server ({@code jdbc:mariadb://host:port/database}), or null to run
 *                 the embedded MariaDB in the data directory
 * @param user     the user to log in as (the embedded server ignores it)
 * @param password that user's password, possibly empty (the embedded server ignores it)
 * @param poolSize the most connections open at once
 */
record DatabaseConfig(String url, String user, String password, int poolSize) {
    static final int MAX_POOL_SIZE = 100;

    /** @throws InvalidConfigurationException naming every invalid field */
    DatabaseConfig {
        new ConfigProblems()
                .require(url == null || url.startsWith("jdbc:mariadb://") || url.startsWith("jdbc:mysql://"),
                        () -> "db.url must start with jdbc:mariadb:// (or be unset for the embedded database) but was "
                                + url)
                .require(user != null && !user.isBlank(), () -> "db.user must not be blank")
                .require(password != null, () -> "db.password must be set (it may be empty)")
                .require(poolSize >= 1 && poolSize <= MAX_POOL_SIZE,
                        () -> "db.pool-size must be 1-" + MAX_POOL_SIZE + " but was " + poolSize)
                .throwIfAny();
    }

    /** @return the URL of the configured server, or empty when the embedded database is to be used */
    Optional<String> serverUrl() {
        return Optional.ofNullable(url);
    }

    /** Hides the password: settings end up in logs and exception messages. */
    @Override
    public String toString() {
        return "DatabaseConfig[url=" + url + ", user=" + user + ", password="
                + (password == null || password.isEmpty() ? "" : "***") + ", poolSize=" + poolSize + "]";
    }
}
