package io.tonearm.adapters.persistence.users;

import com.google.inject.AbstractModule;
import com.google.inject.Singleton;
import com.google.inject.multibindings.OptionalBinder;
import io.tonearm.domain.user.ApiTokens;
import io.tonearm.domain.user.PasswordHasher;
import io.tonearm.domain.user.SubsonicPasswords;
import io.tonearm.domain.user.Users;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.SqlSessionFactory;

/**
 * Binds {@link Users}, {@link ApiTokens} and {@link SubsonicPasswords} to MariaDB and {@link PasswordHasher} to
 * Argon2id. {@link SubsonicPasswords} encrypts with the {@link SubsonicKey} bound elsewhere (an optional binding:
 * without it, storing or reading a Subsonic password fails). Installed by
 * {@code PersistenceModule}, whose {@link SqlSessionFactory} it uses (with {@link #addMappers} applied).
 */
public final class UsersModule extends AbstractModule {

    @Override
    protected void configure() {
        requireBinding(SqlSessionFactory.class);
        bind(Users.class).to(MyBatisUsers.class).in(Singleton.class);
        bind(ApiTokens.class).to(MyBatisApiTokens.class).in(Singleton.class);
        bind(PasswordHasher.class).to(Argon2PasswordHasher.class).in(Singleton.class);
        OptionalBinder.newOptionalBinder(binder(), SubsonicKey.class); // bootstrap binds it from the data directory
        bind(SubsonicPasswords.class).to(MyBatisSubsonicPasswords.class).in(Singleton.class);
    }

    /** Adds this package's mappers to a MyBatis configuration being built. */
    public static void addMappers(Configuration configuration) {
        configuration.addMapper(UserMapper.class);
        configuration.addMapper(TokenMapper.class);
    }
}
