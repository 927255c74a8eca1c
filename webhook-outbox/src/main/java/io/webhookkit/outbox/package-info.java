/**
 * A durable outbox of webhook deliveries: {@link io.webhookkit.outbox.DeliveryStore} keeps each
 * {@link io.webhookkit.outbox.OutboxEntry} until it is delivered or given up, hands due entries to
 * one node at a time, and keeps each {@link io.webhookkit.outbox.AttemptRecord}. It sends nothing
 * itself.
 *
 * <p>Everything in {@code io.webhookkit.outbox.internal} is an implementation detail and may change
 * without notice.
 */
package io.webhookkit.outbox;
