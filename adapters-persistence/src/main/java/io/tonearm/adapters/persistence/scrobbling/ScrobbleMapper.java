package io.tonearm.adapters.persistence.scrobbling;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Param;

/** The statements of {@link MyBatisScrobbleQueue} (ScrobbleMapper.xml). */
interface ScrobbleMapper {

    /** A user's account row. */
    final class AccountRow {
        Instant connectedAt;
        Instant rejectedAt;
        String rejection;
    }

    /** A claimed listen with its user's token. */
    final class ListenRow {
        long id;
        long userId;
        String token;
        int attempts;
        Instant listenedAt;
        String artist;
        String title;
        String releaseTitle;
        long durationMs;
    }

    /** The number of a user's listens in one state. */
    final class StateCount {
        int state;
        long count;
    }

    void upsertAccount(@Param("user") long user, @Param("token") String token, @Param("at") Instant at);

    void deleteAccount(@Param("user") long user);

    AccountRow selectAccount(@Param("user") long user);

    List<StateCount> countStates(@Param("user") long user);

    /** Locks the due listens (skipping those another claim holds locked) of users whose token stands. */
    List<ListenRow> selectDue(@Param("now") Instant now, @Param("limit") int limit);

    void lease(@Param("ids") Collection<Long> ids, @Param("until") Instant until);

    void markSent(@Param("ids") Collection<Long> ids, @Param("at") Instant at);

    void postpone(@Param("ids") Collection<Long> ids, @Param("due") Instant due, @Param("error") String error);

    void markFailed(@Param("ids") Collection<Long> ids, @Param("error") String error);

    void rejectToken(@Param("user") long user, @Param("token") String token, @Param("at") Instant at,
                     @Param("reason") String reason);

    void deleteSentBefore(@Param("before") Instant before);
}
