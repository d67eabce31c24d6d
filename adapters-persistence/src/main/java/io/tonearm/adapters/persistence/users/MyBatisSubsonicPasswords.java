package io.tonearm.adapters.persistence.users;

import io.tonearm.adapters.persistence.transactions.Transactions;
import io.tonearm.domain.user.Password;
import io.tonearm.domain.user.SubsonicPasswords;
import io.tonearm.domain.user.UserId;
import jakarta.inject.Inject;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link SubsonicPasswords} in the {@code subsonic_password} column of {@code users}, encrypted with the
 * {@link SubsonicKey} that bootstrap binds. Without a bound key, every call says so.
 */
final class MyBatisSubsonicPasswords implements SubsonicPasswords {
    private static final Logger LOG = LoggerFactory.getLogger(MyBatisSubsonicPasswords.class);

    private final Transactions transactions;
    private final Optional<SubsonicKey> key;

    @Inject
    MyBatisSubsonicPasswords(Transactions transactions, Optional<SubsonicKey> key) {
        this.transactions = transactions;
        this.key = key;
    }

    @Override
    public boolean set(UserId user, Password password) {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        byte[] sealed = key().seal(user.value(), password.value());
        return transactions.write(s -> {
            s.getMapper(UserMapper.class).setSubsonicPassword(user.value(), sealed);
            return Transactions.flushCount(s) > 0;
        });
    }

    @Override
    public Optional<Password> find(UserId user) {
        Objects.requireNonNull(user, "user");
        UserMapper.SealedPassword row = transactions.read(s -> s.getMapper(UserMapper.class)
                .findSubsonicPassword(user.value()));
        byte[] sealed = row == null ? null : row.sealed;
        if (sealed == null) {
            return Optional.empty();
        }
        Optional<String> password = key().open(user.value(), sealed);
        if (password.isEmpty()) {
            LOG.warn("the Subsonic password of user {} does not decrypt with this Subsonic key (was the key "
                    + "replaced?): the user must set a new one", user.value());
        }
        return password.map(Password::new);
    }

    private SubsonicKey key() {
        return key.orElseThrow(() -> new IllegalStateException("no SubsonicKey is bound: Subsonic passwords "
                + "cannot be encrypted"));
    }
}
