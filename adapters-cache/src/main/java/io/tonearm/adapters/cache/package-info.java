/**
 * The query cache adapter: an implementation of {@link io.tonearm.domain.port.QueryCache} with an in-process
 * tier (Caffeine, bounded by the serialized size of its results) and, optionally, a tier shared by every
 * process through Redis. Pick one with {@link io.tonearm.adapters.cache.LocalCacheModule} or
 * {@link io.tonearm.adapters.cache.RedisCacheModule}; everything else here is an implementation detail.
 */
package io.tonearm.adapters.cache;
