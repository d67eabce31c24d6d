package io.tonearm.adapters.persistence.users;

import java.sql.SQLIntegrityConstraintViolationException;
import java.util.function.Function;
import org.apache.ibatis.session.ExecutorType;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;

/** Runs the users' statements in one transaction each, committing at the end or rolling back on any failure. */
final class UserSessions {
    private final SqlSessionFactory factory;

    UserSessions(SqlSessionFactory factory) {
        this.factory = factory;
    }

    <T> T read(Function<SqlSession, T> work) {
        try (SqlSession session = factory.openSession(ExecutorType.SIMPLE, false)) {
            T result = work.apply(session);
            session.rollback(true);
            return result;
        }
    }

    <T> T write(Function<SqlSession, T> work) {
        try (SqlSession session = factory.openSession(ExecutorType.SIMPLE, false)) {
            T result;
            try {
                result = work.apply(session);
                session.commit(true);
            } catch (RuntimeException | Error e) {
                session.rollback(true);
                throw e;
            }
            return result;
        }
    }

    static boolean isDuplicateKey(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLIntegrityConstraintViolationException && cause.getMessage() != null
                    && cause.getMessage().contains("Duplicate entry")) {
                return true;
            }
        }
        return false;
    }
}
