package io.tonearm.application.users.testing;

import io.tonearm.domain.user.ApiToken;
import io.tonearm.domain.user.ApiTokens;
import io.tonearm.domain.user.NewApiToken;
import io.tonearm.domain.user.TokenHash;
import io.tonearm.domain.user.TokenId;
import io.tonearm.domain.user.UserId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** {@link ApiTokens} in a map; revoking moves the owner's version on in the given {@link InMemoryUsers}. */
public final class InMemoryApiTokens implements ApiTokens {
    private final Map<TokenHash, ApiToken> tokens = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();
    private final InMemoryUsers users;

    /** @param users the users whose tokens these are (removing a user there does not remove tokens here) */
    public InMemoryApiTokens(InMemoryUsers users) {
        this.users = users;
    }

    @Override
    public ApiToken add(NewApiToken token) {
        ApiToken added = new ApiToken(TokenId.of(ids.incrementAndGet()), token.owner(), token.name(),
                token.createdAt(), token.expiresAt());
        tokens.put(token.hash(), added);
        return added;
    }

    @Override
    public Optional<ApiToken> findByHash(TokenHash hash) {
        return Optional.ofNullable(tokens.get(hash)).filter(token -> users.findById(token.owner()).isPresent());
    }

    @Override
    public List<ApiToken> findByOwner(UserId owner) {
        return tokens.values().stream().filter(token -> token.owner().equals(owner))
                .sorted(Comparator.comparing(token -> token.id().value())).toList();
    }

    @Override
    public synchronized boolean delete(UserId owner, TokenId id) {
        boolean deleted = tokens.values().removeIf(token -> token.owner().equals(owner) && token.id().equals(id));
        if (deleted) {
            users.moveCredentialsVersion(owner);
        }
        return deleted;
    }
}
