/**
 * Following the catalog's change log: every process reads the changes the others committed
 * ({@link io.tonearm.domain.port.ChangeLog}) and drops what they made stale from its own cache tier. Obtain the
 * follower with {@link io.tonearm.application.changelog.ChangeFollower#create}.
 */
package io.tonearm.application.changelog;
