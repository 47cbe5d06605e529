package dev.xanomcp.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xanomcp.docs.ScriptCatalog;
import dev.xanomcp.docs.ScriptTopic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ScriptRendererTest {
  private static final ScriptCatalog CATALOG = ScriptCatalog.load(new ObjectMapper());

  static Stream<ScriptTopic> topics() {
    return CATALOG.topics().stream();
  }

  private static int bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8).length;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("topics")
  void fullIsTheSourceItself(ScriptTopic topic) {
    // The renderer adds nothing to a whole topic: the source must already be clean Markdown
    // (no blank lines at either end, one newline at the end), which this checks.
    assertEquals(CATALOG.body(topic), ScriptRenderer.topic(CATALOG, topic, Mode.FULL, Call.MCP));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("topics")
  void quickReferenceMatchesItsGoldenFile(ScriptTopic topic) throws IOException {
    Golden.assertMatches("xanoscript/" + topic.name() + ".quick_reference.md", ScriptRenderer.topic(CATALOG, topic, Mode.QUICK_REFERENCE, Call.MCP));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("topics")
  void quickReferenceIsMuchShorterAndPointsToTheWholeTopic(ScriptTopic topic) {
    String quick = ScriptRenderer.topic(CATALOG, topic, Mode.QUICK_REFERENCE, Call.MCP);
    String full = ScriptRenderer.topic(CATALOG, topic, Mode.FULL, Call.MCP);
    assertTrue(bytes(quick) * 2 < bytes(full), topic.name() + ": " + bytes(quick) + " of " + bytes(full));
    assertTrue(quick.startsWith("# " + topic.title() + ": quick reference\n"), quick);
    assertTrue(quick.endsWith("`xanoscript_docs` `{\"topic\": \"" + topic.name() + "\"}`.\n"), quick);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("topics")
  void everyTopicFitsInOneAnswer(ScriptTopic topic) {
    assertTrue(bytes(ScriptRenderer.topic(CATALOG, topic, Mode.FULL, Call.MCP)) <= ScriptRenderer.MAX_ANSWER_BYTES, topic.name());
  }

  @Test
  void indexMatchesItsGoldenFile() throws IOException {
    Golden.assertMatches("xanoscript/index.md", ScriptRenderer.index(CATALOG, Call.MCP));
  }

  @Test
  void indexHasOneLinePerTopic() {
    String index = ScriptRenderer.index(CATALOG, Call.MCP);
    for (ScriptTopic topic : CATALOG.topics()) {
      assertTrue(index.contains("\n- `" + topic.name() + "` ("), topic.name());
    }
    assertTrue(bytes(index) < 6 * 1024, "index is " + bytes(index) + " bytes");
  }

  @Test
  void aFileAnswerStartsWithTheFoundationAndStaysUnderTheLimit() {
    String answer = ScriptRenderer.forFile(CATALOG, "api/users/get_profile.xs", Mode.FULL, Call.MCP).markdown();
    assertTrue(answer.startsWith("# XanoScript for `api/users/get_profile.xs`\n\nTopics for this file, most important first: `syntax`, `essentials`, `apis`,"), answer.substring(0, 200));
    assertTrue(answer.indexOf("# Syntax") < answer.indexOf("# XanoScript Essentials"));
    assertTrue(bytes(answer) <= ScriptRenderer.MAX_ANSWER_BYTES, "answer is " + bytes(answer) + " bytes");
  }

  @Test
  void aCutAnswerSaysWhatItLeftOutAndHowToGetIt() {
    String answer = ScriptRenderer.forFile(CATALOG, "function/billing/charge.xs", Mode.FULL, Call.MCP).markdown();
    int note = answer.indexOf("Left out to keep this answer under 64 KB: ");
    assertTrue(note > 0, "expected a cut answer");
    String left = answer.substring(note);
    assertTrue(left.contains("`debugging` ("), left);
    assertFalse(answer.contains("# Debugging\n"), "debugging is both included and left out");
    assertTrue(left.contains("\"mode\": \"quick_reference\""), left);
  }

  @Test
  void quickReferenceModeGivesEveryMatchingTopicInShortForm() {
    String answer = ScriptRenderer.forFile(CATALOG, "function/billing/charge.xs", Mode.QUICK_REFERENCE, Call.MCP).markdown();
    for (ScriptTopic topic : CATALOG.forFile("function/billing/charge.xs")) {
      assertTrue(answer.contains("# " + topic.title() + ": quick reference\n"), topic.name());
    }
    assertFalse(answer.contains("Left out"));
  }

  @Test
  void aPathThatMatchesNothingGetsTheFoundationAndAPointer() {
    String answer = ScriptRenderer.forFile(CATALOG, "docs/notes.txt", Mode.FULL, Call.MCP).markdown();
    assertTrue(answer.startsWith("# XanoScript for `docs/notes.txt`\n\nNo topic applies to this path in particular; here is `syntax`"), answer.substring(0, 200));
    assertTrue(answer.contains("# Syntax"));
  }

  @Test
  void backticksInAPathCannotBreakTheHeading() {
    assertTrue(ScriptRenderer.forFile(CATALOG, "a`b.xs", Mode.QUICK_REFERENCE, Call.MCP).markdown().startsWith("# XanoScript for `a'b.xs`\n"));
  }

  @Test
  void modeNamesAreParsedLoosely() {
    assertEquals(Mode.QUICK_REFERENCE, Mode.parse("Quick-Reference").orElseThrow());
    assertEquals(Mode.FULL, Mode.parse(" full ").orElseThrow());
    assertTrue(Mode.parse("short").isEmpty());
  }
}
