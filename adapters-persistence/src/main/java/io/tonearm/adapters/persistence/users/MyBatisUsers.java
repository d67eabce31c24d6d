package io.tonearm.adapters.persistence.users;

import io.tonearm.adapters.persistence.transactions.DuplicateKeys;
import io.tonearm.adapters.persistence.transactions.Transactions;
import io.tonearm.domain.user.Account;
import io.tonearm.domain.user.DuplicateUserNameException;
import io.tonearm.domain.user.NewUser;
import io.tonearm.domain.user.PasswordHash;
import io.tonearm.domain.user.User;
import io.tonearm.domain.user.UserId;
import io.tonearm.domain.user.UserName;
import io.tonearm.domain.user.Users;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.ibatis.exceptions.PersistenceException;
import org.apache.ibatis.session.SqlSession;

/** {@link Users} on MariaDB through MyBatis; names compare ignoring case through the column's collation. */
final class MyBatisUsers implements Users {
    private final Transactions transactions;

    @Inject
    MyBatisUsers(Transactions transactions) {
        this.transactions = transactions;
    }

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
        Objects.requireNonNull(id, "id");
        return Optional.ofNullable(transactions.read(s -> s.getMapper(UserMapper.class).findById(id.value())))
                .map(UserRow::account);
    }

    @Override
    public Optional<Account> findAccountByName(String name) {
        Objects.requireNonNull(name, "name");
        return Optional.ofNullable(transactions.read(s -> s.getMapper(UserMapper.class).findByName(name.strip())))
                .map(UserRow::account);
    }

    @Override
    public List<User> findAll() {
        return transactions.read(s -> s.getMapper(UserMapper.class).findAll()).stream().map(UserRow::user).toList();
    }

    @Override
    public long count() {
        return transactions.read(s -> s.getMapper(UserMapper.class).count());
    }

    @Override
    public long countAdmins() {
        return transactions.read(s -> s.getMapper(UserMapper.class).countAdmins());
    }

    @Override
    public User add(NewUser user) {
        Objects.requireNonNull(user, "user");
        try {
            return transactions.write(s -> insert(s, user));
        } catch (PersistenceException e) {
            if (DuplicateKeys.in(e)) {
                throw new DuplicateUserNameException(user.name());
            }
            throw e;
        }
    }

    @Override
    public Optional<User> addIfNone(NewUser user) {
        Objects.requireNonNull(user, "user");
        try {
            return transactions.write(s -> {
                return s.getMapper(UserMapper.class).countLocking() > 0
                        ? Optional.<User>empty() : Optional.of(insert(s, user));
            });
        } catch (PersistenceException e) {
            if (DuplicateKeys.in(e)) {
                return Optional.empty(); // another process added the same first admin at the same moment
            }
            throw e;
        }
    }

    /**
     * Inserts the user. The first admin ever created also takes the favorites and plays recorded before they were
     * per user, when no admin existed to take them at the upgrade (V14__track_annotations.sql): after that, no
     * favorite or play is anybody's but a user's.
     */
    private static User insert(SqlSession session, NewUser user) {
        UserMapper mapper = session.getMapper(UserMapper.class);
        boolean firstAdmin = user.admin() && mapper.countAdminsLocking() == 0;
        UserRow row = new UserRow();
        row.name = user.name().value();
        row.passwordHash = user.passwordHash().encoded();
        row.admin = user.admin();
        row.createdAt = user.createdAt();
        mapper.insert(row);
        Transactions.flush(session); // sends the batched insert, which sets the generated id
        if (firstAdmin) {
            mapper.claimTrackAnnotations(row.id);
            mapper.claimPlays(row.id);
            mapper.clearUnclaimedAnnotations();
            mapper.clearUnclaimedCounters();
        }
        return mapper.findById(row.id).user();
    }

    @Override
    public boolean delete(UserId id) {
        Objects.requireNonNull(id, "id");
        return transactions.write(s -> {
            s.getMapper(UserMapper.class).delete(id.value());
            return Transactions.flushCount(s) > 0;
        });
    }

    @Override
    public boolean setPasswordHash(UserId id, PasswordHash hash) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(hash, "hash");
        return transactions.write(s -> {
            s.getMapper(UserMapper.class).setPasswordHash(id.value(), hash.encoded());
            return Transactions.flushCount(s) > 0;
        });
    }

    @Override
    public boolean setLastSeen(UserId id, Instant at) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(at, "at");
        return transactions.write(s -> {
            s.getMapper(UserMapper.class).setLastSeen(id.value(), at);
            return Transactions.flushCount(s) > 0;
        });
    }
}
