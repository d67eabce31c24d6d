package io.tonearm.adapters.http.auth;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.EstimationProbe;
import java.time.Duration;
import java.util.Locale;

/**
 * Limits failed sign-ins with Bucket4j token buckets, one per client address and one per user name: a burst of
 * failures is allowed, then one attempt per refill period, and beyond that attempts are refused before any
 * password is checked. A success empties the failures of its address and name. The buckets of addresses and names
 * not seen for a while are dropped, and their number is bounded, so that a spray of names cannot fill the memory.
 */
final class FailureLimiter {
    private final AuthSettings settings;
    private final Cache<String, Bucket> addresses;
    private final Cache<String, Bucket> names;

    FailureLimiter(AuthSettings settings) {
        this.settings = settings;
        Duration idle = settings.failureRefill().multipliedBy(Math.max(settings.failuresPerAddress(),
                settings.failuresPerName()));
        this.addresses = Caffeine.newBuilder().expireAfterAccess(idle).maximumSize(100_000).build();
        this.names = Caffeine.newBuilder().expireAfterAccess(idle).maximumSize(100_000).build();
    }

    /**
     * @param name the name offered, or null (a token names nobody)
     * @throws TooManyFailuresException if the address or the name has no attempt left now
     */
    void check(String address, String name) {
        refuseIfExhausted(addresses.getIfPresent(address), "from " + address);
        if (name != null) {
            refuseIfExhausted(names.getIfPresent(normalized(name)), "for this name");
        }
    }

    private static void refuseIfExhausted(Bucket bucket, String where) {
        if (bucket == null) {
            return;
        }
        EstimationProbe estimate = bucket.estimateAbilityToConsume(1);
        if (!estimate.canBeConsumed()) {
            Duration wait = Duration.ofNanos(estimate.getNanosToWaitForRefill());
            throw new TooManyFailuresException("too many failed sign-ins " + where + "; try again in "
                    + Math.max(1, (wait.toMillis() + 999) / 1000) + " s", wait);
        }
    }

    void failed(String address, String name) {
        addresses.get(address, key -> bucket(settings.failuresPerAddress())).tryConsume(1);
        if (name != null) {
            names.get(normalized(name), key -> bucket(settings.failuresPerName())).tryConsume(1);
        }
    }

    void succeeded(String address, String name) {
        addresses.invalidate(address);
        if (name != null) {
            names.invalidate(normalized(name));
        }
    }

    private Bucket bucket(int burst) {
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(burst).refillGreedy(1, settings.failureRefill()).build())
                .build();
    }

    private static String normalized(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
