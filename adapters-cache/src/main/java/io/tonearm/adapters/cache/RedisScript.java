package io.tonearm.adapters.cache;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The Lua scripts of the shared tier. Each one runs atomically in Redis, which is what makes a conditional write
 * or an invalidation plus its broadcast indivisible. Scripts that change data first check that the server is the
 * one whose run id names the key space (a server restarted behind the cache's back makes them fail, and the cache
 * resynchronizes). They touch keys they compute (entry and generation keys): fine on one server, not on a cluster.
 *
 * @param name   a name for logs
 * @param source the Lua source
 * @param sha1   the script's SHA-1, for EVALSHA
 */
record RedisScript(String name, byte[] source, byte[] sha1) {

    private static final String SAME_SERVER = """
            local function same_server(space)
              local run_id = string.match(redis.call('INFO', 'server'), 'run_id:(%x+)')
              return run_id ~= nil and string.sub(run_id, 1, #space) == space
            end
            local function count(hash, query, bucket, bytes, entries)
              redis.call('HINCRBY', hash, 'b' .. bucket, bytes)
              redis.call('HINCRBY', hash, 'n' .. bucket, entries)
              redis.call('HINCRBY', hash, 'q:' .. query .. ':b' .. bucket, bytes)
              redis.call('HINCRBY', hash, 'q:' .. query .. ':n' .. bucket, entries)
            end
            local function account(hash, bucket_ms, now, entry, sign, query)
              local size = redis.call('STRLEN', entry)
              if size > 0 then
                local left = redis.call('PTTL', entry)
                if left > 0 then
                  count(hash, query, math.floor((now + left) / bucket_ms), sign * size, sign)
                end
              end
            end
            local function generations(query_key, partition_key)
              local generation = redis.call('GET', query_key) or '0'
              if partition_key ~= '' then
                generation = generation .. '.' .. (redis.call('GET', partition_key) or '0')
              end
              return generation
            end
            local function now_ms()
              local t = redis.call('TIME')
              return tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
            end
            """;

    /**
     * Registers a query name and returns its generation. KEYS: queries set, generation key. ARGV: query name.
     */
    static final RedisScript FETCH = of("fetch", """
            redis.call('SADD', KEYS[1], ARGV[1])
            return tonumber(redis.call('GET', KEYS[2]) or '0')
            """);

    /**
     * Stores results whose query (and partition) generations and entry versions are still the ones read before
     * loading. KEYS: generation key, accounting hash, then per result its entry key and version key.
     * ARGV: generations ("7", or "7.2" with the partition's), bucket length in ms, query name, the partition's
     * generation key or "", then per result the version read, the bytes, the TTL in ms. Returns the number stored.
     */
    static final RedisScript WRITE = of("write", SAME_SERVER + """
            if generations(KEYS[1], ARGV[4]) ~= ARGV[1] then
              return 0
            end
            local now = now_ms()
            local bucket_ms = tonumber(ARGV[2])
            local written = 0
            for i = 1, (#KEYS - 2) / 2 do
              local entry, version = KEYS[2 * i + 1], KEYS[2 * i + 2]
              local expected, value, ttl = ARGV[3 * i + 2], ARGV[3 * i + 3], tonumber(ARGV[3 * i + 4])
              if (redis.call('GET', version) or '0') == expected then
                account(KEYS[2], bucket_ms, now, entry, -1, ARGV[3])
                redis.call('SET', entry, value, 'PX', ttl)
                count(KEYS[2], ARGV[3], math.floor((now + ttl) / bucket_ms), #value, 1)
                written = written + 1
              end
            end
            return written
            """);

    /**
     * Drops one entry: raises its version (so no load that read the old one can store), deletes it under the
     * query's (and partition's) current generations, broadcasts. KEYS: generation key, version key, accounting hash.
     * ARGV: space, entry key prefix, entry key suffix, version TTL in ms, channel, message, bucket length in ms,
     * query name, the partition's generation key or "".
     * Returns the number of processes that received the message, or -1 if the server is not the space's one.
     */
    static final RedisScript INVALIDATE_ENTRY = of("invalidate-entry", SAME_SERVER + """
            if not same_server(ARGV[1]) then
              return -1
            end
            local entry = ARGV[2] .. generations(KEYS[1], ARGV[9]) .. ARGV[3]
            redis.call('INCR', KEYS[2])
            redis.call('PEXPIRE', KEYS[2], ARGV[4])
            account(KEYS[3], tonumber(ARGV[7]), now_ms(), entry, -1, ARGV[8])
            redis.call('DEL', entry)
            return redis.call('PUBLISH', ARGV[5], ARGV[6])
            """);

    /**
     * Raises the generation of named queries (all ever used if asked) and broadcasts them with their new values.
     * KEYS: queries set. ARGV: space, generation key prefix, channel, message header, "1" for every query or "0",
     * then query names. Returns {receivers, name, generation, name, generation, ...}, or {-1} if the server is not
     * the space's one.
     */
    static final RedisScript INVALIDATE_QUERIES = of("invalidate-queries", SAME_SERVER + """
            if not same_server(ARGV[1]) then
              return {-1}
            end
            local names, seen = {}, {}
            for i = 6, #ARGV do
              if not seen[ARGV[i]] then
                seen[ARGV[i]] = true
                table.insert(names, ARGV[i])
              end
            end
            if ARGV[5] == '1' then
              for _, name in ipairs(redis.call('SMEMBERS', KEYS[1])) do
                if not seen[name] then
                  seen[name] = true
                  table.insert(names, name)
                end
              end
            end
            local message, result = {ARGV[4]}, {0}
            for _, name in ipairs(names) do
              redis.call('SADD', KEYS[1], name)
              local generation = redis.call('INCR', ARGV[2] .. name)
              table.insert(message, name)
              table.insert(message, tostring(generation))
              table.insert(result, name)
              table.insert(result, generation)
            end
            result[1] = redis.call('PUBLISH', ARGV[3], table.concat(message, '\\n'))
            return result
            """);

    /**
     * Sums the bytes and entries not yet expired, in all and per query, folding expired buckets into running
     * counts of expirations. KEYS: accounting hash. ARGV: bucket length in ms.
     * Returns {bytes, entries, expired, then per query: name, bytes, entries, expired}.
     */
    static final RedisScript ACCOUNT = of("account", SAME_SERVER + """
            local current = math.floor(now_ms() / tonumber(ARGV[1]))
            local fields = redis.call('HGETALL', KEYS[1])
            local total, queries, names = {0, 0, 0}, {}, {}
            for i = 1, #fields, 2 do
              local field, value = fields[i], tonumber(fields[i + 1])
              local name, rest = string.match(field, '^q:([^:]+):(.+)$')
              local counts, prefix = total, ''
              if name == nil then
                rest = field
              else
                prefix = 'q:' .. name .. ':'
                counts = queries[name]
                if counts == nil then
                  counts = {0, 0, 0}
                  queries[name] = counts
                  table.insert(names, name)
                end
              end
              if rest == 'x' then
                counts[3] = counts[3] + value
              else
                local kind, bucket = string.sub(rest, 1, 1), tonumber(string.sub(rest, 2))
                if bucket < current then
                  if kind == 'n' then
                    counts[3] = counts[3] + value
                    redis.call('HINCRBY', KEYS[1], prefix .. 'x', value)
                  end
                  redis.call('HDEL', KEYS[1], field)
                elseif kind == 'b' then
                  counts[1] = counts[1] + value
                else
                  counts[2] = counts[2] + value
                end
              end
            end
            local result = {total[1], total[2], total[3]}
            for _, name in ipairs(names) do
              local counts = queries[name]
              table.insert(result, name)
              table.insert(result, counts[1])
              table.insert(result, counts[2])
              table.insert(result, counts[3])
            end
            return result
            """);

    private static RedisScript of(String name, String source) {
        byte[] bytes = source.getBytes(StandardCharsets.UTF_8);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1").digest(bytes);
            return new RedisScript(name, bytes, HexFormat.of().formatHex(digest).getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-1", e);
        }
    }
}
