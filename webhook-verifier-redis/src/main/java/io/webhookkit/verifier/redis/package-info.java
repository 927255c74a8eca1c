/**
 * A {@link io.webhookkit.verifier.ReplayGuard} kept in Redis, so that every instance of a receiver
 * shares one memory of the delivery ids it accepted. Nothing here logs or prints.
 */
package io.webhookkit.verifier.redis;
