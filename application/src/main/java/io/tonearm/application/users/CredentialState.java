package io.tonearm.application.users;

import io.tonearm.domain.user.Account;
import io.tonearm.domain.user.UserId;
import io.tonearm.domain.user.UserName;

/**
 * What confirming a remembered sign-in needs to know of a user, cached under
 * {@link UserQueries#CREDENTIALS}: no secret, so it may be shared between processes.
 *
 * @param id                 the user
 * @param name               their name
 * @param admin              whether they are an admin
 * @param credentialsVersion the version of their credentials
 */
public record CredentialState(UserId id, UserName name, boolean admin, long credentialsVersion) {

    static CredentialState of(Account account) {
        return new CredentialState(account.user().id(), account.user().name(), account.user().admin(),
                account.credentialsVersion());
    }
}
