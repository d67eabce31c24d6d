package io.tonearm.domain.user;

import java.util.Objects;

/**
 * What a caller offers to prove who they are, as read from a request (an HTTP header, Subsonic's {@code u}/
 * {@code p} or {@code apiKey} parameters, a form). Nothing here is validated: a malformed offer simply does not
 * sign anyone in. Never shows a secret in {@link #toString()}.
 */
public sealed interface Credentials {

    /** @return a name and password, as HTTP Basic authentication sends them */
    static Credentials password(String name, String password) {
        return new NameAndPassword(name, password);
    }

    /** @return an API token's secret, as {@code Authorization: Bearer} sends it */
    static Credentials token(String secret) {
        return new Token(secret);
    }

    /** @return a name and a Subsonic password, as Subsonic's {@code u} and {@code p} parameters send them */
    static Credentials subsonicPassword(String name, String password) {
        return new SubsonicPassword(name, password);
    }

    /**
     * @return a name and the MD5 of the Subsonic password followed by a salt, as Subsonic's {@code u}, {@code t}
     *     and {@code s} parameters send them
     */
    static Credentials subsonicToken(String name, String token, String salt) {
        return new SubsonicToken(name, token, salt);
    }

    /**
     * A user name and password.
     *
     * @param name     the name offered
     * @param password the password offered
     */
    record NameAndPassword(String name, String password) implements Credentials {
        public NameAndPassword {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(password, "password");
        }

        @Override
        public String toString() {
            return "NameAndPassword[name=" + name + ", password=hidden]";
        }
    }

    /**
     * A user name and the user's Subsonic password (not the login password: see
     * {@link SubsonicPasswords}).
     *
     * @param name     the name offered
     * @param password the Subsonic password offered
     */
    record SubsonicPassword(String name, String password) implements Credentials {
        public SubsonicPassword {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(password, "password");
        }

        @Override
        public String toString() {
            return "SubsonicPassword[name=" + name + ", password=hidden]";
        }
    }

    /**
     * A user name with Subsonic's token: the lowercase hex MD5 of the Subsonic password followed by the salt.
     *
     * @param name  the name offered
     * @param token the hex MD5 offered
     * @param salt  the salt the client chose for this request
     */
    record SubsonicToken(String name, String token, String salt) implements Credentials {
        public SubsonicToken {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(token, "token");
            Objects.requireNonNull(salt, "salt");
        }

        @Override
        public String toString() {
            return "SubsonicToken[name=" + name + ", token=hidden]";
        }
    }

    /**
     * An API token.
     *
     * @param secret the token as issued ({@code tnrm_...})
     */
    record Token(String secret) implements Credentials {
        public Token {
            Objects.requireNonNull(secret, "secret");
        }

        @Override
        public String toString() {
            return "Token[hidden]";
        }
    }
}
