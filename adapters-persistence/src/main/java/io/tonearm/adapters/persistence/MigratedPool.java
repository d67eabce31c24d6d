package io.tonearm.adapters.persistence;

import com.zaxxer.hikari.HikariDataSource;
import java.util.Objects;

/**
 * The pool, once the schema has been migrated through it.
 *
 * @param pool          the connection pool
 * @param schemaVersion the version the migrations brought the schema to, such as {@code "19"}
 */
record MigratedPool(HikariDataSource pool, String schemaVersion) {
    MigratedPool {
        Objects.requireNonNull(pool, "pool");
        Objects.requireNonNull(schemaVersion, "schemaVersion");
    }
}
