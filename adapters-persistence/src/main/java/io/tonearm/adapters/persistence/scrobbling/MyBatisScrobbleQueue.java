package io.tonearm.adapters.persistence.scrobbling;

import io.tonearm.adapters.persistence.transactions.Transactions;
import io.tonearm.domain.enrichment.Listen;
import io.tonearm.domain.enrichment.QueuedListen;
import io.tonearm.domain.enrichment.ScrobbleAccount;
import io.tonearm.domain.enrichment.ScrobbleCounts;
import io.tonearm.domain.enrichment.ScrobbleQueue;
import io.tonearm.domain.user.UserId;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The {@link ScrobbleQueue} on MariaDB. A claim locks the due rows with {@code FOR UPDATE SKIP LOCKED} and leases
 * them in the same transaction, so two processes claiming at once never get the same listen.
 */
final class MyBatisScrobbleQueue implements ScrobbleQueue {
    private static final int PENDING = 0;
    private static final int SENT = 1;
    private static final int FAILED = 2;

    private final Transactions transactions;

    @Inject
    MyBatisScrobbleQueue(Transactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void connect(UserId user, String token, Instant at) {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(at, "at");
        transactions.write(s -> {
            s.getMapper(ScrobbleMapper.class).upsertAccount(user.value(), token, at);
            return null;
        });
    }

    @Override
    public boolean disconnect(UserId user) {
        Objects.requireNonNull(user, "user");
        return transactions.write(s -> {
            s.getMapper(ScrobbleMapper.class).deleteAccount(user.value());
            return Transactions.flushCount(s) > 0;
        });
    }

    @Override
    public Optional<ScrobbleAccount> account(UserId user) {
        Objects.requireNonNull(user, "user");
        return Optional.ofNullable(transactions.read(s -> s.getMapper(ScrobbleMapper.class).selectAccount(user.value())))
                .map(row -> new ScrobbleAccount(row.connectedAt, row.rejectedAt, row.rejection));
    }

    @Override
    public ScrobbleCounts counts(UserId user) {
        Objects.requireNonNull(user, "user");
        long[] byState = new long[3];
        transactions.read(s -> s.getMapper(ScrobbleMapper.class).countStates(user.value()))
                .forEach(count -> byState[count.state] = count.count);
        return new ScrobbleCounts(byState[PENDING], byState[SENT], byState[FAILED]);
    }

    @Override
    public List<QueuedListen> claim(Instant now, Duration lease, int limit) {
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(lease, "lease");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1 but was " + limit);
        }
        return transactions.write(s -> {
            ScrobbleMapper mapper = s.getMapper(ScrobbleMapper.class);
            List<ScrobbleMapper.ListenRow> rows = mapper.selectDue(now, limit);
            if (!rows.isEmpty()) {
                mapper.lease(rows.stream().map(row -> row.id).toList(), now.plus(lease));
            }
            return rows.stream().map(row -> new QueuedListen(row.id, new UserId(row.userId), row.token, row.attempts,
                    new Listen(row.listenedAt, row.artist, row.title, row.releaseTitle, row.durationMs))).toList();
        });
    }

    @Override
    public void acknowledge(Collection<Long> ids, Instant at) {
        Objects.requireNonNull(at, "at");
        update(ids, mapper -> mapper.markSent(ids, at));
    }

    @Override
    public void postpone(Collection<Long> ids, Instant due, String error) {
        Objects.requireNonNull(due, "due");
        update(ids, mapper -> mapper.postpone(ids, due, String.valueOf(error)));
    }

    @Override
    public void fail(Collection<Long> ids, String error) {
        update(ids, mapper -> mapper.markFailed(ids, String.valueOf(error)));
    }

    @Override
    public void rejectToken(UserId user, String token, Instant at, String reason) {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(at, "at");
        transactions.write(s -> {
            s.getMapper(ScrobbleMapper.class).rejectToken(user.value(), token, at, String.valueOf(reason));
            return null;
        });
    }

    @Override
    public int pruneSent(Instant before) {
        Objects.requireNonNull(before, "before");
        return transactions.write(s -> {
            s.getMapper(ScrobbleMapper.class).deleteSentBefore(before);
            return Transactions.flushCount(s);
        });
    }

    private void update(Collection<Long> ids, Consumer<ScrobbleMapper> statement) {
        Objects.requireNonNull(ids, "ids");
        if (ids.isEmpty()) {
            return;
        }
        transactions.write(s -> {
            statement.accept(s.getMapper(ScrobbleMapper.class));
            return null;
        });
    }
}
