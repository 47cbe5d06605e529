package dev.xanomcp.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xanomcp.docs.Library;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AskedTest {
  private static List<Asked.Question> parse(String json) throws IOException {
    return Asked.parse(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void theShippedQuestionsAreRead() {
    List<Asked.Question> questions = Asked.load();
    assertTrue(questions.size() > 900, "questions: " + questions.size());
    questions.forEach(q -> assertFalse(q.sections().isEmpty(), q.text()));
  }

  @Test
  void aQuestionOfAnotherShapeIsAnError() {
    for (String bad : List.of("{}", "[{\"q\": 1, \"expect\": [\"a/b#c\"]}]", "[{\"q\": \"x\"}]", "[{\"q\": \"x\", \"expect\": []}]",
        "[{\"q\": \"x\", \"expect\": \"a/b#c\"}]", "[{\"q\": \"x\", \"expect\": [\"a/b#c\", {}]}]")) {
      assertThrows(IllegalStateException.class, () -> parse(bad), bad);
    }
  }

  @Test
  void eachSectionHoldsTheQuestionsItAnswers() throws IOException {
    Map<String, String> text = Asked.bySection(parse("""
        [{"q": "one", "expect": ["a/b#c", "a/b#d"]}, {"q": "two", "expect": ["a/b#c"], "kind": "task"}]"""));
    assertEquals(Map.of("a/b#c", "one\ntwo", "a/b#d", "one"), text);
  }

  @Test
  void aSectionIsFoundByTheWordsOfTheQuestionsItAnswers() {
    // "scoreboard" is no word of the docs; the question that the cache section answers uses it.
    String question = "the scoreboard";
    String cache = "xanoscript/integrations/redis#read-through-cache";
    SearchIndex plain = SearchIndex.of(Library.load(), List.of(), Map.of());
    SearchIndex learnt = SearchIndex.of(Library.load(), List.of(), Map.of(), List.of(new Asked.Question("scoreboard too slow to compute", List.of(cache))));
    Hit first = learnt.search(question, null, 1).get(0);
    assertEquals(cache, first.api() + "/" + first.topic() + "#" + first.section());
    assertFalse(plain.search(question, null, 3).stream().anyMatch(h -> (h.api() + "/" + h.topic() + "#" + h.section()).equals(cache)));
  }
}
