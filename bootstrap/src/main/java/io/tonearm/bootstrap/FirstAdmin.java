package io.tonearm.bootstrap;

import io.tonearm.application.users.Accounts;
import io.tonearm.domain.user.User;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** On a server's start with no user: adds the configured first admin, or says in one line how to add one. */
final class FirstAdmin {
    private static final Logger LOG = LoggerFactory.getLogger(FirstAdmin.class);

    private FirstAdmin() {
    }

    /** @return the admin added now, or empty if users existed or none is configured */
    static Optional<User> ensure(AuthConfig auth, Accounts accounts) {
        if (accounts.countUsers() > 0) {
            return Optional.empty();
        }
        Optional<AuthConfig.FirstAdmin> configured = auth.firstAdmin();
        if (configured.isEmpty()) {
            LOG.warn("no user yet, so nobody can use the API: create the first admin with `tonearm users add NAME "
                    + "--admin`, or set TONEARM_ADMIN_USER and TONEARM_ADMIN_PASSWORD and start again");
            return Optional.empty();
        }
        Optional<User> added = accounts.createFirstAdmin(configured.get().name(), configured.get().password());
        added.ifPresent(admin -> LOG.info("first admin {} created from auth.admin-user (TONEARM_ADMIN_USER)",
                admin.name()));
        return added;
    }
}
