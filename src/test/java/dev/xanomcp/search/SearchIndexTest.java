package dev.xanomcp.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xanomcp.docs.Library;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchIndexTest {
  static final SearchIndex INDEX = SearchIndex.of(Library.load(), List.of(new Symbol("datadog.metric_bulk", "statement"), new Symbol("db.query", "statement")),
      Map.of("strpos", List.of("index"), "iterate", List.of("foreach")));

  @Test
  void aNameFindsTheSectionNamedAfterIt() {
    Hit hit = INDEX.search("db.query", null, 1).get(0);
    assertEquals("xanoscript", hit.api());
    assertTrue(hit.title().contains("db.query"), hit.title());
  }

  @Test
  void everyHitCarriesTheCallThatReadsItsSection() {
    for (Hit hit : INDEX.search("session state", "run", 5)) {
      assertEquals("run", hit.api());
      assertEquals("run_api_docs", hit.call().tool());
      assertEquals(List.of("topic", "section"), List.copyOf(hit.call().arguments().keySet()));
      assertEquals(hit.section(), hit.call().arguments().get("section"));
      assertTrue(hit.snippet().length() <= Snippets.MAX + 2, hit.snippet());
    }
  }

  @Test
  void aMisspeltNameIsStillFound() {
    List<Hit> hits = INDEX.search("db.qeury", null, 3);
    assertFalse(hits.isEmpty());
    assertTrue(hits.get(0).title().contains("db.query"), hits.get(0).title());
  }

  @Test
  void aNameNoSectionShowsSaysWhatItIsAndWhereToLook() {
    Hit hit = INDEX.search("datadog.metric_bulk", null, 1).get(0);
    assertTrue(hit.snippet().startsWith("`datadog.metric_bulk` is a XanoScript statement"), hit.snippet());
    assertEquals("xanoscript_docs", hit.call().tool());
  }

  @Test
  void aSynonymFindsTheNameTheDocsUse() {
    assertTrue(INDEX.search("strpos", "xanoscript", 3).stream().anyMatch(h -> h.snippet().contains("index")), "strpos finds index");
  }

  @Test
  void anAnswerWithoutHitsCanNameTheNearestNames() {
    assertTrue(INDEX.nearTerms("qqqxxzz elsif").contains("elseif"), INDEX.nearTerms("qqqxxzz elsif").toString());
  }

  @Test
  void nothingMatchesGibberish() {
    assertEquals(List.of(), INDEX.search("qqqxxzz", null, 5));
  }

  @Test
  void limitAndApiAreHonoured() {
    assertEquals(2, INDEX.search("table", "meta", 2).size());
    INDEX.search("table", "meta", 10).forEach(h -> assertEquals("meta", h.api()));
  }
}
