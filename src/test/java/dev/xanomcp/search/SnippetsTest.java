package dev.xanomcp.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SnippetsTest {
  private static final String SECTION = """
      ## Pagination: paging

      `paging` keys (engine defaults): `page` (1), `per_page` (25), `offset` (0).

      ```xs
      db.query "article" {
        return = {type: "list", paging: {page: $input.page, per_page: 20}}
      } as $articles
      ```

      An unpaged list returns every matching row: page lists that can grow.
      """;

  @Test
  void theLinesThatMatchAreShownInTheirOrder() {
    assertEquals("return = {type: \"list\", paging: {page: $input.page, per_page: 20}} … An unpaged list returns every matching row: page lists that can grow.",
        Snippets.of(SECTION, List.of("row", "list")));
  }

  @Test
  void aLineWithARareTermOutweighsOneWithSeveralCommonOnes() {
    String section = "# Object filters\n" + "a: key object value\n".repeat(3) + "b: pick keeps the keys named\n";
    assertTrue(Snippets.of(section, java.util.Map.of("key", 1.0, "object", 1.0, "valu", 1.0, "pick", 5.0)).contains("pick"));
    assertTrue(!Snippets.of(section, List.of("key", "object", "valu", "pick")).contains("pick"), "counted alike, the common terms win");
  }

  @Test
  void theHeadingAndFencesAreLeftOut() {
    String snippet = Snippets.of(SECTION, List.of("pagination", "xs"));
    assertTrue(!snippet.contains("## ") && !snippet.contains("```"), snippet);
  }

  @Test
  void withoutAMatchingLineTheSectionStartsTheSnippet() {
    assertTrue(Snippets.of(SECTION, List.of("nothing")).startsWith("`paging` keys (engine defaults)"));
  }

  @Test
  void aLongLineIsCutAroundItsMatch() {
    String line = "word ".repeat(200) + "needle " + "word ".repeat(200);
    String snippet = Snippets.of("# Title\n" + line, List.of("needl"));
    assertTrue(snippet.contains("needle") && snippet.startsWith("…") && snippet.endsWith("…"), snippet);
    assertTrue(snippet.length() <= Snippets.MAX, snippet);
  }

  @Test
  void manyMatchingLinesStayWithinTheLimit() {
    String text = "# T\n" + "a long line about sorting things in order, again and again and again\n".repeat(20);
    String snippet = Snippets.of(text, List.of("sort", "order"));
    assertEquals(Snippets.LINES, snippet.split(" … ").length);
    assertTrue(snippet.length() <= Snippets.MAX, snippet);
  }
}
