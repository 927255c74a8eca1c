/**
 * Sends signed webhook deliveries over HTTP: {@link io.webhookkit.client.WebhookClient} makes one
 * attempt per call and reports it as a {@link io.webhookkit.client.DeliveryAttempt}; {@link
 * io.webhookkit.client.WebhookEndpoint} says where to send and with which secret.
 *
 * <p>Everything in {@code io.webhookkit.client.internal} is an implementation detail and may change
 * without notice.
 */
package io.webhookkit.client;
