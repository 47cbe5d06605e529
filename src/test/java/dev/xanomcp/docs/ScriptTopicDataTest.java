package dev.xanomcp.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The XanoScript topic files: listed, well-formed, and linked only to topics that exist. */
class ScriptTopicDataTest {
  private static final ScriptCatalog CATALOG = ScriptCatalog.load(new ObjectMapper());

  static Stream<ScriptTopic> topics() {
    return CATALOG.topics().stream();
  }

  @Test
  void indexAndFilesAgreeBothWays() throws IOException, URISyntaxException {
    Path folder = Path.of(ScriptCatalog.class.getClassLoader().getResource("topics/xanoscript").toURI());
    Set<String> files;
    try (Stream<Path> walk = Files.walk(folder)) {
      files = walk.filter(p -> p.toString().endsWith(".md")).map(p -> folder.relativize(p).toString().replace('\\', '/')).collect(Collectors.toSet());
    }
    assertEquals(CATALOG.names().stream().map(n -> n + ".md").collect(Collectors.toSet()), files);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("topics")
  void startsWithItsTitleAndHasAQuickReference(ScriptTopic topic) {
    String body = CATALOG.body(topic);
    assertTrue(body.startsWith("# " + topic.title() + "\n"), topic.name() + " starts with " + body.lines().findFirst().orElse(""));
    assertTrue(body.contains("\n## Quick Reference\n"), topic.name());
    assertFalse(CATALOG.quickReference(topic).isBlank(), topic.name());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("topics")
  void isTidyMarkdown(ScriptTopic topic) {
    String body = CATALOG.body(topic);
    assertFalse(body.startsWith("---"), topic.name() + " has front matter");
    assertFalse(body.contains("\n\n\n"), topic.name() + " has doubled blank lines");
    assertTrue(body.endsWith("\n") && !body.endsWith("\n\n"), topic.name() + " must end with one newline");
    assertEquals(0, body.lines().filter(l -> !l.equals(l.stripTrailing())).count(), topic.name() + " has trailing spaces");
    assertEquals(0, body.lines().filter(l -> l.startsWith("```")).count() % 2, topic.name() + " has an unclosed code fence");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("topics")
  void descriptionIsOneShortLine(ScriptTopic topic) {
    assertFalse(topic.description().isBlank() || topic.description().contains("\n"), topic.name());
    assertTrue(topic.description().length() <= 100, topic.name());
  }

  private static final Pattern RELATED = Pattern.compile("`([a-z0-9/_-]+)`");

  @ParameterizedTest(name = "{0}")
  @MethodSource("topics")
  void relatedTopicsExist(ScriptTopic topic) {
    String body = CATALOG.body(topic);
    int related = body.lastIndexOf("\n## Related");
    assertTrue(related >= 0, topic.name() + " has no Related section");
    Matcher m = RELATED.matcher(body.substring(related));
    while (m.find()) {
      assertTrue(CATALOG.find(m.group(1)).isPresent(), topic.name() + " relates to unknown topic " + m.group(1));
    }
  }

  @Test
  void aliasesDoNotShadowTopicNames() {
    for (ScriptTopic topic : CATALOG.topics()) {
      assertEquals(topic, CATALOG.find(topic.name()).orElseThrow());
    }
  }
}
