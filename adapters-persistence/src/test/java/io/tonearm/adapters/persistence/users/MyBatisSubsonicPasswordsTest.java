package io.tonearm.adapters.persistence.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.multibindings.OptionalBinder;
import com.zaxxer.hikari.HikariDataSource;
import io.tonearm.adapters.persistence.PersistenceModule;
import io.tonearm.adapters.persistence.testing.TestDatabase;
import io.tonearm.domain.InvalidValueException;
import io.tonearm.domain.user.NewUser;
import io.tonearm.domain.user.Password;
import io.tonearm.domain.user.PasswordHash;
import io.tonearm.domain.user.SubsonicPasswords;
import io.tonearm.domain.user.User;
import io.tonearm.domain.user.UserId;
import io.tonearm.domain.user.UserName;
import io.tonearm.domain.user.Users;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Subsonic passwords in the users' table, encrypted, on the real MariaDB. */
class MyBatisSubsonicPasswordsTest {
    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);
    private static final PasswordHash HASH = new PasswordHash("$argon2id$v=19$m=8,t=1,p=1$c2FsdA$aGFzaA");

    private static TestDatabase db;
    private static Injector injector;
    private static Users users;
    private static SubsonicPasswords passwords;

    @BeforeAll
    static void open() {
        db = TestDatabase.create();
        injector = Guice.createInjector(new PersistenceModule(db.settings()), binder -> OptionalBinder
                .newOptionalBinder(binder, SubsonicKey.class).setBinding().toInstance(SubsonicKey.of(KEY)));
        users = injector.getInstance(Users.class);
        passwords = injector.getInstance(SubsonicPasswords.class);
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

    private static User ann() {
        return users.add(new NewUser(UserName.of("ann"), HASH, false, Instant.parse("2026-01-01T00:00:00Z")));
    }

    private static byte[] stored(UserId id) throws SQLException {
        try (Connection connection = db.connect();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT subsonic_password FROM users WHERE id = ?")) {
            statement.setLong(1, id.value());
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getBytes(1);
            }
        }
    }

    @Test
    void aSetPassword_isReadBack_storedEncrypted_andMovesTheCredentialsVersionOn() throws SQLException {
        User ann = ann();
        assertThat(passwords.find(ann.id())).isEmpty();
        long before = users.findAccount(ann.id()).orElseThrow().credentialsVersion();

        assertThat(passwords.set(ann.id(), Password.of("subsonic-secret"))).isTrue();

        assertThat(passwords.find(ann.id())).contains(Password.of("subsonic-secret"));
        assertThat(users.findAccount(ann.id()).orElseThrow().credentialsVersion()).isEqualTo(before + 1);
        byte[] first = stored(ann.id());
        assertThat(new String(first, StandardCharsets.ISO_8859_1)).doesNotContain("subsonic-secret");
        assertThat(first).hasSize(1 + 12 + "subsonic-secret".length() + 16);

        passwords.set(ann.id(), Password.of("subsonic-secret"));
        assertThat(stored(ann.id())).as("a new nonce every time").isNotEqualTo(first);
    }

    @Test
    void anUnknownUser_hasNone_andGetsNone() {
        assertThat(passwords.set(UserId.of(999_999), Password.of("subsonic-secret"))).isFalse();
        assertThat(passwords.find(UserId.of(999_999))).isEmpty();
    }

    @Test
    void aValue_copiedToAnotherUser_orReadWithAnotherKey_doesNotDecrypt() throws SQLException {
        User ann = ann();
        User bob = users.add(new NewUser(UserName.of("bob"), HASH, false, Instant.parse("2026-01-01T00:00:00Z")));
        passwords.set(ann.id(), Password.of("subsonic-secret"));
        byte[] sealed = stored(ann.id());
        try (Connection connection = db.connect();
             PreparedStatement statement = connection.prepareStatement(
                     "UPDATE users SET subsonic_password = ? WHERE id = ?")) {
            statement.setBytes(1, sealed);
            statement.setLong(2, bob.id().value());
            statement.executeUpdate();
        }

        assertThat(passwords.find(bob.id())).isEmpty();
        SubsonicKey other = SubsonicKey.of(Base64.getEncoder().encodeToString("k".repeat(32).getBytes()));
        assertThat(other.open(ann.id().value(), sealed)).isEmpty();
        assertThat(SubsonicKey.of(KEY).open(ann.id().value(), sealed)).contains("subsonic-secret");
        assertThat(SubsonicKey.of(KEY).open(ann.id().value(), new byte[] {2, 1})).isEmpty();
    }

    @Test
    void theKeyFile_isCreatedForItsOwnerOnly_andReadAgainTheNextTime(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("subsonic.key");

        SubsonicKey created = SubsonicKey.loadOrCreate(file);
        byte[] sealed = created.seal(7, "subsonic-secret");

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Base64.getDecoder().decode(Files.readString(file).strip())).hasSize(32);
        assertThat(SubsonicKey.loadOrCreate(file).open(7, sealed)).contains("subsonic-secret");
        assertThat(created).hasToString("SubsonicKey[hidden]");
    }

    @Test
    void theKeyFile_ofADataDirectoryNotMadeYet_isCreatedWithItsDirectory(@TempDir Path dir) {
        Path file = dir.resolve("data").resolve("subsonic.key"); // a server database: nothing made data/ before

        SubsonicKey created = SubsonicKey.loadOrCreate(file);

        assertThat(Files.isRegularFile(file)).isTrue();
        assertThat(SubsonicKey.loadOrCreate(file).open(7, created.seal(7, "secret"))).contains("secret");
    }

    @Test
    void aKeyThatIsNot32BytesOfBase64_isRefused_namingTheSetting() {
        assertThatThrownBy(() -> SubsonicKey.of("not base64!")).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("subsonic.key");
        assertThatThrownBy(() -> SubsonicKey.of(Base64.getEncoder().encodeToString(new byte[16])))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("16 bytes");
    }

    @Test
    void withoutABoundKey_storingSaysWhatIsMissing() {
        Injector bare = Guice.createInjector(new PersistenceModule(db.settings()));
        try {
            User ann = ann();
            assertThatThrownBy(() -> bare.getInstance(SubsonicPasswords.class).set(ann.id(),
                    Password.of("subsonic-secret"))).hasMessageContaining("no SubsonicKey");
        } finally {
            bare.getInstance(HikariDataSource.class).close();
        }
    }
}
