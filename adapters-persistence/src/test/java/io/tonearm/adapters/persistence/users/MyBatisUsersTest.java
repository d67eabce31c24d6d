package io.tonearm.adapters.persistence.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.zaxxer.hikari.HikariDataSource;
import io.tonearm.adapters.persistence.PersistenceModule;
import io.tonearm.adapters.persistence.testing.NewTrackBuilder;
import io.tonearm.adapters.persistence.testing.TestDatabase;
import io.tonearm.domain.Track;
import io.tonearm.domain.port.Tracks;
import io.tonearm.domain.user.ApiToken;
import io.tonearm.domain.user.ApiTokens;
import io.tonearm.domain.user.DuplicateUserNameException;
import io.tonearm.domain.user.NewApiToken;
import io.tonearm.domain.user.NewUser;
import io.tonearm.domain.user.PasswordHash;
import io.tonearm.domain.user.TokenHash;
import io.tonearm.domain.user.TokenName;
import io.tonearm.domain.user.User;
import io.tonearm.domain.user.UserName;
import io.tonearm.domain.user.Users;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The users' and tokens' tables through the real wiring, on the real MariaDB. */
class MyBatisUsersTest {
    private static final Instant T = Instant.parse("2026-01-02T03:04:05.123456Z");
    private static final PasswordHash HASH = new PasswordHash("$argon2id$v=19$m=8,t=1,p=1$c2FsdA$aGFzaA");
    private static final TokenHash TOKEN = new TokenHash("ab".repeat(32));

    private static TestDatabase db;
    private static Injector injector;
    private static Users users;
    private static ApiTokens tokens;

    @BeforeAll
    static void open() {
        db = TestDatabase.create();
        injector = Guice.createInjector(new PersistenceModule(db.settings()));
        users = injector.getInstance(Users.class);
        tokens = injector.getInstance(ApiTokens.class);
    }

    @AfterAll
    static void close() {
        injector.getInstance(HikariDataSource.class).close();
        db.close();
    }

    @BeforeEach
    void noUsers() throws SQLException {
        try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
            statement.execute("DELETE FROM users");
        }
    }

    private static NewUser newUser(String name, boolean admin) {
        return new NewUser(UserName.of(name), HASH, admin, T);
    }

    @Test
    void anAddedUser_isFoundByIdAndByNameIgnoringCase_withItsHash_butNotByAnotherAccent() {
        User ann = users.add(newUser("Ann", true));

        assertThat(ann.name().value()).isEqualTo("Ann");
        assertThat(ann.admin()).isTrue();
        assertThat(ann.createdAt()).isEqualTo(T);
        assertThat(ann.lastSeen()).isEmpty();
        assertThat(users.findById(ann.id())).contains(ann);
        assertThat(users.findByName(UserName.of("aNN"))).contains(ann);
        assertThat(users.findAccountByName("ANN").orElseThrow().passwordHash()).isEqualTo(HASH);
        assertThat(users.findAccountByName("Änn")).as("accents count").isEmpty();
        assertThat(users.count()).isOne();
        assertThat(users.countAdmins()).isOne();
    }

    @Test
    void aNameTakenIgnoringCase_isRefused_andAddsNothing() {
        users.add(newUser("Ann", false));

        assertThatThrownBy(() -> users.add(newUser("ANN", false))).isInstanceOf(DuplicateUserNameException.class)
                .hasMessageContaining("ANN");
        assertThat(users.count()).isOne();
    }

    @Test
    void theFirstAdmin_isAddedOnlyWhileThereIsNoUser() {
        assertThat(users.addIfNone(newUser("root", true))).isPresent();
        assertThat(users.addIfNone(newUser("other", true))).isEmpty();
        assertThat(users.findAll()).extracting(u -> u.name().value()).containsExactly("root");
    }

    @Test
    void theFirstAdminCreated_takesTheFavoritesAndPlaysLeftFromBeforeTheyWerePerUser_andNoLaterAdminDoes()
            throws SQLException {
        Track track = injector.getInstance(Tracks.class).add(NewTrackBuilder.aTrack().build());
        execute("UPDATE tracks SET favorite = TRUE, play_count = 2, last_played_at = '2026-01-01 00:00:00'"
                + " WHERE id = " + track.id());
        execute("INSERT INTO plays (track_id, played_at) VALUES (" + track.id() + ", '2026-01-01 00:00:00'), ("
                + track.id() + ", '2025-12-31 00:00:00')");
        execute("UPDATE counters SET value = 1 WHERE name IN ('favorites', 'played')");
        User listener = users.add(newUser("listener", false));
        assertThat(count("SELECT COUNT(*) FROM track_annotations")).as("a listener takes nothing").isZero();

        User admin = users.add(newUser("admin", true));
        User later = users.add(newUser("later", true));

        assertThat(count("SELECT COUNT(*) FROM track_annotations WHERE user_id = " + admin.id() + " AND favorite"
                + " AND play_count = 2 AND last_played_at = '2026-01-01 00:00:00'")).isOne();
        assertThat(count("SELECT COUNT(*) FROM track_annotations")).isOne();
        assertThat(count("SELECT COUNT(*) FROM plays WHERE user_id = " + admin.id())).isEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM tracks WHERE favorite OR play_count > 0")).isZero();
        assertThat(count("SELECT SUM(value) FROM counters WHERE name IN ('favorites', 'played')")).isZero();
        assertThat(count("SELECT COUNT(*) FROM plays WHERE user_id IN (" + listener.id() + ", " + later.id() + ")"))
                .isZero();
        db.truncate();
    }

    private static void execute(String sql) throws SQLException {
        try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static long count(String sql) throws SQLException {
        try (Connection connection = db.connect(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void aNewPassword_movesTheCredentialsVersionOn_andLastSeenIsKept() {
        User ann = users.add(newUser("ann", false));
        long before = users.findAccount(ann.id()).orElseThrow().credentialsVersion();

        assertThat(users.setPasswordHash(ann.id(), new PasswordHash("$argon2id$other"))).isTrue();
        assertThat(users.setLastSeen(ann.id(), T.plusSeconds(60))).isTrue();

        var account = users.findAccount(ann.id()).orElseThrow();
        assertThat(account.passwordHash().encoded()).isEqualTo("$argon2id$other");
        assertThat(account.credentialsVersion()).isEqualTo(before + 1);
        assertThat(account.user().lastSeenAt()).isEqualTo(T.plusSeconds(60));
    }

    @Test
    void tokens_areFoundByHash_listedByOwner_andRevokingOneMovesTheOwnersVersionOn() {
        User ann = users.add(newUser("ann", false));
        User bob = users.add(newUser("bob", false));
        ApiToken phone = tokens.add(new NewApiToken(ann.id(), TokenName.of("phone"), TOKEN, T, T.plusSeconds(3600)));
        tokens.add(new NewApiToken(ann.id(), TokenName.of("laptop"), new TokenHash("cd".repeat(32)), T, null));

        assertThat(tokens.findByHash(TOKEN)).contains(phone);
        assertThat(tokens.findByOwner(ann.id())).extracting(t -> t.name().value()).containsExactly("phone", "laptop");
        assertThat(tokens.delete(bob.id(), phone.id())).as("not bob's").isFalse();
        long before = users.findAccount(ann.id()).orElseThrow().credentialsVersion();

        assertThat(tokens.delete(ann.id(), phone.id())).isTrue();

        assertThat(tokens.findByHash(TOKEN)).isEmpty();
        assertThat(users.findAccount(ann.id()).orElseThrow().credentialsVersion()).isEqualTo(before + 1);
    }

    @Test
    void removingAUser_removesTheirTokens() {
        User ann = users.add(newUser("ann", false));
        tokens.add(new NewApiToken(ann.id(), TokenName.of("phone"), TOKEN, T, null));

        assertThat(users.delete(ann.id())).isTrue();
        assertThat(users.delete(ann.id())).isFalse();
        assertThat(tokens.findByHash(TOKEN)).isEmpty();
    }
}
