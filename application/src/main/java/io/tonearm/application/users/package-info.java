/**
 * Users and signing in: managing accounts ({@link io.tonearm.application.users.Accounts}), verifying a name and
 * password or an API token ({@link io.tonearm.application.users.Authentication}), and the users' tokens
 * ({@link io.tonearm.application.users.UserTokens}); all three in one handle from
 * {@link io.tonearm.application.users.UserAccounts#create}. Every adapter that signs callers in (the JSON API,
 * Subsonic's /rest, the web app, the command line) goes through these use cases.
 */
package io.tonearm.application.users;
