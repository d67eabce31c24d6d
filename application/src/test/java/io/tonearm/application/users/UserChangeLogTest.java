package io.tonearm.application.users;

import static org.assertj.core.api.Assertions.assertThat;

import io.tonearm.application.fakes.InMemoryChangeLog;
import io.tonearm.application.fakes.TestClock;
import io.tonearm.application.users.testing.InMemoryApiTokens;
import io.tonearm.application.users.testing.InMemorySubsonicPasswords;
import io.tonearm.application.users.testing.InMemoryUsers;
import io.tonearm.application.users.testing.PassThroughCache;
import io.tonearm.application.users.testing.PlainTextHasher;
import io.tonearm.domain.port.CacheInvalidation;
import io.tonearm.domain.port.CacheInvalidation.EntryDrop;
import io.tonearm.domain.port.LoggedChange;
import io.tonearm.domain.user.Password;
import io.tonearm.domain.user.TokenName;
import io.tonearm.domain.user.User;
import io.tonearm.domain.user.UserName;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every change that ends a user's sign-ins is written into the change log with the change, so that a process that
 * shares no cache with this one (no Redis) drops the user's cached credential state too.
 */
class UserChangeLogTest {
    private final TestClock clock = TestClock.standing();
    private final InMemoryChangeLog changes = new InMemoryChangeLog(clock);
    private final InMemoryUsers users = new InMemoryUsers();
    private final UserAccounts accounts = UserAccounts.create(users, new InMemoryApiTokens(users),
            new PlainTextHasher(), new InMemorySubsonicPasswords(users), new PassThroughCache(), changes, clock);
    private final User ann = accounts.addUser(UserName.of("ann"), Password.of("ann-password"), true);
    private final User bob = accounts.addUser(UserName.of("bob"), Password.of("bob-password"), false);

    @Test
    void aPasswordChange_logsTheDropOfThatUsersCredentialState() {
        accounts.setPassword(bob.id(), Password.of("a-new-password"));

        assertThat(logged()).containsExactly(credentialsOf(bob));
    }

    @Test
    void aRevokedToken_logsTheDropOfItsOwnersCredentialState() {
        IssuedToken token = accounts.issueToken(bob.id(), TokenName.of("phone"), null);
        assertThat(logged()).as("issuing a token ends no sign-in").isEmpty();

        accounts.deleteToken(bob.id(), token.token().id());

        assertThat(logged()).containsExactly(credentialsOf(bob));
    }

    @Test
    void aNewSubsonicPassword_logsTheDropOfThatUsersCredentialState() {
        accounts.setSubsonicPassword(bob.id(), Password.of("bob-subsonic"));
        accounts.generateSubsonicPassword(ann.id());

        assertThat(logged()).containsExactly(credentialsOf(bob), credentialsOf(ann));
    }

    @Test
    void aRemovedUser_logsTheDropOfTheirCredentialState() {
        accounts.deleteUser(bob.id());

        assertThat(logged()).containsExactly(credentialsOf(bob));
        assertThat(accounts.getUser(bob.id())).isEmpty();
        assertThat(accounts.getUser(ann.id())).isPresent();
    }

    private List<CacheInvalidation> logged() {
        return changes.rows().stream().map(LoggedChange::invalidation).toList();
    }

    private static CacheInvalidation credentialsOf(User user) {
        return new CacheInvalidation(false, Set.of(), Set.of(),
                Set.of(new EntryDrop(UserQueries.CREDENTIALS.name(), UserQueries.key(user.id()))));
    }

    @Test
    void aRemovedUser_alsoDropsTheQueriesTheRemovalCanChange_inTheLogAndHere() {
        RecordingCache cache = new RecordingCache();
        List<Set<String>> told = new java.util.ArrayList<>();
        UserAccounts dropping = UserAccounts.create(users, new InMemoryApiTokens(users), new PlainTextHasher(),
                new InMemorySubsonicPasswords(users), cache, changes, clock,
                Set.of("tracks.chart", "playlists.visible"), told::add);

        dropping.deleteUser(bob.id());

        assertThat(told).containsExactly(Set.of("tracks.chart", "playlists.visible"));

        assertThat(logged()).containsExactly(credentialsOf(bob).and(
                CacheInvalidation.ofQueries(Set.of("tracks.chart", "playlists.visible"))));
        assertThat(cache.droppedQueries).containsExactlyInAnyOrder("tracks.chart", "playlists.visible");

        cache.droppedQueries.clear();
        assertThat(dropping.deleteUser(bob.id())).isFalse();
        assertThat(cache.droppedQueries).as("nobody was removed").isEmpty();
    }

    /** Passes reads through and notes the queries dropped whole. */
    private static final class RecordingCache extends PassThroughCache {
        final List<String> droppedQueries = new java.util.ArrayList<>();

        @Override
        public void invalidateQueries(java.util.Collection<String> queryNames) {
            droppedQueries.addAll(queryNames);
        }
    }
}
