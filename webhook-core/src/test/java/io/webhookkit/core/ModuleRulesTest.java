package io.webhookkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Checks the rules between the repository's modules, read from their POMs: core depends on no HTTP
 * library, the verifier and its Redis guard not on OkHttp, and no module depends on the CLI, the
 * Maven plugin or the testkit (the examples may use the testkit in their tests). It lives in core,
 * the first module built, so a broken rule fails the build early. The enforcer rules in the core
 * and verifier POMs check the same for transitive dependencies.
 */
class ModuleRulesTest {

  private static final Set<String> HTTP_GROUPS =
      Set.of(
          "com.squareup.okhttp3",
          "com.squareup.okhttp",
          "org.apache.httpcomponents",
          "org.apache.httpcomponents.client5",
          "io.netty",
          "org.eclipse.jetty",
          "jakarta.servlet",
          "javax.servlet",
          "io.undertow");

  private static final Set<String> LEAF_MODULES =
      Set.of("webhook-cli", "webhook-maven-plugin", "webhook-testkit");

  /** Module name to its dependencies as {@code groupId:artifactId:scope}. */
  private static final Map<String, List<String>> MODULES = new LinkedHashMap<>();

  @BeforeAll
  static void readThePoms() throws Exception {
    Path root = Path.of("..").toAbsolutePath().normalize();
    for (String module : children(read(root.resolve("pom.xml")), "modules", "module")) {
      Path pom = root.resolve(module).resolve("pom.xml");
      assertThat(pom).as("POM of module %s", module).exists();
      List<String> dependencies = new ArrayList<>();
      Element project = read(pom).getDocumentElement();
      Element list = child(project, "dependencies");
      if (list != null) {
        for (Element dependency : elements(list, "dependency")) {
          String scope = text(dependency, "scope");
          dependencies.add(
              text(dependency, "groupId")
                  + ":"
                  + text(dependency, "artifactId")
                  + ":"
                  + (scope == null ? "compile" : scope));
        }
      }
      MODULES.put(module, dependencies);
    }
  }

  @Test
  void readsEveryModuleOfTheBuild() {
    assertThat(MODULES)
        .containsKeys(
            "webhook-core",
            "webhook-verifier",
            "webhook-verifier-redis",
            "webhook-client",
            "webhook-outbox",
            "webhook-dispatcher",
            "webhook-testkit",
            "webhook-maven-plugin",
            "webhook-cli",
            "examples");
  }

  @Test
  void coreDependsOnNoHttpLibrary() {
    assertThat(shippedClosure("webhook-core"))
        .noneMatch(dependency -> HTTP_GROUPS.contains(groupOf(dependency)));
  }

  @Test
  void verifierDependsOnNoHttpClient() {
    assertThat(shippedClosure("webhook-verifier"))
        .noneMatch(dependency -> groupOf(dependency).startsWith("com.squareup.okhttp"));
  }

  @Test
  void verifierLeavesTheRedisClientToItsRedisModule() {
    assertThat(shippedClosure("webhook-verifier"))
        .noneMatch(dependency -> groupOf(dependency).equals("redis.clients"));
  }

  @Test
  void redisGuardDependsOnNoHttpClient() {
    assertThat(shippedClosure("webhook-verifier-redis"))
        .contains("redis.clients:jedis:compile")
        .noneMatch(dependency -> groupOf(dependency).startsWith("com.squareup.okhttp"));
  }

  @Test
  void outboxDependsOnNoHttpClient() {
    assertThat(shippedClosure("webhook-outbox"))
        .noneMatch(dependency -> HTTP_GROUPS.contains(groupOf(dependency)));
  }

  @Test
  void noModuleDependsOnTheCliThePluginOrTheTestkit() {
    for (Map.Entry<String, List<String>> module : MODULES.entrySet()) {
      for (String dependency : module.getValue()) {
        String artifact = artifactOf(dependency);
        boolean testkitInExampleTests =
            module.getKey().equals("examples")
                && artifact.equals("webhook-testkit")
                && dependency.endsWith(":test");
        if (LEAF_MODULES.contains(artifact) && !testkitInExampleTests) {
          throw new AssertionError(module.getKey() + " depends on " + dependency);
        }
      }
    }
  }

  @Test
  void noHttpClientIsOnTheClasspathOfCore() {
    assertThatThrownBy(() -> Class.forName("okhttp3.OkHttpClient"))
        .isInstanceOf(ClassNotFoundException.class);
  }

  /** Returns the compile and runtime dependencies of a module, following its sibling modules. */
  private static Set<String> shippedClosure(String module) {
    Set<String> closure = new LinkedHashSet<>();
    Deque<String> pending = new ArrayDeque<>(List.of(module));
    while (!pending.isEmpty()) {
      for (String dependency : MODULES.getOrDefault(pending.pop(), List.of())) {
        if (dependency.endsWith(":test") || dependency.endsWith(":provided")) {
          continue;
        }
        if (closure.add(dependency) && MODULES.containsKey(artifactOf(dependency))) {
          pending.push(artifactOf(dependency));
        }
      }
    }
    return closure;
  }

  private static String groupOf(String dependency) {
    return dependency.split(":")[0];
  }

  private static String artifactOf(String dependency) {
    return dependency.split(":")[1];
  }

  private static Document read(Path pom) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(pom.toFile());
  }

  private static List<String> children(Document document, String list, String item) {
    List<String> values = new ArrayList<>();
    Element parent = child(document.getDocumentElement(), list);
    for (Element element : elements(parent, item)) {
      values.add(element.getTextContent().strip());
    }
    return values;
  }

  private static Element child(Element parent, String name) {
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element && node.getNodeName().equals(name)) {
        return (Element) node;
      }
    }
    return null;
  }

  private static List<Element> elements(Element parent, String name) {
    List<Element> found = new ArrayList<>();
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      if (nodes.item(i) instanceof Element && nodes.item(i).getNodeName().equals(name)) {
        found.add((Element) nodes.item(i));
      }
    }
    return found;
  }

  private static String text(Element parent, String name) {
    Element element = child(parent, name);
    return element == null ? null : element.getTextContent().strip();
  }
}
