package io.tonearm.application.fakes;

import io.tonearm.domain.enrichment.Listen;
import io.tonearm.domain.enrichment.QueuedListen;
import io.tonearm.domain.enrichment.ScrobbleAccount;
import io.tonearm.domain.enrichment.ScrobbleCounts;
import io.tonearm.domain.enrichment.ScrobbleQueue;
import io.tonearm.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The scrobble queue in memory, with the MariaDB adapter's rules (claims lease; only pending rows change state). */
public final class InMemoryScrobbleQueue implements ScrobbleQueue {
    /** A queued listen and its state. */
    public static final class Row {
        final long id;
        final UserId user;
        final Listen listen;
        public String state = "pending";
        public int attempts;
        public Instant due;
        Instant leasedUntil;
        public String error;
        Instant sentAt;

        Row(long id, UserId user, Listen listen) {
            this.id = id;
            this.user = user;
            this.listen = listen;
            this.due = listen.listenedAt();
        }
    }

    private record Account(String token, Instant connectedAt, Instant rejectedAt, String rejection) {
    }

    private final Map<UserId, Account> accounts = new HashMap<>();
    private final List<Row> rows = new ArrayList<>();
    private long nextId = 1;

    /** Queues a play as the play's transaction does: only for a user with a token that stands. */
    public synchronized boolean play(UserId user, Listen listen) {
        Account account = accounts.get(user);
        if (account == null || account.rejectedAt() != null) {
            return false;
        }
        rows.add(new Row(nextId++, user, listen));
        return true;
    }

    /** @return every row, in the order queued */
    public synchronized List<Row> rows() {
        return List.copyOf(rows);
    }

    @Override
    public synchronized void connect(UserId user, String token, Instant at) {
        accounts.put(user, new Account(token, at, null, null));
    }

    @Override
    public synchronized boolean disconnect(UserId user) {
        return accounts.remove(user) != null;
    }

    @Override
    public synchronized Optional<ScrobbleAccount> account(UserId user) {
        return Optional.ofNullable(accounts.get(user))
                .map(a -> new ScrobbleAccount(a.connectedAt(), a.rejectedAt(), a.rejection()));
    }

    @Override
    public synchronized ScrobbleCounts counts(UserId user) {
        return new ScrobbleCounts(count(user, "pending"), count(user, "sent"), count(user, "failed"));
    }

    private long count(UserId user, String state) {
        return rows.stream().filter(r -> r.user.equals(user) && r.state.equals(state)).count();
    }

    @Override
    public synchronized List<QueuedListen> claim(Instant now, Duration lease, int limit) {
        List<QueuedListen> claimed = new ArrayList<>();
        for (Row row : rows) {
            Account account = accounts.get(row.user);
            if (claimed.size() < limit && row.state.equals("pending") && !row.due.isAfter(now)
                    && (row.leasedUntil == null || !row.leasedUntil.isAfter(now))
                    && account != null && account.rejectedAt() == null) {
                row.leasedUntil = now.plus(lease);
                claimed.add(new QueuedListen(row.id, row.user, account.token(), row.attempts, row.listen));
            }
        }
        return claimed;
    }

    @Override
    public synchronized void acknowledge(Collection<Long> ids, Instant at) {
        pending(ids).forEach(row -> {
            row.state = "sent";
            row.sentAt = at;
            row.leasedUntil = null;
        });
    }

    @Override
    public synchronized void postpone(Collection<Long> ids, Instant due, String error) {
        pending(ids).forEach(row -> {
            row.attempts++;
            row.due = due;
            row.error = error;
            row.leasedUntil = null;
        });
    }

    @Override
    public synchronized void fail(Collection<Long> ids, String error) {
        pending(ids).forEach(row -> {
            row.state = "failed";
            row.attempts++;
            row.error = error;
            row.leasedUntil = null;
        });
    }

    @Override
    public synchronized void rejectToken(UserId user, String token, Instant at, String reason) {
        Account account = accounts.get(user);
        if (account != null && account.token().equals(token)) {
            accounts.put(user, new Account(token, account.connectedAt(), at, reason));
        }
    }

    @Override
    public synchronized int pruneSent(Instant before) {
        int size = rows.size();
        rows.removeIf(row -> row.state.equals("sent") && row.sentAt.isBefore(before));
        return size - rows.size();
    }

    private List<Row> pending(Collection<Long> ids) {
        return rows.stream().filter(row -> ids.contains(row.id) && row.state.equals("pending")).toList();
    }
}
