/**
 * Delivers webhooks reliably: {@link io.webhookkit.dispatcher.WebhookDispatcher} fans each
 * published event out to the matching subscriptions, keeps every delivery in a durable outbox and
 * sends it with retries, per-endpoint circuits and bounded concurrency; a {@link
 * io.webhookkit.dispatcher.DeliveryListener} hears what happens.
 *
 * <p>Everything in {@code io.webhookkit.dispatcher.internal} is an implementation detail and may
 * change without notice.
 */
package io.webhookkit.dispatcher;
