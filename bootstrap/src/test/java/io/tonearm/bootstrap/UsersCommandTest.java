package io.tonearm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.tonearm.adapters.persistence.testing.TestDatabase;
import io.tonearm.domain.InvalidValueException;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/** {@code tonearm users} as an operator runs it, against the real MariaDB; passwords come from a prompt. */
@TestMethodOrder(org.junit.jupiter.api.MethodOrderer.MethodName.class)
class UsersCommandTest {
    static TestDatabase database;
    static Map<String, String> environment;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final Deque<String> typed = new ArrayDeque<>();

    @BeforeAll
    static void createDatabase(@TempDir Path dataDir) {
        database = TestDatabase.create();
        environment = FullStackTest.environment(database.settings(), dataDir);
    }

    @AfterAll
    static void dropDatabase() {
        database.close();
    }

    @Test
    void a_addingUsers_takesThePasswordFromThePrompt_andListsThem_withoutTheirHashes() throws SQLException {
        typed.add("first-admin-pw");
        assertThat(run("users", "add", "Olga", "--admin")).as(err.toString()).isEqualTo(ExitCodes.OK);
        typed.add("listener-pw");
        assertThat(run("users", "add", "pat")).as(err.toString()).isEqualTo(ExitCodes.OK);

        assertThat(out.toString()).contains("added admin Olga", "added user pat");
        assertThat(storedHash("pat")).startsWith("$argon2id$").doesNotContain("listener-pw");
        out.getBuffer().setLength(0);
        assertThat(run("users", "list")).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).containsPattern("Olga\\s+yes").containsPattern("pat\\s+no")
                .doesNotContain("argon2");
    }

    @Test
    void b_aPasswordIsNeverAnArgument_andABadOneOrATakenNameIsAUsageError() {
        assertThat(run("users", "add", "quinn", "quinn-password")).isEqualTo(ExitCodes.USAGE);
        typed.add("short");
        assertThat(run("users", "add", "quinn")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("password must have at least 8 characters");
        typed.add("another-password");
        assertThat(run("users", "add", "OLGA")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("exists already");
    }

    @Test
    void c_passwdReplacesTheHash_andRemoveRefusesTheOnlyAdmin() throws SQLException {
        String before = storedHash("pat");
        typed.add("a-new-password");

        assertThat(run("users", "passwd", "PAT")).as(err.toString()).isEqualTo(ExitCodes.OK);
        assertThat(storedHash("pat")).isNotEqualTo(before).startsWith("$argon2id$");
        assertThat(run("users", "remove", "olga")).isEqualTo(ExitCodes.FAILED);
        assertThat(err.toString()).contains("only admin");
        assertThat(run("users", "remove", "pat")).isEqualTo(ExitCodes.OK);
        assertThat(run("users", "remove", "pat")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("no user named pat");
    }

    @Test
    void d_withoutATerminal_thePasswordIsTheFirstLineOfStandardInput() {
        var prompt = new ConsolePasswordPrompt(null,
                new ByteArrayInputStream("piped password\nsecond line\n".getBytes(StandardCharsets.UTF_8)));
        var empty = new ConsolePasswordPrompt(null, new ByteArrayInputStream(new byte[0]));

        assertThat(prompt.read("Password: ")).isEqualTo("piped password");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> empty.read("Password: "))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("standard input");
    }

    private int run(String... args) {
        var cli = Cli.create(environment, question -> {
            if (typed.isEmpty()) {
                throw new InvalidValueException("password", "no password was typed");
            }
            return typed.poll();
        });
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private static String storedHash(String name) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT password_hash FROM users WHERE name = '" + name + "'")) {
            return rs.next() ? rs.getString(1) : null;
        }
    }
}
