/**
 * The users' ports on MariaDB ({@link io.tonearm.domain.user.Users}, {@link io.tonearm.domain.user.ApiTokens})
 * and password hashing with Password4j's Argon2id ({@link io.tonearm.domain.user.PasswordHasher}), bound by
 * {@link io.tonearm.adapters.persistence.users.UsersModule}.
 */
package io.tonearm.adapters.persistence.users;
