package io.tonearm.application.users;

import io.tonearm.domain.InvalidValueException;
import io.tonearm.domain.port.CacheInvalidation;
import io.tonearm.domain.port.CacheInvalidation.EntryDrop;
import io.tonearm.domain.port.ChangeLog;
import io.tonearm.domain.port.QueryCache;
import io.tonearm.domain.user.Account;
import io.tonearm.domain.user.ApiToken;
import io.tonearm.domain.user.ApiTokens;
import io.tonearm.domain.user.Credentials;
import io.tonearm.domain.user.NewApiToken;
import io.tonearm.domain.user.NewUser;
import io.tonearm.domain.user.Password;
import io.tonearm.domain.user.PasswordHash;
import io.tonearm.domain.user.PasswordHasher;
import io.tonearm.domain.user.SubsonicPasswords;
import io.tonearm.domain.user.TokenId;
import io.tonearm.domain.user.TokenName;
import io.tonearm.domain.user.User;
import io.tonearm.domain.user.UserId;
import io.tonearm.domain.user.UserName;
import io.tonearm.domain.user.Users;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The users' use cases. Every change that must end sign-ins (a password, a revoked token, a removed user) moves
 * the user's credentials version on in the store, writes the drop of the user's cached {@link CredentialState} into
 * the change log in the same transaction (for the processes that share no cache with this one) and then drops it
 * from the cache, in every process sharing the cache; {@link #recheck} compares against that state.
 */
final class UserAccountsService implements UserAccounts {
    private final Users users;
    private final ApiTokens tokens;
    private final PasswordHasher hasher;
    private final SubsonicPasswords subsonic;
    private final QueryCache cache;
    private final ChangeLog changes;
    private final Clock clock;
    /** Queries a user's removal can change beyond the user's own: dropped whole. */
    private final Set<String> droppedOnRemoval;
    /** Told of each removal, once applied, with the queries it dropped whole (the live cache dashboard). */
    private final Consumer<Set<String>> removed;
    private final TokenSecrets secrets = new TokenSecrets();
    private final SecureRandom random = new SecureRandom();
    /** Checked against when the name is unknown, so that an unknown name takes as long as a wrong password. */
    private volatile PasswordHash decoy;

    UserAccountsService(Users users, ApiTokens tokens, PasswordHasher hasher, SubsonicPasswords subsonic,
                        QueryCache cache, ChangeLog changes, Clock clock, Set<String> droppedOnRemoval,
                        Consumer<Set<String>> removed) {
        this.removed = removed;
        this.droppedOnRemoval = droppedOnRemoval;
        this.users = users;
        this.tokens = tokens;
        this.hasher = hasher;
        this.subsonic = subsonic;
        this.cache = cache;
        this.changes = changes;
        this.clock = clock;
    }

    // ---- accounts

    @Override
    public List<User> getUsers() {
        return users.findAll();
    }

    @Override
    public Optional<User> getUser(UserId id) {
        return users.findById(Objects.requireNonNull(id, "id"));
    }

    @Override
    public Optional<User> findUserByName(UserName name) {
        return users.findByName(Objects.requireNonNull(name, "name"));
    }

    @Override
    public long countUsers() {
        return users.count();
    }

    @Override
    public User addUser(UserName name, Password password, boolean admin) {
        return users.add(newUser(name, password, admin));
    }

    @Override
    public Optional<User> createFirstAdmin(UserName name, Password password) {
        if (users.count() > 0) {
            return Optional.empty();
        }
        return users.addIfNone(newUser(name, password, true));
    }

    private NewUser newUser(UserName name, Password password, boolean admin) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(password, "password");
        return new NewUser(name, hasher.hash(password), admin, clock.instant());
    }

    @Override
    public boolean deleteUser(UserId id) {
        Optional<User> user = users.findById(Objects.requireNonNull(id, "id"));
        if (user.isEmpty()) {
            return false;
        }
        if (user.get().admin() && users.countAdmins() <= 1) {
            throw new LastAdminException(user.get().name().value());
        }
        CacheInvalidation removal = droppedOnRemoval.isEmpty() ? signInsEnded(id)
                : signInsEnded(id).and(CacheInvalidation.ofQueries(droppedOnRemoval));
        boolean deleted = changes.recording(removal, () -> users.delete(id));
        forgetSignIns(id);
        if (deleted && !droppedOnRemoval.isEmpty()) {
            cache.invalidateQueries(droppedOnRemoval);
        }
        if (deleted) {
            removed.accept(droppedOnRemoval);
        }
        return deleted;
    }

    @Override
    public boolean setPassword(UserId id, Password password) {
        Objects.requireNonNull(id, "id");
        PasswordHash hash = hasher.hash(Objects.requireNonNull(password, "password"));
        boolean exists = changes.recording(signInsEnded(id), () -> users.setPasswordHash(id, hash));
        forgetSignIns(id);
        return exists;
    }

    @Override
    public boolean changeOwnPassword(UserId id, String currentPassword, Password newPassword) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(newPassword, "newPassword");
        Optional<Account> account = users.findAccount(id);
        if (account.isEmpty()) {
            return false;
        }
        if (currentPassword == null || !hasher.matches(currentPassword, account.get().passwordHash())) {
            throw new InvalidValueException("currentPassword", "currentPassword is not the user's password");
        }
        return setPassword(id, newPassword);
    }

    /** @return the change log's record of a change that ends the user's sign-ins */
    private static CacheInvalidation signInsEnded(UserId id) {
        return new CacheInvalidation(false, Set.of(), Set.of(),
                Set.of(new EntryDrop(UserQueries.CREDENTIALS.name(), UserQueries.key(id))));
    }

    /** After the store changed: every process drops the state, so that remembered sign-ins verify again. */
    private void forgetSignIns(UserId id) {
        cache.invalidate(UserQueries.CREDENTIALS, UserQueries.key(id));
    }

    // ---- signing in

    @Override
    public Optional<SignIn> verify(Credentials credentials) {
        Objects.requireNonNull(credentials, "credentials");
        Optional<SignIn> signIn;
        if (credentials instanceof Credentials.NameAndPassword offer) {
            signIn = verifyPassword(offer.name(), offer.password());
        } else if (credentials instanceof Credentials.SubsonicPassword offer) {
            signIn = verifySubsonic(offer.name(), stored -> sameText(stored.value(), offer.password()));
        } else if (credentials instanceof Credentials.SubsonicToken offer) {
            signIn = verifySubsonic(offer.name(), stored -> sameText(md5Hex(stored.value() + offer.salt()),
                    offer.token().toLowerCase(Locale.ROOT)));
        } else {
            signIn = verifyToken(((Credentials.Token) credentials).secret());
        }
        signIn.ifPresent(in -> users.setLastSeen(in.caller().id(), clock.instant()));
        return signIn;
    }

    private Optional<SignIn> verifyPassword(String name, String password) {
        if (password.getBytes(StandardCharsets.UTF_8).length > Password.MAX_BYTES
                || name.length() > 4 * UserName.MAX_LENGTH) {
            return Optional.empty(); // no account has such a password or name; hashing it would only cost time
        }
        Optional<Account> account = users.findAccountByName(name);
        if (account.isEmpty()) {
            hasher.matches(password, decoy());
            return Optional.empty();
        }
        if (!hasher.matches(password, account.get().passwordHash())) {
            return Optional.empty();
        }
        return Optional.of(new SignIn(caller(CredentialState.of(account.get())),
                account.get().credentialsVersion(), null));
    }

    /**
     * @throws NoSubsonicPasswordException if the user exists but has no Subsonic password
     */
    private Optional<SignIn> verifySubsonic(String name, Predicate<Password> matches) {
        if (name.length() > 4 * UserName.MAX_LENGTH) {
            return Optional.empty();
        }
        Optional<Account> account = users.findAccountByName(name);
        if (account.isEmpty()) {
            return Optional.empty();
        }
        Password stored = subsonic.find(account.get().user().id())
                .orElseThrow(() -> new NoSubsonicPasswordException(account.get().user().name().value()));
        if (!matches.test(stored)) {
            return Optional.empty();
        }
        return Optional.of(new SignIn(caller(CredentialState.of(account.get())),
                account.get().credentialsVersion(), null));
    }

    /** Compares in a time that does not depend on where the texts differ. */
    private static boolean sameText(String expected, String offered) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                offered.getBytes(StandardCharsets.UTF_8));
    }

    private static String md5Hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has MD5", e);
        }
    }

    private Optional<SignIn> verifyToken(String secret) {
        if (!TokenSecrets.looksLikeSecret(secret)) {
            return Optional.empty();
        }
        Optional<ApiToken> token = tokens.findByHash(TokenSecrets.hash(secret));
        if (token.isEmpty() || token.get().isExpiredAt(clock.instant())) {
            return Optional.empty();
        }
        return users.findAccount(token.get().owner())
                .map(account -> new SignIn(caller(CredentialState.of(account)), account.credentialsVersion(),
                        token.get().expiresAt()));
    }

    private PasswordHash decoy() {
        PasswordHash hash = decoy;
        if (hash == null) {
            byte[] random = new byte[18];
            new SecureRandom().nextBytes(random);
            hash = hasher.hash(Password.of(Base64.getEncoder().encodeToString(random)));
            decoy = hash;
        }
        return hash;
    }

    @Override
    public Optional<Caller> recheck(SignIn signIn) {
        Objects.requireNonNull(signIn, "signIn");
        if (signIn.expiresAt() != null && !clock.instant().isBefore(signIn.expiresAt())) {
            return Optional.empty();
        }
        UserId id = signIn.caller().id();
        CredentialState state = cache.get(UserQueries.CREDENTIALS, UserQueries.key(id),
                () -> users.findAccount(id).map(CredentialState::of).orElse(null));
        if (state == null || state.credentialsVersion() != signIn.credentialsVersion()) {
            return Optional.empty();
        }
        return Optional.of(caller(state));
    }

    private static Caller caller(CredentialState state) {
        return new Caller(state.id(), state.name(), state.admin());
    }

    // ---- Subsonic passwords

    @Override
    public boolean setSubsonicPassword(UserId id, Password password) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(password, "password");
        boolean exists = changes.recording(signInsEnded(id), () -> subsonic.set(id, password));
        forgetSignIns(id);
        return exists;
    }

    @Override
    public Optional<Password> generateSubsonicPassword(UserId id) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        StringBuilder text = new StringBuilder(GENERATED_LENGTH);
        for (int i = 0; i < GENERATED_LENGTH; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        Password password = Password.of(text.toString());
        return setSubsonicPassword(id, password) ? Optional.of(password) : Optional.empty();
    }

    // ---- tokens

    @Override
    public IssuedToken issueToken(UserId owner, TokenName name, Instant expiresAt) {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(name, "name");
        String secret = secrets.newSecret();
        ApiToken token = tokens.add(new NewApiToken(owner, name, TokenSecrets.hash(secret), clock.instant(),
                expiresAt));
        return new IssuedToken(token, secret);
    }

    @Override
    public List<ApiToken> listTokens(UserId owner) {
        return tokens.findByOwner(Objects.requireNonNull(owner, "owner"));
    }

    @Override
    public boolean deleteToken(UserId owner, TokenId id) {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(id, "id");
        boolean deleted = changes.recording(signInsEnded(owner), () -> tokens.delete(owner, id));
        if (deleted) {
            forgetSignIns(owner);
        }
        return deleted;
    }
}
