package io.tonearm.adapters.cache;

import java.net.URI;
import java.time.Duration;
import redis.clients.jedis.ClientSetInfoConfig;
import redis.clients.jedis.ConnectionPoolConfig;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.util.JedisURIHelper;

/** Opens connections to the configured Redis. Creating them does not connect: nothing here needs Redis up. */
final class RedisConnections {
    private final RedisSettings settings;
    private final HostAndPort address;

    RedisConnections(RedisSettings settings) {
        this.settings = settings;
        this.address = JedisURIHelper.getHostAndPort(settings.uri());
    }

    /** @return a pool whose every command, connection and checkout gives up after {@code timeout} */
    JedisPooled pool() {
        ConnectionPoolConfig pool = new ConnectionPoolConfig();
        pool.setMaxTotal(settings.poolSize());
        pool.setMaxIdle(settings.poolSize());
        pool.setMinIdle(0);
        pool.setMaxWait(settings.timeout());
        pool.setTestWhileIdle(true);
        pool.setTimeBetweenEvictionRuns(Duration.ofSeconds(30));
        return new JedisPooled(address, config(settings.timeout(), "tonearm-cache"), pool);
    }

    /**
     * @param node the process's name, which names the connection in {@code CLIENT LIST}
     * @return a connection for the subscription (Jedis waits without a timeout once subscribed; the cache's
     *     pings find a dead one)
     * @throws redis.clients.jedis.exceptions.JedisConnectionException if Redis cannot be reached
     */
    Jedis subscriber(String node) {
        return new Jedis(address, config(settings.stalenessBound(), "tonearm-cache-subscriber-" + node));
    }

    private DefaultJedisClientConfig config(Duration socketTimeout, String clientName) {
        URI uri = settings.uri();
        return DefaultJedisClientConfig.builder()
                .connectionTimeoutMillis((int) settings.timeout().toMillis())
                .socketTimeoutMillis((int) socketTimeout.toMillis())
                .user(JedisURIHelper.getUser(uri))
                .password(JedisURIHelper.getPassword(uri))
                .database(JedisURIHelper.getDBIndex(uri))
                .ssl(JedisURIHelper.isRedisSSLScheme(uri))
                .clientName(clientName)
                .clientSetInfoConfig(ClientSetInfoConfig.DISABLED)
                .build();
    }
}
