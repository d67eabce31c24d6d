package io.tonearm.adapters.cache;

import dev.failsafe.CircuitBreaker;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.exceptions.JedisException;
import redis.clients.jedis.exceptions.JedisNoScriptException;

/**
 * The commands tier 2 sends Redis, through a circuit breaker that stops calling it after a few failures; and
 * what went wrong last, and since when the tier is out of use, for the status and the log.
 */
final class RedisCalls {
    // the tier's one logger, so that its lines keep the name they always had
    private static final Logger LOG = LoggerFactory.getLogger(RedisTier.class);

    private final JedisPooled redis;
    private final URI uri;
    private final BooleanSupplier closed;
    private final CircuitBreaker<Object> breaker;
    private final AtomicBoolean breakerOpened = new AtomicBoolean();
    private final LongAdder errors = new LongAdder();

    private volatile Instant downSince;
    private volatile boolean everInStep;
    private volatile boolean warnedNotYetInUse;
    private volatile String problem = "not connected yet";

    /** @param closed whether the tier is closed, after which no command is sent through the breaker */
    RedisCalls(JedisPooled redis, RedisSettings settings, BooleanSupplier closed) {
        this.redis = redis;
        this.uri = settings.uri();
        this.closed = closed;
        this.breaker = CircuitBreaker.builder()
                .handle(JedisException.class)
                .withFailureThreshold(settings.breakerFailureThreshold())
                .withDelay(settings.breakerOpenFor())
                .withSuccessThreshold(1)
                // once per outage, not at every failed probe of a half-open breaker
                .onOpen(event -> {
                    if (breakerOpened.compareAndSet(false, true)) {
                        LOG.warn("Redis does not answer: the circuit breaker stops calling it for a while");
                    }
                })
                .onClose(event -> {
                    if (breakerOpened.compareAndSet(true, false)) {
                        LOG.info("Redis answers again: the circuit breaker closed");
                    }
                })
                .build();
    }

    /** @return the command's answer, or null if Redis could not answer (counted, and fed to the breaker) */
    <T> T call(Function<JedisPooled, T> command) {
        return call(null, command);
    }

    /**
     * @param query the named query the command serves, whose errors it counts too; null for none
     * @return the command's answer, or null if Redis could not answer (counted, and fed to the breaker)
     */
    <T> T call(QueryState query, Function<JedisPooled, T> command) {
        if (closed.getAsBoolean() || !breaker.tryAcquirePermit()) {
            return null;
        }
        try {
            T result = command.apply(redis);
            breaker.recordSuccess();
            return result;
        } catch (RuntimeException e) {
            breaker.recordFailure();
            errors.increment();
            if (query != null) {
                query.tier2Errors.increment();
            }
            problem(e.getClass().getSimpleName() + ": " + e.getMessage());
            return null;
        }
    }

    Object script(RedisScript script, List<byte[]> names, List<byte[]> values) {
        return script(null, script, names, values);
    }

    Object script(QueryState query, RedisScript script, List<byte[]> names, List<byte[]> values) {
        return call(query, jedis -> runScript(jedis, script, names, values));
    }

    /**
     * Runs a script whether the breaker is open or the tier closed, and without telling the breaker how it went:
     * for a caller that knows better than the breaker whether Redis answers.
     *
     * @return the script's answer, or null if Redis could not answer (counted)
     */
    Object scriptPastBreaker(RedisScript script, List<byte[]> names, List<byte[]> values) {
        return pastBreaker(jedis -> runScript(jedis, script, names, values));
    }

    /** Publishes a message past the breaker, as {@link #scriptPastBreaker} runs a script. */
    void publishPastBreaker(byte[] channel, byte[] message) {
        pastBreaker(jedis -> jedis.publish(channel, message));
    }

    private <T> T pastBreaker(Function<JedisPooled, T> command) {
        try {
            return command.apply(redis);
        } catch (RuntimeException e) {
            errors.increment();
            problem(e.getClass().getSimpleName() + ": " + e.getMessage());
            return null;
        }
    }

    private static Object runScript(JedisPooled jedis, RedisScript script, List<byte[]> names, List<byte[]> values) {
        try {
            return jedis.evalsha(script.sha1(), names, values);
        } catch (JedisNoScriptException e) {
            return jedis.eval(script.source(), names, values);
        }
    }

    /** Records what went wrong last, for the status; the maintenance thread logs the outage it causes. */
    void problem(String what) {
        problem = what;
        if (!everInStep && !warnedNotYetInUse) {
            warnedNotYetInUse = true;
            LOG.warn("The shared tier is not in use yet (the cache works without it meanwhile): {}", what);
        } else {
            LOG.debug("Redis: {}", what);
        }
    }

    /**
     * Logs when the shared tier goes out of use or comes back (one line each, not one per failed command: a
     * single timeout that the breaker absorbs leaves the tier in use). Runs on the maintenance thread.
     *
     * @param inStep whether the tier is in use now
     * @param outage what is wrong with the tier, logged when it goes out of use
     */
    void noteHealth(boolean inStep, Supplier<String> outage) {
        Instant since = downSince;
        if (inStep) {
            if (!everInStep) {
                everInStep = true;
                LOG.info("The shared tier (Redis {}:{}) is in use", uri.getHost(), uri.getPort());
            } else if (since != null) {
                LOG.info("The shared tier is in use again after {} ({})", Duration.between(since, Instant.now()),
                        problem);
            }
            downSince = null;
            problem = null;
        } else if (everInStep && since == null) {
            downSince = Instant.now();
            LOG.warn("The shared tier is out of use; reads go to tier 1 and the database: {}", outage.get());
        }
    }

    /** @return since when the tier is out of use, as last noted; null if in use or never in use yet */
    Instant downSince() {
        return downSince;
    }

    /** @return what went wrong last, or {@code otherwise} if nothing did since the tier was last in use */
    String problemOr(String otherwise) {
        return problem == null ? otherwise : problem;
    }

    boolean breakerOpen() {
        return breaker.isOpen();
    }

    boolean breakerClosed() {
        return breaker.isClosed();
    }

    /** @return the commands that failed */
    long errors() {
        return errors.sum();
    }

    /** Closes the connection pool. */
    void close() {
        redis.close();
    }
}
