/**
 * Helpers of the verifier that are not part of its API: they may change in any release. Use the
 * types of {@code io.webhookkit.verifier} instead.
 */
package io.webhookkit.verifier.internal;
