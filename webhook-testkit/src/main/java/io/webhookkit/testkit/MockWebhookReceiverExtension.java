package io.webhookkit.testkit;

import io.webhookkit.core.Secret;
import io.webhookkit.verifier.SignatureProfile;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * A JUnit 5 extension that starts a {@link MockWebhookReceiver} before each test and stops it
 * after, so that every test begins with no deliveries and no scripted answers.
 *
 * <pre>{@code
 * @RegisterExtension
 * static MockWebhookReceiverExtension receiver =
 *     MockWebhookReceiverExtension.withSecret("s3cret").profile(SignatureProfile.PROJEQTOR_V2);
 *
 * @Test
 * void announcesTheUpdate() {
 *   sender.send(receiver.uri(), ticket);
 *   assertThat(receiver).receivedExactly(1);
 * }
 * }</pre>
 *
 * <p>Registered this way, or through {@link WebhookReceiverTest}, it also injects the receiver of
 * the current test into parameters of type {@link MockWebhookReceiver} (test methods, lifecycle
 * methods, constructors) and into non-static fields of that type. The receiver lives per test
 * method, not per class: a class-wide server would carry deliveries from one test into another.
 * With {@code @TestInstance(PER_CLASS)} constructor and field injection get a receiver that lives
 * as long as the instance; prefer parameters there.
 *
 * <p>Configuration methods return a new extension and leave this one unchanged. {@link #receiver()}
 * refers to the test running now; tests of one class that run concurrently need the injected
 * receivers instead.
 */
public final class MockWebhookReceiverExtension
    implements BeforeEachCallback, AfterEachCallback, ParameterResolver, TestInstancePostProcessor {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(MockWebhookReceiverExtension.class);

  private final List<Secret> secrets;
  private final SignatureProfile profile;
  private final Clock clock;

  /** The receiver of the test running now, for {@link #receiver()}. */
  private volatile MockWebhookReceiver current;

  /**
   * Creates an extension configured by {@link WebhookReceiverTest}, for {@code @ExtendWith}; use
   * {@link #withSecret(String)} when registering it in code.
   */
  public MockWebhookReceiverExtension() {
    this(List.of(), SignatureProfile.PROJEQTOR, null);
  }

  private MockWebhookReceiverExtension(
      List<Secret> secrets, SignatureProfile profile, Clock clock) {
    this.secrets = List.copyOf(secrets);
    this.profile = profile;
    this.clock = clock;
  }

  /**
   * Returns an extension whose receivers verify with {@code secret} (UTF-8 text).
   *
   * @throws IllegalArgumentException if the secret is blank
   */
  public static MockWebhookReceiverExtension withSecret(String secret) {
    return withSecret(Secret.of(secret));
  }

  /** Returns an extension whose receivers verify with {@code secret}. */
  public static MockWebhookReceiverExtension withSecret(Secret secret) {
    return new MockWebhookReceiverExtension(
        List.of(Objects.requireNonNull(secret, "secret")), SignatureProfile.PROJEQTOR, null);
  }

  /** Returns a copy that also accepts {@code secret}, as during a secret rotation. */
  public MockWebhookReceiverExtension andSecret(Secret secret) {
    List<Secret> more = new ArrayList<>(secrets);
    more.add(Objects.requireNonNull(secret, "secret"));
    return new MockWebhookReceiverExtension(more, profile, clock);
  }

  /** Returns a copy whose receivers verify {@code profile}. */
  public MockWebhookReceiverExtension profile(SignatureProfile profile) {
    return new MockWebhookReceiverExtension(
        secrets, Objects.requireNonNull(profile, "profile"), clock);
  }

  /** Returns a copy whose receivers read {@code clock}; the default is the system clock. */
  public MockWebhookReceiverExtension clock(Clock clock) {
    return new MockWebhookReceiverExtension(
        secrets, profile, Objects.requireNonNull(clock, "clock"));
  }

  /**
   * Returns the receiver of the test running now.
   *
   * @throws IllegalStateException outside a test
   */
  public MockWebhookReceiver receiver() {
    MockWebhookReceiver receiver = current;
    if (receiver == null) {
      throw new IllegalStateException(
          "no receiver is running: receiver() works inside a test, between @BeforeEach and"
              + " @AfterEach");
    }
    return receiver;
  }

  /** Returns the URI of the current receiver; see {@link MockWebhookReceiver#uri()}. */
  public URI uri() {
    return receiver().uri();
  }

  /** Returns the URL of the current receiver; see {@link MockWebhookReceiver#url()}. */
  public String url() {
    return receiver().url();
  }

  /** Scripts an answer of the current receiver; see {@link MockWebhookReceiver#respondWith}. */
  public ScriptedResponse respondWith(int status) {
    return receiver().respondWith(status);
  }

  /** Starts the receiver of the test, unless a parameter or field already did. */
  @Override
  public void beforeEach(ExtensionContext context) {
    receiverOf(context);
  }

  /** Stops the receiver of the test. */
  @Override
  public void afterEach(ExtensionContext context) {
    MockWebhookReceiver receiver =
        context.getStore(NAMESPACE).remove(MockWebhookReceiver.class, MockWebhookReceiver.class);
    current = null;
    if (receiver != null) {
      receiver.close();
    }
  }

  /** Resolves parameters of type {@link MockWebhookReceiver}. */
  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == MockWebhookReceiver.class;
  }

  /** Returns the receiver of the current test, starting it if needed. */
  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return receiverOf(context);
  }

  /** Sets the non-static fields of type {@link MockWebhookReceiver} that are still null. */
  @Override
  public void postProcessTestInstance(Object testInstance, ExtensionContext context)
      throws IllegalAccessException {
    for (Class<?> type = testInstance.getClass(); type != null; type = type.getSuperclass()) {
      for (Field field : type.getDeclaredFields()) {
        if (field.getType() == MockWebhookReceiver.class
            && !Modifier.isStatic(field.getModifiers())
            && !Modifier.isFinal(field.getModifiers())) {
          field.setAccessible(true);
          if (field.get(testInstance) == null) {
            field.set(testInstance, receiverOf(context));
          }
        }
      }
    }
  }

  /** Asks JUnit for the test method's context when building the instance, to share its store. */
  @Override
  public ExtensionContextScope getTestInstantiationExtensionContextScope(
      ExtensionContext rootContext) {
    return ExtensionContextScope.TEST_METHOD;
  }

  private MockWebhookReceiver receiverOf(ExtensionContext context) {
    MockWebhookReceiver receiver =
        context
            .getStore(NAMESPACE)
            .getOrComputeIfAbsent(
                MockWebhookReceiver.class, key -> start(context), MockWebhookReceiver.class);
    current = receiver;
    return receiver;
  }

  private MockWebhookReceiver start(ExtensionContext context) {
    MockWebhookReceiver.Builder builder = MockWebhookReceiver.builder();
    if (!secrets.isEmpty()) {
      builder.secrets(secrets).profile(profile);
    } else {
      WebhookReceiverTest settings =
          annotation(context)
              .orElseThrow(
                  () ->
                      new IllegalStateException(
                          "no secret for the mock receiver: annotate the test with"
                              + " @WebhookReceiverTest(secret = ...) or register"
                              + " MockWebhookReceiverExtension.withSecret(...)"));
      if (settings.secret().length == 0) {
        throw new IllegalStateException("@WebhookReceiverTest(secret = {}) names no secret");
      }
      for (String secret : settings.secret()) {
        builder.secret(Secret.of(secret));
      }
      builder.profile(settings.profile());
    }
    if (clock != null) {
      builder.clock(clock);
    }
    return builder.start();
  }

  /** Finds the annotation on the test method, then on its class and the enclosing classes. */
  private static Optional<WebhookReceiverTest> annotation(ExtensionContext context) {
    for (Optional<ExtensionContext> at = Optional.of(context);
        at.isPresent();
        at = at.get().getParent()) {
      Optional<WebhookReceiverTest> found =
          AnnotationSupport.findAnnotation(at.get().getElement(), WebhookReceiverTest.class);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }
}
