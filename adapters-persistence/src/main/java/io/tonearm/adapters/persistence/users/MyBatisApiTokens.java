package io.tonearm.adapters.persistence.users;

import io.tonearm.adapters.persistence.transactions.Transactions;
import io.tonearm.domain.user.ApiToken;
import io.tonearm.domain.user.ApiTokens;
import io.tonearm.domain.user.NewApiToken;
import io.tonearm.domain.user.TokenHash;
import io.tonearm.domain.user.TokenId;
import io.tonearm.domain.user.UserId;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** {@link ApiTokens} on MariaDB through MyBatis. */
final class MyBatisApiTokens implements ApiTokens {
    private final Transactions transactions;

    @Inject
    MyBatisApiTokens(Transactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public ApiToken add(NewApiToken token) {
        Objects.requireNonNull(token, "token");
        TokenRow row = new TokenRow();
        row.userId = token.owner().value();
        row.name = token.name().value();
        row.createdAt = token.createdAt();
        row.expiresAt = token.expiresAt();
        return transactions.write(s -> {
            s.getMapper(TokenMapper.class).insert(row, token.hash().hex());
            Transactions.flush(s); // sends the batched insert, which sets the generated id
            return row.token();
        });
    }

    @Override
    public Optional<ApiToken> findByHash(TokenHash hash) {
        Objects.requireNonNull(hash, "hash");
        return Optional.ofNullable(transactions.read(s -> s.getMapper(TokenMapper.class).findByHash(hash.hex())))
                .map(TokenRow::token);
    }

    @Override
    public List<ApiToken> findByOwner(UserId owner) {
        Objects.requireNonNull(owner, "owner");
        return transactions.read(s -> s.getMapper(TokenMapper.class).findByOwner(owner.value())).stream()
                .map(TokenRow::token).toList();
    }

    @Override
    public boolean delete(UserId owner, TokenId id) {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(id, "id");
        return transactions.write(s -> {
            s.getMapper(TokenMapper.class).delete(owner.value(), id.value());
            boolean deleted = Transactions.flushCount(s) > 0;
            if (deleted) {
                s.getMapper(UserMapper.class).moveCredentialsVersion(owner.value());
            }
            return deleted;
        });
    }
}
