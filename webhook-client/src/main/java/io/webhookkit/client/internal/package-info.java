/** Helpers of the webhook client. Not an API: these types may change without notice. */
package io.webhookkit.client.internal;
