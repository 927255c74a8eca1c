/** Helpers of the outbox stores. Not an API: these types may change without notice. */
package io.webhookkit.outbox.internal;
