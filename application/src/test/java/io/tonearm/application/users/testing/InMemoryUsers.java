package io.tonearm.application.users.testing;

import io.tonearm.domain.user.Account;
import io.tonearm.domain.user.DuplicateUserNameException;
import io.tonearm.domain.user.NewUser;
import io.tonearm.domain.user.PasswordHash;
import io.tonearm.domain.user.User;
import io.tonearm.domain.user.UserId;
import io.tonearm.domain.user.UserName;
import io.tonearm.domain.user.Users;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** {@link Users} in a map, for tests of what is built on the port; names compare ignoring case. */
public final class InMemoryUsers implements Users {
    private final Map<UserId, Account> accounts = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();

    @Override
    public Optional<User> findById(UserId id) {
        return findAccount(id).map(Account::user);
    }

    @Override
    public Optional<User> findByName(UserName name) {
        return findAccountByName(name.value()).map(Account::user);
    }

    @Override
    public Optional<Account> findAccount(UserId id) {
        return Optional.ofNullable(accounts.get(id));
    }

    @Override
    public synchronized Optional<Account> findAccountByName(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return accounts.values().stream()
                .filter(account -> account.user().name().value().toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
    }

    @Override
    public List<User> findAll() {
        return accounts.values().stream().map(Account::user)
                .sorted(Comparator.comparing(user -> user.name().value().toLowerCase(Locale.ROOT))).toList();
    }

    @Override
    public long count() {
        return accounts.size();
    }

    @Override
    public long countAdmins() {
        return accounts.values().stream().filter(account -> account.user().admin()).count();
    }

    @Override
    public synchronized User add(NewUser user) {
        if (findAccountByName(user.name().value()).isPresent()) {
            throw new DuplicateUserNameException(user.name());
        }
        User added = new User(UserId.of(ids.incrementAndGet()), user.name(), user.admin(), user.createdAt(), null);
        accounts.put(added.id(), new Account(added, user.passwordHash(), 0));
        return added;
    }

    @Override
    public synchronized Optional<User> addIfNone(NewUser user) {
        return accounts.isEmpty() ? Optional.of(add(user)) : Optional.empty();
    }

    @Override
    public boolean delete(UserId id) {
        return accounts.remove(id) != null;
    }

    @Override
    public synchronized boolean setPasswordHash(UserId id, PasswordHash hash) {
        Account account = accounts.get(id);
        if (account == null) {
            return false;
        }
        accounts.put(id, new Account(account.user(), hash, account.credentialsVersion() + 1));
        return true;
    }

    /** Moves the user's credentials version on, as revoking one of their tokens does in the store. */
    public synchronized void moveCredentialsVersion(UserId id) {
        Account account = accounts.get(id);
        if (account != null) {
            accounts.put(id, new Account(account.user(), account.passwordHash(), account.credentialsVersion() + 1));
        }
    }

    @Override
    public synchronized boolean setLastSeen(UserId id, Instant at) {
        Account account = accounts.get(id);
        if (account == null) {
            return false;
        }
        User user = account.user();
        accounts.put(id, new Account(new User(user.id(), user.name(), user.admin(), user.createdAt(), at),
                account.passwordHash(), account.credentialsVersion()));
        return true;
    }
}
