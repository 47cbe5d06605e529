package dev.xanomcp.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xanomcp.Allocation;
import dev.xanomcp.docs.Library;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
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
  void aQuestionThatNamesAnApiSearchesThatApi() {
    List<Hit> hits = INDEX.search("upload a file with the Meta API", null, 5);
    assertFalse(hits.isEmpty());
    hits.forEach(h -> assertEquals("meta", h.api(), h.title()));
    assertEquals("states", INDEX.search("Run API session states", null, 1).get(0).section());
  }

  @Test
  void aQuestionThatWritesTwoWordsOfAnEndpointsPathSearchesThatEndpointsApi() {
    // "run/exec" is part of the Run API's /project/{project_id}/run/exec and of no other API's path.
    INDEX.search("what is the logs array in the run/exec request body", null, 5).forEach(h -> assertEquals("run", h.api(), h.title()));
    // Two words of prose joined by a slash are no path of an endpoint.
    assertEquals("xanoscript", INDEX.search("read and/or write a request body", null, 1).get(0).api());
  }

  @Test
  void twoWordsTheDocsWriteAsOneAreThatWord() {
    Map<String, Double> terms = INDEX.terms("fall back to a standard value");
    assertTrue(terms.containsKey("fallback"), terms.toString());
    assertFalse(terms.containsKey("fail"), "a word that joins its neighbour is no misspelling: " + terms);
    assertFalse(INDEX.terms("standard value").containsKey("standardvalu"), "only a word the docs have");
    // The words join as written, not as stemmed: "time" stems to "tim", "timeout" stays itself.
    assertTrue(INDEX.terms("when do sessions time out").containsKey("timeout"), INDEX.terms("when do sessions time out").toString());
  }

  @Test
  void xanoFollowedByACommandOfTheCliSearchesTheCli() {
    Hit first = INDEX.search("xano workflow_test get: print a test as xanoscript", null, 1).get(0);
    assertEquals("cli/workflow_test#workflow_test-get", first.api() + "/" + first.topic() + "#" + first.section());
    assertEquals("xanoscript", INDEX.search("a xano function that runs a db.query", null, 1).get(0).api(), "xano before a word that begins no command");
  }

  @Test
  void aQuestionThatWritesAnEndpointsMethodAndPathSearchesThatEndpointsApi() {
    // Only the Run API has PATCH /session/{session_id}; the name of a path's parameter may differ.
    Hit first = INDEX.search("PATCH /session/{id} didn't change the session's label", null, 1).get(0);
    assertEquals("run/session#patch-session-session_id", first.api() + "/" + first.topic() + "#" + first.section());
    assertEquals("run", INDEX.search("PATCH /session/42 answers 404", null, 1).get(0).api(), "a number in a path is a parameter");
    assertEquals("xanoscript", INDEX.search("db.patch a session, like PATCH /session in REST", null, 1).get(0).api(),
        "a path that is no endpoint's names no API");
  }

  @Test
  void aQuestionThatNamesAnApiAndAStatementOnlyTheLanguageHeadsSearchesBoth() {
    Hit first = INDEX.search("run.service with a pre function for the Run API", null, 1).get(0);
    assertEquals("xanoscript/run", first.api() + "/" + first.topic(), first.title());
    INDEX.search("Run API: a service with a pre function", null, 5).forEach(h -> assertEquals("run", h.api(), h.title()));
    INDEX.search("run.service with a pre function", "run", 5).forEach(h -> assertEquals("run", h.api(), h.title()));
  }

  @Test
  void theApiArgumentWinsOverTheNamesInTheQuestion() {
    INDEX.search("Meta API tables", "xanoscript", 5).forEach(h -> assertEquals("xanoscript", h.api()));
  }

  @Test
  void verbAndNounFormsMeet() {
    List<String> sections = INDEX.search("how do I paginate a db.query", null, 3).stream().map(Hit::section).toList();
    assertTrue(sections.contains("pagination-paging"), sections.toString());
  }

  @Test
  void anOverviewYieldsToTheSectionAboutTheQuestion() {
    List<Hit> hits = INDEX.search("an input that is a list of objects", null, 3);
    assertEquals("object-json-and-arrays", hits.get(0).section(), hits.get(0).title());
    hits.forEach(h -> assertFalse(h.section().equals("quick-reference"), h.title()));
  }

  @Test
  void aQuestionThatNamesNoApiLeansToTheLanguage() {
    Hit hit = INDEX.search("return an HTML page from an endpoint instead of JSON", null, 1).get(0);
    assertEquals("xanoscript", hit.api(), hit.title());
    assertEquals("meta", INDEX.search("return an HTML page from an endpoint, Meta API", null, 1).get(0).api());
  }

  @Test
  void aQuestionThatNamesTheLanguageAndUsesAnApiFromOutsideSearchesThatApiToo() {
    // The Run API runs XanoScript: a question about running it from a script names the language.
    Hit hit = INDEX.search("execute some xanoscript from my python script and read what it returned", null, 1).get(0);
    assertEquals("run", hit.api(), hit.title());
    assertEquals("xanoscript", INDEX.search("execute some xanoscript and read what it returned", null, 1).get(0).api());
  }

  @Test
  void anotherLanguagesQualifiedNameAsksForItsLastPartAndIsNoMisspeltName() {
    Map<String, Double> terms = INDEX.terms("Math.max of an array of numbers");
    assertEquals(1.0, terms.get("max"), terms.toString());
    assertFalse(terms.containsKey("math.mod"), terms.toString());
    assertTrue(INDEX.terms("db.qeury").containsKey("db.query"), "one edit still finds a misspelt name");
  }

  @Test
  void anIntroAnswersOnlyAQuestionThatIsItsTopic() {
    assertEquals("intro", INDEX.search("unit testing", null, 1).get(0).section());
    INDEX.search("write a unit test that calls my function with inputs", null, 3).forEach(h -> assertFalse(h.section().equals("intro"), h.title()));
  }

  @Test
  void theSnippetShowsTheLinesThatMatch() {
    Hit hit = INDEX.search("redis.ratelimit", "xanoscript", 1).get(0);
    assertTrue(hit.snippet().contains("redis.ratelimit"), hit.snippet());
  }

  @Test
  void hostileQuestionsGetAnAnswerWithoutWorkInProportionToTheirSize() {
    String word = "x".repeat(100_000);
    StringBuilder many = new StringBuilder();
    for (int i = 0; i < 30_000; i++) {
      many.append("wordz").append(i).append(' ');
    }
    String names = "elsif qeury sesion ".repeat(2_000);
    long before = Allocation.bytes();
    assertEquals(List.of(), INDEX.search(word, null, 5));
    assertEquals(List.of(), INDEX.nearTerms(word));
    assertEquals(List.of(), INDEX.suggestions(word));
    INDEX.search(many.toString(), null, 5);
    INDEX.nearTerms(many.toString());
    INDEX.suggestions(many.toString());
    assertFalse(INDEX.search(names, null, 5).isEmpty());
    assertEquals(List.of("elseif", "query", "session"), INDEX.nearTerms(names));
    // The shapes the newer rules read: commands after xano, endpoints written out, slots, joined words, placeholders.
    for (String shape : List.of("xano workflow_test get ", "PATCH /session/" + "{id}/".repeat(50) + " ", "keep only " + "the ".repeat(100),
        "fall back ", "%s %d ", "from my script over http ")) {
      assertFalse(INDEX.search(shape.repeat(1_000_000 / shape.length()), null, 5).isEmpty(), shape);
    }
    long allocated = Allocation.bytes() - before;
    assertTrue(allocated < 64_000_000, allocated + " bytes allocated");
  }

  @Test
  void aQuestionThatWritesAHeadingsNameWholeFindsThatSectionFirstEvenWhenItsWordsAreShort() {
    // "me" is a stop word, yet "profile me" is the whole name of a command.
    assertEquals("profile-me", INDEX.search("xano profile me", null, 1).get(0).section());
    assertEquals("profile-me", INDEX.search("the profile me command", "cli", 1).get(0).section());
  }

  @Test
  void aCancelledSearchStops() {
    Thread.currentThread().interrupt();
    try {
      assertThrows(CancellationException.class, () -> INDEX.search("sort an array", null, 5));
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void limitAndApiAreHonoured() {
    assertEquals(2, INDEX.search("table", "meta", 2).size());
    INDEX.search("table", "meta", 10).forEach(h -> assertEquals("meta", h.api()));
  }
}
