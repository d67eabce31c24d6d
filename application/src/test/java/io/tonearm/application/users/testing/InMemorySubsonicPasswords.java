package io.tonearm.application.users.testing;

import io.tonearm.domain.user.Password;
import io.tonearm.domain.user.SubsonicPasswords;
import io.tonearm.domain.user.UserId;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@link SubsonicPasswords} in memory, with the store's rules: only existing users have one, setting one moves the
 * user's credentials version on, and removing the user removes it.
 */
public final class InMemorySubsonicPasswords implements SubsonicPasswords {
    private final InMemoryUsers users;
    private final Map<UserId, Password> passwords = new ConcurrentHashMap<>();

    public InMemorySubsonicPasswords(InMemoryUsers users) {
        this.users = users;
    }

    @Override
    public synchronized boolean set(UserId user, Password password) {
        if (users.findAccount(user).isEmpty()) {
            return false;
        }
        passwords.put(user, password);
        users.moveCredentialsVersion(user);
        return true;
    }

    @Override
    public Optional<Password> find(UserId user) {
        return users.findAccount(user).isEmpty() ? Optional.empty() : Optional.ofNullable(passwords.get(user));
    }
}
