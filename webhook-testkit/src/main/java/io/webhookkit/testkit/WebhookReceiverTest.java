package io.webhookkit.testkit;

import io.webhookkit.verifier.SignatureProfile;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Gives each test of the annotated class (or the annotated method) a fresh, started {@link
 * MockWebhookReceiver}, injected into test method and constructor parameters and into fields of
 * that type.
 *
 * <pre>{@code
 * @WebhookReceiverTest(secret = "s3cret")
 * class TicketSenderTest {
 *   @Test
 *   void announcesTheUpdate(MockWebhookReceiver receiver) {
 *     sender.send(receiver.uri(), ticket);
 *     assertThat(receiver).receivedExactly(1);
 *   }
 * }
 * }</pre>
 *
 * <p>The receiver starts before each test and stops after it, so no delivery or scripted answer
 * leaks from one test into the next. An annotation on a method wins over one on its class. Do not
 * combine it with a registered {@link MockWebhookReceiverExtension} in the same class: both would
 * offer to resolve the same parameter.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@ExtendWith(MockWebhookReceiverExtension.class)
public @interface WebhookReceiverTest {

  /** The secrets (text, UTF-8) that the sender may sign with; at least one. */
  String[] secret();

  /** The wire format to verify. */
  SignatureProfile profile() default SignatureProfile.PROJEQTOR;
}
