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
