package io.tonearm.application.users;

import io.tonearm.domain.user.UserId;
import io.tonearm.domain.user.UserName;
import java.util.Objects;

/**
 * Who is making a request, once signed in.
 *
 * @param id    the user's id (what per-user data is keyed by)
 * @param name  the user's name
 * @param admin whether the user may change the catalog and manage users
 */
public record Caller(UserId id, UserName name, boolean admin) {
    public Caller {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }
}
