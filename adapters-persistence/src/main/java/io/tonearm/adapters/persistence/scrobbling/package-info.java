/** Scrobbling on MariaDB: each user's listening service token and the durable queue of their listens. */
package io.tonearm.adapters.persistence.scrobbling;
