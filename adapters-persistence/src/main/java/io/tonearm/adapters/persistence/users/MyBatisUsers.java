package io.tonearm.adapters.persistence.users;

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
import org.apache.ibatis.session.SqlSessionFactory;

/** {@link Users} on MariaDB through MyBatis; names compare ignoring case through the column's collation. */
final class MyBatisUsers implements Users {
    private final UserSessions sessions;

    @Inject
    MyBatisUsers(SqlSessionFactory factory) {
        this.sessions = new UserSessions(factory);
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
        return Optional.ofNullable(sessions.read(s -> s.getMapper(UserMapper.class).findById(id.value())))
                .map(UserRow::account);
    }

    @Override
    public Optional<Account> findAccountByName(String name) {
        Objects.requireNonNull(name, "name");
        return Optional.ofNullable(sessions.read(s -> s.getMapper(UserMapper.class).findByName(name.strip())))
                .map(UserRow::account);
    }

    @Override
    public List<User> findAll() {
        return sessions.read(s -> s.getMapper(UserMapper.class).findAll()).stream().map(UserRow::user).toList();
    }

    @Override
    public long count() {
        return sessions.read(s -> s.getMapper(UserMapper.class).count());
    }

    @Override
    public long countAdmins() {
        return sessions.read(s -> s.getMapper(UserMapper.class).countAdmins());
    }

    @Override
    public User add(NewUser user) {
        Objects.requireNonNull(user, "user");
        try {
            return sessions.write(s -> insert(s.getMapper(UserMapper.class), user));
        } catch (PersistenceException e) {
            if (UserSessions.isDuplicateKey(e)) {
                throw new DuplicateUserNameException(user.name());
            }
            throw e;
        }
    }

    @Override
    public Optional<User> addIfNone(NewUser user) {
        Objects.requireNonNull(user, "user");
        try {
            return sessions.write(s -> {
                UserMapper mapper = s.getMapper(UserMapper.class);
                return mapper.countLocking() > 0 ? Optional.<User>empty() : Optional.of(insert(mapper, user));
            });
        } catch (PersistenceException e) {
            if (UserSessions.isDuplicateKey(e)) {
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
    private static User insert(UserMapper mapper, NewUser user) {
        boolean firstAdmin = user.admin() && mapper.countAdminsLocking() == 0;
        UserRow row = new UserRow();
        row.name = user.name().value();
        row.passwordHash = user.passwordHash().encoded();
        row.admin = user.admin();
        row.createdAt = user.createdAt();
        mapper.insert(row);
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
        return sessions.write(s -> s.getMapper(UserMapper.class).delete(id.value()) > 0);
    }

    @Override
    public boolean setPasswordHash(UserId id, PasswordHash hash) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(hash, "hash");
        return sessions.write(s -> s.getMapper(UserMapper.class).setPasswordHash(id.value(), hash.encoded()) > 0);
    }

    @Override
    public boolean setLastSeen(UserId id, Instant at) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(at, "at");
        return sessions.write(s -> s.getMapper(UserMapper.class).setLastSeen(id.value(), at) > 0);
    }
}
