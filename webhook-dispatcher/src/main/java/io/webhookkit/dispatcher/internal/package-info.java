/** Helpers of the webhook dispatcher. Not an API: these types may change without notice. */
package io.webhookkit.dispatcher.internal;
