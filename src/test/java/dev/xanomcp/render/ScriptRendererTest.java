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

  /**
   * The quick reference is the topic's own "Quick Reference" section, under the topic's title,
   * and nothing of the rest of the topic but the list of its other sections.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("topics")
  void quickReferenceIsTheTopicsOwnQuickReferenceSection(ScriptTopic topic) {
    String quick = ScriptRenderer.topic(CATALOG, topic, Mode.QUICK_REFERENCE, Call.MCP);
    String section = CATALOG.quickReference(topic).strip();
    assertTrue(quick.contains(section.substring(section.indexOf('\n') + 1).strip()), topic.name());
    for (Section other : Sections.of(CATALOG.body(topic))) {
      if (other.level() == 2 && !other.title().equals("Quick Reference")) {
        assertFalse(quick.contains("\n## " + other.title() + "\n"), topic.name() + " copies " + other.title());
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("topics")
  void quickReferenceIsMuchShorterAndPointsToTheWholeTopic(ScriptTopic topic) {
    String quick = ScriptRenderer.topic(CATALOG, topic, Mode.QUICK_REFERENCE, Call.MCP);
    String full = ScriptRenderer.topic(CATALOG, topic, Mode.FULL, Call.MCP);
    assertTrue(bytes(quick) * 2 < bytes(full), topic.name() + ": " + bytes(quick) + " of " + bytes(full));
    assertTrue(quick.startsWith("# " + topic.title() + ": quick reference\n"), quick);
    assertTrue(quick.endsWith("`xanoscript_docs` `{\"topic\": \"" + topic.name() + "\"}`.\n"), quick);
    for (Section section : Sections.of(CATALOG.body(topic))) {
      if (section.level() == 2 && !section.title().equals("Quick Reference")) {
        assertTrue(quick.contains("`" + section.id() + "` ("), topic.name() + " lists " + section.id());
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("topics")
  void everyTopicFitsTheLargestBudget(ScriptTopic topic) {
    assertTrue(bytes(ScriptRenderer.topic(CATALOG, topic, Mode.FULL, Call.MCP)) <= Budget.bytes(Budget.MAX_TOKENS), topic.name());
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
    String answer = ScriptRenderer.forFile(CATALOG, "api/users/get_profile.xs", Mode.FULL, ScriptRenderer.FILE_TOKENS, Call.MCP).markdown();
    assertTrue(answer.startsWith("# XanoScript for `api/users/get_profile.xs`\n\nTopics for this file, most important first: `syntax`, `essentials`, `apis`,"), answer.substring(0, 200));
    assertTrue(answer.indexOf("# Syntax") < answer.indexOf("# XanoScript Essentials"));
    assertTrue(bytes(answer) <= Budget.bytes(ScriptRenderer.FILE_TOKENS), "answer is " + bytes(answer) + " bytes");
  }

  @Test
  void topicsThatDoNotFitComeAsQuickReferencesWithTheCallThatReadsThemWhole() {
    ScriptRenderer.FileAnswer answer = ScriptRenderer.forFile(CATALOG, "function/billing/charge.xs", Mode.FULL, ScriptRenderer.FILE_TOKENS, Call.MCP);
    String text = answer.markdown();
    assertFalse(answer.leftOut().isEmpty(), "expected topics in short form");
    assertEquals(CATALOG.forFile("function/billing/charge.xs"), answer.shown(), "every topic is shown, whole or in short");
    ScriptTopic brief = answer.leftOut().get(0);
    assertTrue(text.contains("# " + brief.title() + ": quick reference\n"), brief.name());
    assertFalse(text.contains("# " + brief.title() + "\n"), brief.name() + " is both whole and short");
    int note = text.indexOf("To stay within 8000 tokens, these come as quick references: `" + brief.name() + "` (whole: ");
    assertTrue(note > 0, text.substring(Math.max(0, text.length() - 600)));
    assertTrue(text.substring(note).contains("`xanoscript_docs` `{\"topic\": \"" + brief.name() + "\"}`"), text.substring(note));
    assertTrue(bytes(text) <= Budget.bytes(ScriptRenderer.FILE_TOKENS), "answer is " + bytes(text) + " bytes");
  }

  @Test
  void aTinyBudgetLeavesTopicsOutAndSaysHowToReadThem() {
    ScriptRenderer.FileAnswer answer = ScriptRenderer.forFile(CATALOG, "api/users/get.xs", Mode.FULL, Budget.MIN_TOKENS, Call.MCP);
    assertTrue(answer.markdown().contains("Left out to stay within 500 tokens: "), answer.markdown());
    assertTrue(answer.markdown().contains("\"mode\": \"quick_reference\""), answer.markdown());
  }

  @Test
  void aLargerBudgetGivesMoreTopicsWhole() {
    ScriptRenderer.FileAnswer small = ScriptRenderer.forFile(CATALOG, "api/users/get.xs", Mode.FULL, 4000, Call.MCP);
    ScriptRenderer.FileAnswer large = ScriptRenderer.forFile(CATALOG, "api/users/get.xs", Mode.FULL, Budget.MAX_TOKENS, Call.MCP);
    assertTrue(large.leftOut().size() < small.leftOut().size(), small.leftOut() + " vs " + large.leftOut());
    assertTrue(bytes(small.markdown()) <= Budget.bytes(4000));
  }

  @Test
  void quickReferenceModeGivesEveryMatchingTopicInShortForm() {
    String answer = ScriptRenderer.forFile(CATALOG, "function/billing/charge.xs", Mode.QUICK_REFERENCE, ScriptRenderer.FILE_TOKENS, Call.MCP).markdown();
    for (ScriptTopic topic : CATALOG.forFile("function/billing/charge.xs")) {
      assertTrue(answer.contains("# " + topic.title() + ": quick reference\n"), topic.name());
    }
    assertFalse(answer.contains("Left out"));
  }

  @Test
  void aPathThatMatchesNothingGetsTheFoundationAndAPointer() {
    String answer = ScriptRenderer.forFile(CATALOG, "docs/notes.txt", Mode.FULL, ScriptRenderer.FILE_TOKENS, Call.MCP).markdown();
    assertTrue(answer.startsWith("# XanoScript for `docs/notes.txt`\n\nNo topic applies to this path in particular; here is `syntax`"), answer.substring(0, 200));
    assertTrue(answer.contains("# Syntax"));
  }

  @Test
  void backticksInAPathCannotBreakTheHeading() {
    assertTrue(ScriptRenderer.forFile(CATALOG, "a`b.xs", Mode.QUICK_REFERENCE, ScriptRenderer.FILE_TOKENS, Call.MCP).markdown().startsWith("# XanoScript for `a'b.xs`\n"));
  }

  @Test
  void modeNamesAreParsedLoosely() {
    assertEquals(Mode.QUICK_REFERENCE, Mode.parse("Quick-Reference").orElseThrow());
    assertEquals(Mode.FULL, Mode.parse(" full ").orElseThrow());
    assertTrue(Mode.parse("short").isEmpty());
  }
}
