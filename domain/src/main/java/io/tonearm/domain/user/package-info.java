/**
 * Users of the server and their credentials: accounts ({@link io.tonearm.domain.user.User}), the password
 * and token values they sign in with, and the ports that store them ({@link io.tonearm.domain.user.Users},
 * {@link io.tonearm.domain.user.ApiTokens}) and hash passwords ({@link io.tonearm.domain.user.PasswordHasher}).
 * A password or a token secret never appears in a {@code toString()}.
 */
package io.tonearm.domain.user;
