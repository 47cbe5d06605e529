package dev.xanomcp.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xanomcp.docs.Library;
import dev.xanomcp.xanoscript.Checker;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The lexicon as the search uses it: words, phrases, keywords and operators a question uses find the names the docs use. */
class LexiconSearchTest {
  static final SearchIndex INDEX = SearchIndex.of(Library.load(), symbols(), Synonyms.CONCEPTS);

  private static List<Symbol> symbols() {
    List<Symbol> symbols = new ArrayList<>();
    Checker.get().names().forEach((name, kind) -> symbols.add(new Symbol(name, kind)));
    return symbols;
  }

  /** Whether one of the first {@code n} hits for {@code question} is a section whose text shows {@code name}. */
  private static boolean shows(String question, int n, String name) {
    for (Hit hit : INDEX.search(question, null, n)) {
      for (Doc doc : INDEX.docs()) {
        if (doc.topic() != null && doc.api().equals(hit.api()) && doc.topic().equals(hit.topic()) && doc.sectionId().equals(hit.section())
            && doc.text().contains(name)) {
          return true;
        }
      }
    }
    return false;
  }

  @Test
  void aWordTheDocsLackFindsTheNameTheyUseWeighedBelowTheQuestionsOwnWords() {
    Map<String, Double> terms = INDEX.terms("average of the prices");
    assertTrue(terms.get("avg") < terms.get("averag"), terms.toString());
    assertTrue(shows("average of the prices", 3, "avg"));
    assertTrue(shows("upsert a customer", 1, "db.add_or_edit"));
  }

  @Test
  void aPhraseCountsOnlyAsAPhrase() {
    assertTrue(INDEX.terms("string interpolation in a message").containsKey("sprintf"));
    assertFalse(INDEX.terms("the string of a message").containsKey("sprintf"));
    assertTrue(INDEX.terms("pause a task").containsKey("activ"), "an article between the words of a phrase is skipped");
    assertTrue(INDEX.terms("add 3 days to a date").containsKey("transform_timestamp"), "so is a number");
    assertTrue(INDEX.terms("Run API: a project, a run and a session").containsKey(Tokenizer.terms("hierarchy").get(0)), "and so is the and of a list");
    assertTrue(shows("check if the cart is empty", 3, "is_empty"));
  }

  @Test
  void aSlotInAPhraseStandsForTheQuestionsOwnWords() {
    SearchIndex index = SearchIndex.of(Library.load(), List.of(), Map.of("keep only * keys", List.of("pick")));
    assertTrue(index.terms("keep only the id, name and email keys").containsKey("pick"), "the slot holds a few words");
    assertTrue(index.terms("keep only keys").containsKey("pick"), "or none");
    assertTrue(index.terms("keep only the email keys").get("email") < index.terms("keep the email keys").get("email"),
        "a word the slot holds names what the task is done to, and counts less");
    assertFalse(index.terms("keep only the id, name, email, phone, address and city keys").containsKey("pick"), "but at most four");
    assertFalse(index.terms("keep only the id, not the keys").containsKey("pick"), "and none negated");
    assertFalse(index.terms("keep the keys only").containsKey("pick"), "the phrase's words keep their order");
    assertEquals(List.of(), SearchIndex.phraseWords("* keys"), "a slot is between words");
    assertEquals(List.of(), SearchIndex.phraseWords("keep * * keys"), "one at a time");
    assertEquals(List.of(), SearchIndex.phraseWords("a * b * c d e f"), "and counts as a word");
    assertTrue(SearchIndex.of(Library.load(), List.of(), Map.of("*=", List.of("math.mul"))).terms("x *= 2").containsKey("math.mul"),
        "an operator that holds the character is no slot");
  }

  @Test
  void aWordOfAPhraseIsNoMisspelling() {
    SearchIndex index = SearchIndex.of(Library.load(), List.of(), Map.of("clean slate", List.of("sandbox")));
    assertTrue(SearchIndex.of(Library.load(), List.of(), Map.of()).terms("a clean slate").containsKey("stat"), "alone, slate is a misspelt state");
    assertFalse(index.terms("a clean slate").containsKey("stat"), "in the phrase it is a word");
  }

  @Test
  void aShopsCheckoutIsNoGitCheckout() {
    assertFalse(INDEX.terms("call the protected checkout endpoint").containsKey("pull"));
  }

  @Test
  void theLongestPhraseWins() {
    Map<String, Double> terms = INDEX.terms("xano: command not found");
    assertTrue(terms.containsKey("install"), terms.toString());
    assertFalse(terms.containsKey("error_type"), terms.toString());
  }

  @Test
  void aKeywordCountsOnlyInCapitalsAndAnOperatorAsWritten() {
    assertTrue(INDEX.terms("WHERE name LIKE '%x%'").containsKey("ilik"), "ilike, stemmed");
    assertFalse(INDEX.terms("a name like this").containsKey("ilik"));
    assertEquals(0.8, INDEX.terms("LIMIT 10 rows").get(Tokenizer.terms("paging").get(0)), 1e-9, "a keyword is as specific as a phrase");
    assertFalse(INDEX.terms("add 3 days").containsKey("timestamp_day_of_month"), "DAY() is no day");
    assertTrue(shows("what does ?? do", 3, "??"));
    assertTrue(INDEX.terms("x += 1 does not parse").containsKey("math.add"));
    assertTrue(INDEX.terms("python '%s has %d items' % (name, n)").containsKey("sprintf"), "printf's placeholders are operators");
    assertFalse(INDEX.terms("WHERE name LIKE '%search%'").containsKey("sprintf"), "a % before a word is none");
  }

  @Test
  void aNameCountsOnlyWhereTheApisSearchedShowIt() {
    assertTrue(INDEX.terms("log in and return an access token").containsKey("security.create_auth_token"));
    assertFalse(INDEX.terms("where does the xano CLI keep my access token").containsKey("security.create_auth_token"));
    assertTrue(INDEX.terms("Run API: a one off job").containsKey("run.job"), "the Run API's docs show run.job");
  }

  @Test
  void aNegatedPartDoesNotPullSectionsAboutIt() {
    List<Hit> hits = INDEX.search("temporarily stop a scheduled task from running without deleting it", null, 3);
    hits.forEach(h -> assertFalse(h.title().contains("DELETE"), h.title()));
    assertTrue(shows("temporarily stop a scheduled task from running without deleting it", 3, "active"));
  }

  @Test
  void theWordsForRequiringAuthenticationNameSecuritySettings() {
    Hit first = INDEX.search("Meta API: make one endpoint require a user token", null, 1).get(0);
    assertEquals("put-workspace-workspace_id-apigroup-apigroup_id-api-api_id-security", first.section(), first.title());
  }

  @Test
  void theWordsForWhoCreatedARecordNameItsOwner() {
    String question = "only the user who created a comment may delete it";
    assertTrue(INDEX.terms(question).containsKey("owner"));
    assertTrue(INDEX.search(question, null, 3).stream().anyMatch(hit -> hit.section().equals("authorization-role-permission-owner")));
  }

  @Test
  void theWordsForWhoIsOnlineNameAChannelsPresence() {
    assertTrue(shows("list who else is connected to a websocket room", 3, "presence"));
  }

  @Test
  void javascriptsEvalNamesTheStatementThatRunsJavascript() {
    assertTrue(shows("javascript eval inside a function", 3, "api.lambda"));
  }

  /** A question made of the docs' own names ranks as it does without the lexicon. */
  @Test
  void aPreciseQuestionKeepsItsRanking() {
    for (String question : List.of("db.query", "redis.ratelimit", "security.create_auth_token", "storage.sign_private_url", "db.add_or_edit")) {
      assertEquals(SearchIndexTest.INDEX.search(question, null, 1).get(0).title(), INDEX.search(question, null, 1).get(0).title(), question);
    }
  }
}
