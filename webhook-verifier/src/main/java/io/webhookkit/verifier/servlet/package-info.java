/**
 * A Jakarta Servlet filter that verifies webhooks before they reach your servlets: {@link
 * io.webhookkit.verifier.servlet.WebhookFilter}. The servlet API (6.0 or later) is an optional
 * dependency: the container provides it.
 */
package io.webhookkit.verifier.servlet;
