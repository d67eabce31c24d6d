package io.tonearm.adapters.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;

/**
 * The account of the embedded MariaDB, kept in a MariaDB option file readable by its owner only, so that
 * {@code mariadb --defaults-extra-file=FILE} logs in by hand too. Made at the first start, with a random password.
 *
 * @param file     where the account is kept
 * @param user     the account's name
 * @param password its password: letters and digits only, so that neither SQL nor the option file needs escaping
 * @param created  whether this start made the file
 */
record EmbeddedCredentials(Path file, String user, String password, boolean created) {
    static final String FILE_NAME = "credentials.cnf";
    static final String USER = "tonearm";
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final int PASSWORD_LENGTH = 32;
    /** What a name or password may hold: they are written into SQL and an option file unescaped. */
    private static final java.util.regex.Pattern SAFE = java.util.regex.Pattern.compile("[A-Za-z0-9_]{1,80}");

    /** Keeps the password out of logs. */
    @Override
    public String toString() {
        return "EmbeddedCredentials[file=" + file + ", user=" + user + ", created=" + created + "]";
    }

    /**
     * Reads the credentials file of {@code home}, or creates it with a new random password.
     *
     * @throws OwnerOnlyFiles.InsecureFileException if others may read the file
     * @throws IllegalStateException if the file names no password
     */
    static EmbeddedCredentials readOrCreate(Path home) throws IOException {
        Path file = home.resolve(FILE_NAME);
        if (Files.exists(file)) {
            OwnerOnlyFiles.requireOwnerOnly(file);
            return read(file);
        }
        String password = randomPassword();
        OwnerOnlyFiles.write(file, "# The account of Tonearm's embedded MariaDB, made at its first start. Only its owner"
                + " may read this file (chmod 600).\n# By hand: mariadb --defaults-extra-file=" + file
                + " --socket=SOCKET (the socket is in tonearm.run beside this file)\n"
                + "[client]\nuser=" + USER + "\npassword=" + password + "\n");
        return new EmbeddedCredentials(file, USER, password, true);
    }

    private static EmbeddedCredentials read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        String user = value(lines, "user");
        String password = value(lines, "password");
        if (user == null || password == null || !SAFE.matcher(user).matches() || !SAFE.matcher(password).matches()) {
            throw new IllegalStateException(file + " must name a user and a password of letters, digits and _ only;"
                    + " delete it, and the next start makes a new one (and gives the database that password)");
        }
        return new EmbeddedCredentials(file, user, password, false);
    }

    private static String value(List<String> lines, String key) {
        for (String line : lines) {
            String text = line.strip();
            int equals = text.indexOf('=');
            if (equals > 0 && text.substring(0, equals).strip().equals(key)) {
                return text.substring(equals + 1).strip();
            }
        }
        return null;
    }

    private static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder(PASSWORD_LENGTH);
        for (int i = 0; i < PASSWORD_LENGTH; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }

    /**
     * @return SQL that gives the server this account (with every privilege, from this machine only) and removes
     *     the anonymous accounts; run from a file readable by its owner only as the server starts, so that the
     *     file stays the truth (a server made by an earlier version, without grants, gets the account too)
     */
    String accountSql() {
        StringBuilder sql = new StringBuilder();
        for (String host : List.of("localhost", "127.0.0.1", "::1")) {
            String account = "'" + user + "'@'" + host + "'";
            sql.append("CREATE USER IF NOT EXISTS ").append(account).append(" IDENTIFIED BY '").append(password)
                    .append("';\n")
                    .append("ALTER USER ").append(account).append(" IDENTIFIED BY '").append(password).append("';\n")
                    .append("GRANT ALL PRIVILEGES ON *.* TO ").append(account).append(" WITH GRANT OPTION;\n");
        }
        return sql.append("DELETE FROM mysql.global_priv WHERE User = '';\nFLUSH PRIVILEGES;\n").toString();
    }
}
