package io.tonearm.adapters.persistence.users;

import com.google.inject.AbstractModule;
import com.google.inject.Singleton;
import io.tonearm.domain.user.ApiTokens;
import io.tonearm.domain.user.PasswordHasher;
import io.tonearm.domain.user.Users;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.SqlSessionFactory;

/**
 * Binds {@link Users} and {@link ApiTokens} to MariaDB and {@link PasswordHasher} to Argon2id. Installed by
 * {@code PersistenceModule}, whose {@link SqlSessionFactory} it uses (with {@link #addMappers} applied).
 */
public final class UsersModule extends AbstractModule {

    @Override
    protected void configure() {
        requireBinding(SqlSessionFactory.class);
        bind(Users.class).to(MyBatisUsers.class).in(Singleton.class);
        bind(ApiTokens.class).to(MyBatisApiTokens.class).in(Singleton.class);
        bind(PasswordHasher.class).to(Argon2PasswordHasher.class).in(Singleton.class);
    }

    /** Adds this package's mappers to a MyBatis configuration being built. */
    public static void addMappers(Configuration configuration) {
        configuration.addMapper(UserMapper.class);
        configuration.addMapper(TokenMapper.class);
    }
}
