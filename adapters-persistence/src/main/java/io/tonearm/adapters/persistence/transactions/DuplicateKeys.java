package io.tonearm.adapters.persistence.transactions;

import java.sql.SQLException;

/** Tells a write refused by a unique key (MariaDB error 1062) from other failures. */
public final class DuplicateKeys {
    private static final int DUPLICATE_ENTRY = 1062;

    private DuplicateKeys() {
    }

    /** @return true if {@code failure} or one of its causes is a duplicate entry for any unique key */
    public static boolean in(Throwable failure) {
        return in(failure, null);
    }

    /**
     * @param keyName the unique key's name, or null for any
     * @return true if {@code failure} or one of its causes is a duplicate entry for that unique key
     */
    public static boolean in(Throwable failure, String keyName) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getErrorCode() == DUPLICATE_ENTRY
                    && (keyName == null || (sql.getMessage() != null && sql.getMessage().contains(keyName)))) {
                return true;
            }
        }
        return false;
    }
}
