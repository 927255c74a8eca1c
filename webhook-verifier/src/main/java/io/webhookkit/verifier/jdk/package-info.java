/**
 * An adapter for the JDK's built-in {@code com.sun.net.httpserver.HttpServer}: {@link
 * io.webhookkit.verifier.jdk.WebhookHttpHandler} verifies each request and hands verified webhooks
 * to a {@link io.webhookkit.verifier.jdk.WebhookReceiver}. It needs nothing beyond the JDK.
 */
package io.webhookkit.verifier.jdk;
