package io.tonearm.adapters.http;

import io.tonearm.domain.user.User;
import java.time.Instant;

/** A user as the API shows it: never a password or its hash. */
record UserResponse(long id, String name, boolean admin, Instant createdAt, Instant lastSeenAt) {

    static UserResponse of(User user) {
        return new UserResponse(user.id().value(), user.name().value(), user.admin(), user.createdAt(),
                user.lastSeenAt());
    }
}
