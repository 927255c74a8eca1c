/**
 * Helpers of the Redis replay guard that are not part of its API: they may change in any release.
 * Use {@link io.webhookkit.verifier.redis.RedisReplayGuard} instead.
 */
package io.webhookkit.verifier.redis.internal;
