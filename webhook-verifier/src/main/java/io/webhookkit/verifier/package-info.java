/**
 * Verifies webhook requests that a receiver got from the network: method, body size, Basic
 * credentials, content type, HMAC-SHA256 signature, timestamp and the {@code Projeqtor-*} headers.
 *
 * <p>The package knows no HTTP library: an adapter copies the method, headers and body of its
 * server's request into a {@link io.webhookkit.verifier.WebhookRequest} and answers with the status
 * of the {@link io.webhookkit.verifier.VerificationResult}. Nothing here logs or prints.
 */
package io.webhookkit.verifier;
